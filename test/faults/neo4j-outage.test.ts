/**
 * Neo4j goes away while the app serves: on its own embedded Neo4j (free loopback port, temp
 * store; never the run's shared one), the in-process app answers health and every API call
 * with 503 `unavailable` quickly (no hang, no crash, no driver text), and recovers by itself,
 * with the same driver, once the same Neo4j is started again.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { CypherResult } from '../../api';
import { apiError } from '../support/api-error';
import type { Driver } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../../platform/neo4j/embedded';
import { createDriver } from '../../platform/neo4j/connect';
import { applySchema } from '../../platform/neo4j/schema';
import { loadCypherLibrary } from '../../platform/cypher/loader';
import { createApp } from '../../server/app';
import { silentLogger } from '../../platform/logger';
import { freePort } from '../support/free-port';

/** One call per API area; bodies are valid, so only Neo4j's absence can fail them. */
const CALLS: { method: 'get' | 'post'; path: string; body?: object }[] = [
  { method: 'get', path: '/api/health' },
  { method: 'get', path: '/api/search?q=rama' },
  { method: 'get', path: '/api/nodes/person:outage-a' },
  { method: 'get', path: '/api/nodes/person:outage-a/neighbors' },
  { method: 'get', path: '/api/paths?from=person:outage-a&to=person:outage-b' },
  { method: 'get', path: '/api/network/co-speakers' },
  { method: 'get', path: '/api/timeline' },
  { method: 'get', path: '/api/overview' },
  { method: 'post', path: '/api/cypher', body: { query: 'MATCH (n) RETURN count(n) AS n' } },
  { method: 'get', path: '/api/cypher/schema' },
  { method: 'get', path: '/api/queries' },
  { method: 'post', path: '/api/export', body: { format: 'json', nodeIds: ['person:outage-a'] } },
];

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-fault-outage-'));
let port: number;
let embedded: EmbeddedNeo4j;
let driver: Driver;
let app: ReturnType<typeof createApp>;

const newEmbedded = () =>
  new EmbeddedNeo4j({ home, boltPort: port, heap: '512m', pageCacheMb: 64 });

beforeAll(async () => {
  port = await freePort();
  embedded = newEmbedded();
  await embedded.start();
  driver = createDriver(embedded.uri);
  const cypher = loadCypherLibrary();
  await applySchema(driver, cypher, 'neo4j');
  await driver.executeQuery(
    "CREATE (:Person {id: 'person:outage-a', name: 'Outage A', aliases: [], titles: [], aliasesText: ''})" +
      "-[:SPOKE_AT {role: 'speaker', source: 'article:outage'}]->(:Event {id: 'event:outage', name: 'Outage panel', kind: 'panel', date: date('2017-06-30'), city: 'Paris'})" +
      "<-[:SPOKE_AT {role: 'speaker', source: 'article:outage'}]-(:Person {id: 'person:outage-b', name: 'Outage B', aliases: [], titles: [], aliasesText: ''})",
  );
  app = createApp({
    db: { driver, database: 'neo4j' },
    cypher,
    log: silentLogger,
    neo4j: { mode: 'embedded', version: 'test' },
  });
});

afterAll(async () => {
  await driver?.close();
  await embedded?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

async function call(c: (typeof CALLS)[number]) {
  const started = Date.now();
  const response =
    c.method === 'get'
      ? await request(app).get(c.path).timeout(20_000)
      : await request(app).post(c.path).send(c.body).timeout(20_000);
  return { response, ms: Date.now() - started };
}

describe('Neo4j stops while the server runs', () => {
  it('serves every call while Neo4j is up', async () => {
    for (const c of CALLS) {
      const { response } = await call(c);
      expect([c.path, response.status]).toEqual([c.path, 200]);
    }
  }, 120_000);

  it('answers 503 with a JSON error to every call within seconds once Neo4j is stopped', async () => {
    await embedded.stop();
    for (const c of CALLS) {
      const { response, ms } = await call(c);
      expect([c.path, response.status]).toEqual([c.path, 503]);
      expect(ms).toBeLessThan(8_000);
      if (c.path === '/api/health') {
        expect(response.body).toMatchObject({ status: 'unavailable', neo4j: { connected: false } });
      } else {
        expect(apiError(response).code).toBe('unavailable');
        expect(response.headers['retry-after']).toBeTruthy();
        expect(response.text).not.toMatch(/bolt:|ServiceUnavailable|Neo4jError|\bat /);
      }
    }
  }, 120_000);

  it('recovers by itself, with the same driver, when Neo4j comes back', async () => {
    embedded = newEmbedded();
    await embedded.start();
    let status = 0;
    const deadline = Date.now() + 60_000;
    while (status !== 200 && Date.now() < deadline) {
      status = (await request(app).get('/api/health')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    for (const c of CALLS) {
      const { response } = await call(c);
      expect([c.path, response.status]).toEqual([c.path, 200]);
    }
    const { response } = await call(CALLS[8]!);
    expect((response.body as CypherResult).rows[0]![0]).toBe(3);
  }, 180_000);
});
