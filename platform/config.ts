/**
 * Reads and validates the process configuration from the environment, once, at start-up.
 * Every problem is reported as a single line naming the variable, the bad value and what is
 * allowed, so the app fails fast instead of misbehaving later. It does not touch the network
 * or the disk; checks that need them live beside the code that uses them.
 */
import path from 'node:path';
import { DEFAULT_MAX_CONNECTIONS } from './neo4j/connect';

export interface Neo4jExternal {
  mode: 'external';
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Neo4jEmbedded {
  mode: 'embedded';
  boltPort: number;
  /** JVM maximum heap, e.g. `1g`. */
  heap: string;
  /** Page cache size in MiB. */
  pageCacheMb: number;
  database: string;
}

/** Bounds on user Cypher (`POST /api/cypher`, saved-query runs). */
export interface CypherLimits {
  /** Server-side transaction timeout. */
  timeoutMs: number;
  /** Rows returned at most; more are cut and the response says so. */
  maxRows: number;
  /** Nodes plus relationships drawn at most. */
  maxElements: number;
}

/** Bounds on documents added from the browser (`POST /api/ingest`). */
export interface IngestLimits {
  /** Bytes one file may have (INGEST_MAX_FILE_MB, default 20). */
  maxFileBytes: number;
  /** Files one request may carry (INGEST_MAX_FILES, default 20). */
  maxFiles: number;
  /** Bytes all files of one request may have together (INGEST_MAX_TOTAL_MB, default 100). */
  maxTotalBytes: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxFiles: 20,
  maxTotalBytes: 100 * 1024 * 1024,
};

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  neo4j: Neo4jExternal | Neo4jEmbedded;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  cypher: CypherLimits;
  /** When set, changing saved queries needs `Authorization: Bearer <token>`. */
  appToken?: string;
  /**
   * APP_TOKENS: named tokens, each accepted like APP_TOKEN; a correction made with one records
   * its name as the author (an APP_TOKEN correction's author is "local").
   */
  appTokens?: NamedToken[];
  /** Requests a minute per client to `/api/cypher`, saved-query runs and `/api/export`; 0: off. */
  rateLimitPerMin: number;
  /** Neo4j transactions the server runs at once; the rest queue (NEO4J_MAX_CONNECTIONS). */
  maxConnections: number;
  ingest: IngestLimits;
}

