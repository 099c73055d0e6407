/**
 * `npm start` supervising its embedded Neo4j, as a whole process on its own free ports and
 * temp data directory: the Java process is SIGKILLed under the running server, the server
 * answers 503 meanwhile, restarts Neo4j by itself (logged), and the API recovers without a
 * server restart, with a saved query written before the kill intact (the killed store is
 * recovered). SIGTERM then stops everything within 15 s and leaves no Java behind.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMain, killAllMains } from '../support/run-main';
import { freePort } from '../support/free-port';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-fault-supervise-'));
const pidFile = path.join(dataDir, 'neo4j', 'embedded.pid');

afterAll(() => {
  killAllMains();
  for (const pid of javaPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const javaPids = new Set<number>();
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
function javaPid(): number {
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  javaPids.add(pid);
  return pid;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(250);
  }
  return false;
}

describe('embedded Neo4j supervision under npm start', () => {
  it('restarts a killed Neo4j, recovers the API and the saved queries, then stops cleanly', async () => {
    const main = runMain({
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      SKIP_CLIENT_BUILD: '1',
      LOG_LEVEL: 'info',
    });
    const url = await main.ready;
    const health = async () => (await fetch(`${url}api/health`)).status;
    expect(await health()).toBe(200);

    const created = await fetch(`${url}api/queries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'survives a kill',
        cypher: 'RETURN 1 AS one',
        tags: ['fault'],
      }),
    });
    expect(created.status).toBe(201);
    const saved = (await created.json()) as { id: string; version: number };

    const first = javaPid();
    process.kill(first, 'SIGKILL');
    expect(await waitFor(async () => (await health()) === 503, 10_000)).toBe(true);
    const during = await fetch(`${url}api/queries`);
    expect(during.status).toBe(503);
    expect(((await during.json()) as { error: { code: string } }).error.code).toBe('unavailable');

    expect(await waitFor(async () => (await health()) === 200, 150_000)).toBe(true);
    const second = javaPid();
    expect(second).not.toBe(first);
    expect(alive(first)).toBe(false);
    const log = main.output();
    expect(log).toContain('"msg":"embedded Neo4j exited unexpectedly"');
    expect(log).toContain('"msg":"restarting embedded Neo4j"');
    expect(log).toContain('"msg":"embedded Neo4j restarted"');

    const again = await fetch(`${url}api/queries/${saved.id}`);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ title: 'survives a kill', version: saved.version });
    const run = await fetch(`${url}api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 41 + 1 AS answer' }),
    });
    expect(((await run.json()) as { rows: number[][] }).rows[0]![0]).toBe(42);

    const stopping = Date.now();
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(15_000);
    expect(alive(second)).toBe(false);
  }, 300_000);
});
