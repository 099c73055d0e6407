/**
 * Opens the process's one Neo4j driver and proves it works before the app starts serving:
 * bounded retries with backoff while the server is unreachable, an immediate and specific
 * failure for wrong credentials or a missing database. Works the same for bolt:// and
 * neo4j:// (routing) URIs. It does not start any database.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { StartupError } from '../startup-error';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';

export interface ConnectOptions {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  /** Attempts while unreachable; waits double from `initialDelayMs` between them. */
  attempts?: number;
  initialDelayMs?: number;
  log?: Logger;
  /** Connections the driver keeps at most (NEO4J_MAX_CONNECTIONS). */
  maxConnections?: number;
}

/**
 * How many transactions one process runs in Neo4j at once (the driver's own default); further
 * requests wait their turn in the driver's queue, first come first served. Smaller pools were
 * measured and did not help on 2 cores: docs/connection-pool.md.
 */
export const DEFAULT_MAX_CONNECTIONS = 100;

/** How long a request waits for a free connection before it is answered 503. */
export const ACQUISITION_TIMEOUT_MS = 10_000;

export interface DriverOptions {
  maxConnections?: number;
  acquisitionTimeoutMs?: number;
}

export interface Connection {
  driver: Driver;
  /** e.g. "5.26.30" */
  version: string;
  edition: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createDriver(
  uri: string,
  user?: string,
  password?: string,
  options: DriverOptions = {},
): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? ACQUISITION_TIMEOUT_MS,
    // Managed transactions retry transient failures; the driver's default of 30 s (and its backoff) would hold
    // every request that long while Neo4j is down. 1 s still rides out a blip (one retry), then the
    // API answers 503 (see docs/reliability.md).
    maxTransactionRetryTime: 1_000,
    maxConnectionPoolSize: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    // Driver-internal logging is off; our own logs say what failed.
    logging: { level: 'error', logger: () => undefined },
  });
}

function classify(error: unknown, options: ConnectOptions): StartupError | undefined {
  const code = (error as { code?: string }).code ?? '';
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code.includes('AuthenticationRateLimit')
  ) {
    return new StartupError(
      'neo4j_auth',
      `Neo4j at ${options.uri} rejected the credentials for user "${options.user ?? 'neo4j'}": check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StartupError(
      'neo4j_database_missing',
      `Neo4j at ${options.uri} has no database "${options.database}": check NEO4J_DATABASE.`,
    );
  }
  return undefined;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  const log = options.log ?? silentLogger;
  const attempts = options.attempts ?? 6;
  let delay = options.initialDelayMs ?? 500;
  const driver = createDriver(options.uri, options.user, options.password, {
    maxConnections: options.maxConnections,
  });
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      // An auto-commit query, not executeQuery: managed transactions retry on their own for
      // 30 s, which would hide our bounded, logged retry behind a long silence.
      const session = driver.session({ database: options.database });
      let record;
      try {
        const result = await session.run(
          'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
        );
        record = result.records[0];
      } finally {
        await session.close();
      }
      return {
        driver,
        version: String(record?.get('version') ?? 'unknown'),
        edition: String(record?.get('edition') ?? 'unknown'),
      };
    } catch (error) {
      const fatal = classify(error, options);
      if (fatal) {
        await driver.close();
        throw fatal;
      }
      lastError = error;
      log.warn('Neo4j not reachable yet', { uri: options.uri, attempt, attempts });
      if (attempt < attempts) {
        await sleep(delay);
        delay *= 2;
      }
    }
  }
  await driver.close();
  const reason = (lastError as Error | undefined)?.message?.split('\n')[0] ?? 'no answer';
  throw new StartupError(
    'neo4j_unreachable',
    `Cannot reach Neo4j at ${options.uri} after ${attempts} attempts (${reason}): check NEO4J_URI and that the server is running.`,
  );
}
