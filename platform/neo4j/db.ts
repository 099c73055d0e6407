/**
 * The narrow handle routes use to reach Neo4j: a driver plus the database name, and helpers
 * that run a named statement from `cypher/` in a READ or WRITE transaction. The caller picks
 * the access mode; user input only ever travels as parameters.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherStatement, ParamsOf } from '../cypher/loader';

export interface Db {
  driver: Driver;
  database: string;
}

export interface RunOptions {
  /** Server-side transaction timeout. */
  timeoutMs?: number;
}

/** Parameters then options; the parameters may be left out only when none is required. */
export type StatementArgs<N extends string> =
  Record<string, never> extends ParamsOf<N>
    ? [params?: ParamsOf<N>, options?: RunOptions]
    : [params: ParamsOf<N>, options?: RunOptions];

export async function readStatement<N extends string>(
  db: Db,
  statement: CypherStatement<N>,
  ...[params, options = {}]: StatementArgs<N>
): Promise<Neo4jRecord[]> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    return await session.executeRead(
      async (tx) => (await tx.run(statement.text, params ?? {})).records,
      {
        timeout: options.timeoutMs ?? 15_000,
        metadata: { app: 'explorer', statement: statement.name },
      },
    );
  } finally {
    await session.close();
  }
}

export async function writeStatement<N extends string>(
  db: Db,
  statement: CypherStatement<N>,
  ...[params, options = {}]: StatementArgs<N>
): Promise<Neo4jRecord[]> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    return await session.executeWrite(
      async (tx) => (await tx.run(statement.text, params ?? {})).records,
      {
        timeout: options.timeoutMs ?? 60_000,
        metadata: { app: 'explorer', statement: statement.name },
      },
    );
  } finally {
    await session.close();
  }
}

/**
 * True when a request waited ACQUISITION_TIMEOUT_MS for one of the driver's connections and
 * every one stayed in use (NEO4J_MAX_CONNECTIONS): Neo4j is there, but busy.
 */
export function isPoolBusyError(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.startsWith('Connection acquisition timed out');
}

/** True for driver errors that mean "the database is not there right now". */
export function isUnavailableError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    code.startsWith('Neo.TransientError.Database')
  );
}
