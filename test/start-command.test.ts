/**
 * `npm start` end to end, as a child process: it serves a healthy app on the embedded Neo4j
 * and on an external one (NEO4J_URI), stops cleanly on SIGTERM without leaving Java behind,
 * and fails fast with one clear line for bad configuration or missing Java.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HealthResponse } from '../api';
import { runMain, killAllMains } from './support/run-main';
import { freePort } from './support/free-port';
import { testNeo4j } from './support/neo4j';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-start-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  killAllMains();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function javaPidsFor(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = fs.readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.includes(`EMBEDDED_HOME=${path.join(dataDir, 'neo4j')}`))
        pids.push(Number(entry));
    } catch {
      // Processes come and go while we look.
    }
  }
  return pids;
}

describe('npm start', () => {
  it('seeds the corpus into a fresh database, serves a healthy app on embedded Neo4j and stops everything on SIGTERM within 15 s', async () => {
    const dataDir = tempDir();
    const main = runMain({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
    });
    const url = await main.ready;
    const health = await fetch(new URL('/api/health', url));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      neo4j: { connected: true, mode: 'embedded' },
    });
    expect(javaPidsFor(dataDir)).toHaveLength(1);
    // A fresh clone shows the seeded graph: the corpus's seven events are there.
    expect(main.output()).toContain('Loading the bundled corpus');
    const timeline = (await (await fetch(new URL('/api/timeline', url))).json()) as {
      events: unknown[];
    };
    expect(timeline.events).toHaveLength(7);

    const started = Date.now();
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(javaPidsFor(dataDir)).toEqual([]);
    // Building the client, starting Neo4j and loading the corpus on a cold JVM.
  }, 180_000);

  it('uses the server named by NEO4J_URI and starts no embedded Neo4j', async () => {
    const info = testNeo4j();
    const dataDir = tempDir();
    const main = runMain({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      NEO4J_URI: info.uri,
      NEO4J_USER: info.user,
      NEO4J_PASSWORD: info.password,
    });
    const url = await main.ready;
    const health = (await (await fetch(new URL('/api/health', url))).json()) as HealthResponse;
    expect(health).toMatchObject({ status: 'ok', neo4j: { mode: 'external' } });
    expect(fs.existsSync(path.join(dataDir, 'neo4j'))).toBe(false);
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  });

  it('fails fast with exit 2 and one line on an invalid PORT', async () => {
    const main = runMain({ PORT: 'eighty' });
    expect(await main.exited).toBe(2);
    const errorLines = main
      .output()
      .split('\n')
      .filter((line) => line.startsWith('error:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toContain('PORT');
  });

  it('says Java 17+ is needed, or NEO4J_URI, when no java is on the PATH', async () => {
    // A PATH holding node and nothing else: /usr/bin would also hold java.
    const bin = tempDir();
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const main = runMain({ PATH: bin, DATA_DIR: tempDir(), JAVA_HOME: '' });
    expect(await main.exited).toBe(1);
    expect(main.output()).toMatch(/Java 17\+ is needed.*NEO4J_URI/);
  });

  it('names DATA_DIR when it is not writable', async () => {
    const file = path.join(tempDir(), 'plain-file');
    fs.writeFileSync(file, '');
    const main = runMain({ DATA_DIR: path.join(file, 'data') });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain('DATA_DIR');
  });

  it('exits non-zero naming the URI when NEO4J_URI is unreachable', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const main = runMain({ NEO4J_URI: uri, PORT: String(await freePort()) });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain(`Cannot reach Neo4j at ${uri}`);
  }, 90_000);
});
