/**
 * The embedded Neo4j's whole life on real stores: start, persist across a clean stop, refuse a
 * second process on the same store, survive SIGKILL, and fail clearly on a busy port or an
 * unwritable data directory. Each start is a real JVM, so this file is the slowest of the run.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { createDriver } from '../platform/neo4j/connect';
import { freePort } from './support/free-port';

const homes: string[] = [];
function tempHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-embedded-'));
  homes.push(home);
  return home;
}

async function embeddedOn(home: string): Promise<EmbeddedNeo4j> {
  return new EmbeddedNeo4j({ home, boltPort: await freePort(), heap: '512m', pageCacheMb: 64 });
}

async function countMarkers(uri: string): Promise<number> {
  const driver = createDriver(uri);
  try {
    const { records } = await driver.executeQuery('MATCH (m:LifecycleMarker) RETURN count(m) AS n');
    return Number(records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(() => {
  for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
});

describe('embedded Neo4j', () => {
  it('keeps data across a clean stop, which takes under 15 s and leaves no Java process', async () => {
    const home = tempHome();
    const first = await embeddedOn(home);
    await first.start();
    const driver = createDriver(first.uri);
    await driver.executeQuery('CREATE (:LifecycleMarker {at: datetime()})');
    await driver.close();
    const pid = first.pid!;
    const started = Date.now();
    await first.stop();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(processAlive(pid)).toBe(false);

    const second = await embeddedOn(home);
    await second.start();
    try {
      expect(await countMarkers(second.uri)).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second process on the same store with store_locked naming the holder', async () => {
    const home = tempHome();
    const holder = await embeddedOn(home);
    await holder.start();
    try {
      const intruder = await embeddedOn(home);
      const error = await intruder.start().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'store_locked' });
      expect((error as Error).message).toContain(String(holder.pid));
    } finally {
      await holder.stop();
    }
  });

  it('recovers the store after the Java process is killed with SIGKILL', async () => {
    const home = tempHome();
    const victim = await embeddedOn(home);
    await victim.start();
    const driver = createDriver(victim.uri);
    await driver.executeQuery('CREATE (:LifecycleMarker {killed: true})');
    await driver.close();
    const exited = new Promise<void>((resolve) => victim.onUnexpectedExit(() => resolve()));
    victim.kill();
    await exited;

    const next = await embeddedOn(home);
    await next.start();
    try {
      expect(await countMarkers(next.uri)).toBe(1);
    } finally {
      await next.stop();
    }
  });

  it('fails with port_in_use naming NEO4J_BOLT_PORT when the Bolt port is taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const embedded = new EmbeddedNeo4j({
        home: tempHome(),
        boltPort: port,
        heap: '512m',
        pageCacheMb: 64,
      });
      const error = await embedded.start().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'port_in_use' });
      expect((error as Error).message).toContain(String(port));
      expect((error as Error).message).toContain('NEO4J_BOLT_PORT');
    } finally {
      blocker.close();
    }
  });

  it('fails with data_dir_not_writable when the data directory cannot be created', async () => {
    // Root can write anywhere, so use a path below a regular file, which no one can create.
    const file = path.join(tempHome(), 'a-file');
    fs.writeFileSync(file, '');
    const embedded = new EmbeddedNeo4j({
      home: path.join(file, 'neo4j'),
      boltPort: await freePort(),
      heap: '512m',
      pageCacheMb: 64,
    });
    await expect(embedded.start()).rejects.toMatchObject({ code: 'data_dir_not_writable' });
  });
});