/** One of APP_TOKENS: who holds it (recorded as a correction's author) and the token. */
export interface NamedToken {
  name: string;
  token: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function intInRange(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Parses sizes such as `512m`, `1g`, `1024` (MiB) into MiB. */
export function parseSizeMb(name: string, raw: string): number {
  const match = /^(\d+)\s*([mMgG])?[bB]?$/.exec(raw.trim());
  if (!match) {
    throw new ConfigError(`${name} must be a size such as 512m or 2g, got "${raw}"`);
  }
  const amount = Number(match[1]);
  const mb = match[2]?.toLowerCase() === 'g' ? amount * 1024 : amount;
  if (mb < 64) throw new ConfigError(`${name} must be at least 64m, got "${raw}"`);
  return mb;
}

/** A bearer token's shape: printable ASCII without spaces, long enough not to be guessed. */
const TOKEN_PATTERN = /^[\x21-\x7e]{16,}$/;
const TOKEN_NAME_PATTERN = /^[A-Za-z0-9][\w.@-]{0,63}$/;

/**
 * Parses APP_TOKENS (`name1:token1,name2:token2`): names of letters, digits and `._@-`, each
 * token like APP_TOKEN (16+ printable characters without spaces; no comma, which separates
 * entries), names and tokens distinct, no token equal to APP_TOKEN. Errors name the entry (by
 * position and name, never the token) and say how to fix it.
 */
export function parseNamedTokens(raw: string, appToken?: string): NamedToken[] {
  const fail = (what: string) =>
    new ConfigError(`APP_TOKENS must be name:token pairs separated by commas; ${what}`);
  const tokens: NamedToken[] = [];
  raw.split(',').forEach((entry, i) => {
    const at = `entry ${i + 1}`;
    const trimmed = entry.trim();
    const colon = trimmed.indexOf(':');
    if (colon < 0) throw fail(`${at} has no ":" between name and token`);
    const name = trimmed.slice(0, colon).trim();
    const token = trimmed.slice(colon + 1).trim();
    if (!TOKEN_NAME_PATTERN.test(name))
      throw fail(
        `${at} has the name "${name.slice(0, 64)}" (use 1–64 letters, digits or ._@-, starting with a letter or digit)`,
      );
    if (!TOKEN_PATTERN.test(token))
      throw fail(
        `the token of "${name}" must be at least 16 printable characters without spaces or commas (e.g. \`openssl rand -hex 24\`)`,
      );
    if (tokens.some((t) => t.name === name)) throw fail(`the name "${name}" is given twice`);
    if (tokens.some((t) => t.token === token) || token === appToken)
      throw fail(`the token of "${name}" is used twice (give every name, and APP_TOKEN, its own)`);
    tokens.push({ name, token });
  });
  return tokens;
}

const URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export function loadConfig(env: Env = process.env): Config {
  const port = intInRange(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError(
      `NEO4J_DATABASE must be a Neo4j database name (3–63 letters, digits, dots, dashes), got "${database}"`,
    );
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  const uri = env.NEO4J_URI?.trim();
  let neo4j: Config['neo4j'];
  if (uri) {
    if (!URI_PATTERN.test(uri)) {
      throw new ConfigError(
        `NEO4J_URI must look like bolt://host:7687 or neo4j+s://host (schemes bolt, neo4j, with +s or +ssc), got "${uri}"`,
      );
    }
    neo4j = {
      mode: 'external',
      uri,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database,
    };
  } else {
    neo4j = {
      mode: 'embedded',
      boltPort: intInRange(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      heap: `${parseSizeMb('NEO4J_HEAP', env.NEO4J_HEAP?.trim() || '1g')}m`,
      pageCacheMb: parseSizeMb('NEO4J_PAGECACHE', env.NEO4J_PAGECACHE?.trim() || '512m'),
      database,
    };
  }
  const cypher: CypherLimits = {
    timeoutMs: intInRange(env, 'CYPHER_TIMEOUT_MS', 10_000, 100, 600_000),
    maxRows: intInRange(env, 'CYPHER_MAX_ROWS', 1_000, 1, 100_000),
    maxElements: intInRange(env, 'CYPHER_MAX_ELEMENTS', 2_000, 1, 100_000),
  };
  const appToken = env.APP_TOKEN === undefined || env.APP_TOKEN === '' ? undefined : env.APP_TOKEN;
  if (appToken !== undefined && !TOKEN_PATTERN.test(appToken)) {
    throw new ConfigError(
      'APP_TOKEN must be at least 16 printable characters without spaces (e.g. `openssl rand -hex 24`), got a shorter or malformed value',
    );
  }
  const appTokens = env.APP_TOKENS?.trim() ? parseNamedTokens(env.APP_TOKENS, appToken) : [];
  const rateLimitPerMin = intInRange(env, 'RATE_LIMIT_PER_MIN', 60, 0, 100_000);
  const maxConnections = intInRange(
    env,
    'NEO4J_MAX_CONNECTIONS',
    DEFAULT_MAX_CONNECTIONS,
    1,
    1_000,
  );
  const mb = 1024 * 1024;
  const ingest: IngestLimits = {
    maxFileBytes: intInRange(env, 'INGEST_MAX_FILE_MB', 20, 1, 1024) * mb,
    maxFiles: intInRange(env, 'INGEST_MAX_FILES', 20, 1, 1000),
    maxTotalBytes: intInRange(env, 'INGEST_MAX_TOTAL_MB', 100, 1, 10_240) * mb,
  };
  return {
    port,
    host,
    dataDir,
    neo4j,
    logLevel,
    cypher,
    rateLimitPerMin,
    maxConnections,
    ingest,
    ...(appToken ? { appToken } : {}),
    ...(appTokens.length ? { appTokens } : {}),
  };
}
