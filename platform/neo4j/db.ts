/**
 * The narrow handle routes use to reach Neo4j: a driver plus the database name, and helpers
 * that run a named statement from `cypher/` in a READ or WRITE transaction. The caller picks
 * the access mode; user input only ever travels as parameters.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Result,
  type Transaction,
} from 'neo4j-driver';
import type { CypherStatement, ParamsOf, RowOf } from '../cypher/loader';

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

/** One statement in a managed transaction of the given mode; the session closes after it. */
async function runStatement<Row extends Record<string, unknown>>(
  db: Db,
  mode: 'READ' | 'WRITE',
  statement: CypherStatement,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<Neo4jRecord<Row>[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: mode });
  const work = async (tx: ManagedTransaction) =>
    (await tx.run<Row>(statement.text, params)).records;
  const config = { timeout: timeoutMs, metadata: { app: 'explorer', statement: statement.name } };
  try {
    return await (mode === 'READ'
      ? session.executeRead(work, config)
      : session.executeWrite(work, config));
  } finally {
    await session.close();
  }
}

export async function readStatement<N extends string>(
  db: Db,
  statement: CypherStatement<N>,
  ...[params, options = {}]: StatementArgs<N>
): Promise<Neo4jRecord<RowOf<N>>[]> {
  return runStatement<RowOf<N>>(
    db,
    neo4j.session.READ,
    statement,
    params ?? {},
    options.timeoutMs ?? 15_000,
  );
}

export async function writeStatement<N extends string>(
  db: Db,
  statement: CypherStatement<N>,
  ...[params, options = {}]: StatementArgs<N>
): Promise<Neo4jRecord<RowOf<N>>[]> {
  return runStatement<RowOf<N>>(
    db,
    neo4j.session.WRITE,
    statement,
    params ?? {},
    options.timeoutMs ?? 60_000,
  );
}

/**
 * A named statement inside a transaction the caller holds (several statements over one
 * snapshot, or rows streamed as they come): the rows are typed like readStatement's.
 */
export function runInTransaction<N extends string>(
  tx: Transaction | ManagedTransaction,
  statement: CypherStatement<N>,
  ...[params]: StatementArgs<N>
): Result<RowOf<N>> {
  return tx.run<RowOf<N>>(statement.text, params ?? {});
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
