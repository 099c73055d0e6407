/**
 * What `npm run seed` and `npm run ingest` share: configuration, a database (the running app's
 * embedded Neo4j when there is one, otherwise one started for the command), the schema, an
 * abort signal tied to Ctrl-C/SIGTERM, and one clear line per failure with a distinct exit
 * code. The commands themselves only say what to load.
 */
import { loadConfig, ConfigError } from '../../platform/config';
import { loadCypherLibrary, type CypherLibrary } from '../../platform/cypher/loader';
import { openDatabase, type OpenDatabase } from '../../platform/neo4j/open-database';
import { applySchema } from '../../platform/neo4j/schema';
import { StartupError } from '../../platform/startup-error';
import type { Db } from '../../platform/neo4j/db';
import { InputError } from '../../platform/input-error';
import { LoadAbortedError, LoadError } from '../../platform/load/load-graph';

export interface LoaderContext {
  db: Db;
  cypher: CypherLibrary;
  signal: AbortSignal;
}

/** Exit codes: 2 bad input or usage, 1 database or start-up failure, 130/143 interrupted. */
export async function runLoaderCli(
  name: string,
  /** Runs before any database is opened: read and extract here so bad input touches nothing. */
  prepare: () => Promise<unknown>,
  body: (context: LoaderContext, prepared: never) => Promise<void>,
): Promise<never> {
  const controller = new AbortController();
  let interruptedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interruptedBy) return;
    interruptedBy = signal;
    console.error(`\n${name}: ${signal} received, rolling back the transaction in flight…`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let opened: OpenDatabase | undefined;
  let code = 0;
  try {
    const config = loadConfig();
    const prepared = await prepare();
    if (interruptedBy) throw new LoadAbortedError(0);
    const cypher = loadCypherLibrary();
    opened = await openDatabase(config, { reuseRunning: true });
    await applySchema(opened.db.driver, cypher, opened.db.database);
    await body({ db: opened.db, cypher, signal: controller.signal }, prepared as never);
  } catch (error) {
    code = reportFailure(name, error, interruptedBy);
  } finally {
    await opened?.close().catch(() => undefined);
  }
  process.exit(code);
}

function reportFailure(name: string, error: unknown, signal?: NodeJS.Signals): number {
  if (error instanceof LoadAbortedError) {
    console.error(`${name}: ${error.message}`);
    return signal === 'SIGINT' ? 130 : 143;
  }
  if (error instanceof InputError) {
    console.error(`${name}: ${error.message}; nothing was written to the graph`);
    return 2;
  }
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(`${name}: ${error.message}`);
    return 2;
  }
  if (error instanceof StartupError || error instanceof LoadError) {
    console.error(`${name}: ${error.message}`);
    return 1;
  }
  console.error(`${name}: unexpected failure; the transaction in flight was rolled back:`, error);
  return 1;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
