/**
 * The start-up warm-up (server/warm-up.ts) against the real seeded corpus: every explorer call
 * it makes succeeds, it says so in one log line, and with Neo4j unreachable it stops after one
 * failed call without throwing (it must never fail a start).
 */
import { describe, it, expect, afterAll } from 'vitest';
import { testDb, testDriver } from './support/neo4j';
import { freePort } from './support/free-port';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { createLogger } from '../platform/logger';
import { warmUp } from '../server/warm-up';

const cypher = loadCypherLibrary();

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('debug', {}, (line) =>
    lines.push(JSON.parse(line) as Record<string, unknown>),
  );
  return { log, lines };
}

describe('warm-up at start', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('runs every explorer call on the seeded graph without a failure and logs one summary', async () => {
    const { log, lines } = capturingLogger();
    const report = await warmUp(testDb(driver), cypher, log);
    // overview, timeline, co-speakers, schema, a Cypher query, then search, details and
    // neighbours (and an article where one is reported) for an event, a person, an
    // organization and a place, then one person's co-speakers and a path.
    expect(report.failed).toBe(0);
    expect(report.calls).toBeGreaterThanOrEqual(19);
    expect(lines.filter((l) => l.level === 'debug')).toEqual([]);
    expect(lines.find((l) => l.msg === 'warmed up the explorer queries')).toMatchObject({
      level: 'info',
      calls: report.calls,
      failed: 0,
    });
  });

  it('stops after the first failed call and throws nothing when Neo4j is unreachable', async () => {
    const dead = createDriver(`bolt://127.0.0.1:${await freePort()}`);
    try {
      const { log, lines } = capturingLogger();
      const started = Date.now();
      const report = await warmUp({ driver: dead, database: 'neo4j' }, cypher, log);
      expect(Date.now() - started).toBeLessThan(30_000);
      // The first view fails, and it stops there instead of failing every other call in turn.
      expect(report).toMatchObject({ calls: 1, failed: 1 });
      expect(lines.filter((l) => l.msg === 'warm-up call failed')).toHaveLength(1);
    } finally {
      await dead.close();
    }
  });
});
