/**
 * One code path to a working Neo4j, whatever the configuration: an external server when
 * NEO4J_URI is set, otherwise the embedded one (checking Java, building the launcher when
 * stale, starting it under DATA_DIR/neo4j). Command-line tools may reuse an embedded Neo4j
 * that a running `npm start` already owns instead of failing on its store lock.
 */
import path from 'node:path';
import fs from 'node:fs';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { startStep } from '../progress';
import { checkJava } from './java-check';
import { ensureLauncherBuilt } from './launcher-build';
import { EmbeddedNeo4j, assertWritableDir } from './embedded';
import { connect, createDriver, type Connection } from './connect';
import type { Db } from './db';

export interface OpenDatabase {
  db: Db;
  /**
   * The same database through a driver of its own with two connections, for `/api/health`:
   * while every connection of `db`'s pool is busy with long queries, Neo4j is busy, not down,
   * and health must not say otherwise. Opens no connection until used.
   */
  probe: Db;
  mode: 'embedded' | 'external';
  version: string;
  embedded?: EmbeddedNeo4j;
  /** Closes the drivers, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

const PROBE_CONNECTIONS = 2;
/**
 * How long /api/health waits for Neo4j before it answers 503, the probe's wait for a free
 * connection included.
 */
export const HEALTH_TIMEOUT_MS = 3_000;

/** What every branch of openDatabase returns, once its connection works. */
function opened(
  conn: Connection,
  target: { uri: string; user?: string; password?: string; database: string },
  mode: OpenDatabase['mode'],
  embedded?: EmbeddedNeo4j,
): OpenDatabase {
  const probe = createDriver(target.uri, target.user, target.password, {
    maxConnections: PROBE_CONNECTIONS,
    acquisitionTimeoutMs: HEALTH_TIMEOUT_MS,
  });
  return {
    db: { driver: conn.driver, database: target.database },
    probe: { driver: probe, database: target.database },
    mode,
    version: conn.version,
    embedded,
    close: async () => {
      await Promise.all([conn.driver.close(), probe.close()]);
      await embedded?.stop();
    },
  };
}

export interface OpenOptions {
  log?: Logger;
  /** Connect to an embedded Neo4j another process of ours already runs (CLI tools). */
  reuseRunning?: boolean;
  quiet?: boolean;
}

function runningEmbeddedPid(home: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(home, 'embedded.pid'), 'utf8').trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export async function openDatabase(
  config: Config,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  const log = options.log ?? silentLogger;
  const neo = config.neo4j;
  // What every connection below shares, whichever Neo4j it reaches.
  const shared = { database: neo.database, log, maxConnections: config.maxConnections };
  if (neo.mode === 'external') {
    const step = options.quiet ? undefined : startStep(`Connecting to Neo4j at ${neo.uri}`);
    try {
      const target = { uri: neo.uri, user: neo.user, password: neo.password, ...shared };
      const conn = await connect(target);
      step?.done(`Neo4j ${conn.version} ${conn.edition}`);
      return opened(conn, target, 'external');
    } catch (error) {
      step?.fail();
      throw error;
    }
  }

  const home = path.join(config.dataDir, 'neo4j');
  if (options.reuseRunning && runningEmbeddedPid(home) !== undefined) {
    const target = { uri: `bolt://127.0.0.1:${neo.boltPort}`, ...shared };
    return opened(await connect({ ...target, attempts: 3 }), target, 'embedded');
  }

  assertWritableDir(config.dataDir);
  await checkJava();
  await ensureLauncherBuilt();
  const embedded = new EmbeddedNeo4j({
    home,
    boltPort: neo.boltPort,
    heap: neo.heap,
    pageCacheMb: neo.pageCacheMb,
    log,
  });
  const step = options.quiet ? undefined : startStep(`Starting embedded Neo4j (data in ${home})`);
  try {
    await embedded.start();
  } catch (error) {
    step?.fail();
    throw error;
  }
  try {
    const target = { uri: embedded.uri, ...shared };
    const conn = await connect({ ...target, attempts: 3 });
    step?.done(`Neo4j ${conn.version} on ${embedded.uri}`);
    return opened(conn, target, 'embedded', embedded);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
