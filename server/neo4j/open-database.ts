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
import { connect } from './connect';
import type { Db } from './db';

export interface OpenDatabase {
  db: Db;
  mode: 'embedded' | 'external';
  version: string;
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
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
      const conn = await connect({
        uri: neo.uri,
        user: neo.user,
        password: neo.password,
        ...shared,
      });
      step?.done(`Neo4j ${conn.version} ${conn.edition}`);
      return {
        db: { driver: conn.driver, database: neo.database },
        mode: 'external',
        version: conn.version,
        close: () => conn.driver.close(),
      };
    } catch (error) {
      step?.fail();
      throw error;
    }
  }

  const home = path.join(config.dataDir, 'neo4j');
  if (options.reuseRunning && runningEmbeddedPid(home) !== undefined) {
    const conn = await connect({
      uri: `bolt://127.0.0.1:${neo.boltPort}`,
      ...shared,
      attempts: 3,
    });
    return {
      db: { driver: conn.driver, database: neo.database },
      mode: 'embedded',
      version: conn.version,
      close: () => conn.driver.close(),
    };
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
    const conn = await connect({ uri: embedded.uri, ...shared, attempts: 3 });
    step?.done(`Neo4j ${conn.version} on ${embedded.uri}`);
    return {
      db: { driver: conn.driver, database: neo.database },
      mode: 'embedded',
      version: conn.version,
      embedded,
      close: async () => {
        await conn.driver.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
