/**
 * Runs one user-written Cypher query safely: in a READ access-mode session and managed READ
 * transaction (Neo4j refuses any write), planned first with EXPLAIN in that same transaction
 * so admin commands, LOAD CSV and foreign databases are refused before anything runs
 * (read-only-guard.ts), under a server-side timeout, with caps on rows and graph elements.
 * An AbortSignal (the HTTP client went away) closes the session, which terminates the query in
 * Neo4j. Graph values become Cytoscape elements; every row also goes to the table as typed
 * JSON. It does not know about HTTP or saved queries.
 */
import neo4j, { isNode, isPath, isRelationship, type Notification } from 'neo4j-driver';
import type { Db } from '../../platform/neo4j/db';
import type { CypherLibrary } from '../../platform/cypher/loader';
import type { CypherLimits } from '../../platform/config';
import { ElementCollector } from '../graph/elements';
import { AppError, invalidArgument } from '../errors';
import { assertReadOnlyPlan } from './read-only-guard';
import { encodeValue } from './typed-json';
import { userCypherError } from './user-errors';
import { MAX_CYPHER_LENGTH, type CypherResult } from '../../api/cypher';

export const DEFAULT_CYPHER_LIMITS: CypherLimits = {
  timeoutMs: 10_000,
  maxRows: 1_000,
  maxElements: 2_000,
};

/** Longest Cypher text accepted (the contract's limit, api/cypher.ts). */
export const MAX_QUERY_LENGTH = MAX_CYPHER_LENGTH;

/** What precedes the user's text in the planning run; positions are shifted back by it. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';

/** The answer's shape is the contract's (api/cypher.ts). */
export type UserQueryResult = CypherResult;
export type QueryNotification = CypherResult['summary']['notifications'][number];

export interface RunUserQueryOptions {
  db: Db;
  cypher: CypherLibrary;
  limits: CypherLimits;
  /** Aborting closes the session: Neo4j terminates the running query. */
  signal?: AbortSignal;
}

function notificationsOf(list: Notification[], shiftLines: number, shiftOffset: number) {
  return list.map((n): QueryNotification => {
    const position =
      n.position && 'line' in n.position && typeof n.position.line === 'number'
        ? {
            line: Math.max(1, n.position.line - shiftLines),
            column: n.position.column ?? 1,
            offset: Math.max(0, (n.position.offset ?? 0) - shiftOffset),
          }
        : undefined;
    return {
      code: n.code,
      title: n.title,
      description: n.description,
      severity: n.rawSeverityLevel,
      ...(position ? { position } : {}),
    };
  });
}

/** Visits nodes and relationships inside any nesting of lists, maps and paths. */
function forEachGraphValue(value: unknown, visit: (graphValue: unknown) => boolean): boolean {
  if (value === null || value === undefined) return true;
  if (isNode(value) || isRelationship(value)) return visit(value);
  if (isPath(value)) {
    if (!visit(value.start)) return false;
    for (const segment of value.segments) {
      if (!visit(segment.relationship) || !visit(segment.end)) return false;
    }
    return true;
  }
  if (Array.isArray(value)) return value.every((inner) => forEachGraphValue(inner, visit));
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.values(value).every((inner) => forEachGraphValue(inner, visit));
  }
  return true;
}

export async function runUserQuery(
  query: unknown,
  params: Record<string, unknown>,
  options: RunUserQueryOptions,
): Promise<UserQueryResult> {
  const { db, limits, signal } = options;
  if (typeof query !== 'string' || !query.trim()) {
    throw invalidArgument('cypher: "query" must be a non-empty string of Cypher');
  }
  if (query.length > MAX_QUERY_LENGTH) {
    throw invalidArgument(
      `cypher: the query is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
    );
  }
  if (signal?.aborted) throw new AppError('invalid_argument', 'cypher: request cancelled');

  const started = Date.now();
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(limits.maxRows + 1, 1_000),
  });
  // A second, local bound: if Neo4j did not stop the query at its timeout, closing the
  // session resets the connection, which does.
  let localTimeout = false;
  // Closing a session while the driver sleeps between retries leaves executeRead's promise
  // pending for ever (neo4j-driver 6), so whoever closes the session also settles this one.
  let abandon: (reason: Error) => void = () => undefined;
  const abandoned = new Promise<never>((_resolve, reject) => {
    abandon = reject;
  });
  abandoned.catch(() => undefined);
  const closeSession = () => {
    abandon(new Error('session closed'));
    void session.close().catch(() => undefined);
  };
  const guard = setTimeout(() => {
    localTimeout = true;
    closeSession();
  }, limits.timeoutMs + 2_000);
  signal?.addEventListener('abort', closeSession, { once: true });
  let phase: 'plan' | 'run' = 'plan';
  try {
    const run = session.executeRead(
      async (tx) => {
        phase = 'plan';
        const planned = await tx.run(EXPLAIN_PREFIX + query, params);
        assertReadOnlyPlan(planned.summary.queryType, planned.summary.plan, db.database);
        const notifications = notificationsOf(
          planned.summary.notifications,
          1,
          EXPLAIN_PREFIX.length,
        );

        phase = 'run';
        const collector = new ElementCollector();
        const rawRows: unknown[][] = [];
        let columns: string[] = [];
        let truncatedRows = false;
        let truncatedElements = false;
        const result = tx.run(query, params);
        columns = [...(await result.keys())];
        for await (const record of result) {
          if (rawRows.length >= limits.maxRows) {
            truncatedRows = true;
            break;
          }
          const values = columns.map((key) => record.get(key) as unknown);
          rawRows.push(values);
          if (truncatedElements) continue;
          for (const value of values) {
            const within = forEachGraphValue(value, (graphValue) => {
              if (collector.nodeCount + collector.edgeCount >= limits.maxElements) {
                truncatedElements = true;
                return false;
              }
              collector.add(graphValue);
              return true;
            });
            if (!within) break;
          }
        }
        const missing = collector.missingNodeElementIds();
        if (missing.length) {
          const fetched = await tx.run(options.cypher.get('workbench-nodes-by-element-id').text, {
            elementIds: missing,
          });
          for (const record of fetched.records) collector.add(record.get('n'));
        }
        const refOf = (elementId: string) => collector.nodeRefOf(elementId);
        const rows = rawRows.map((values) => values.map((value) => encodeValue(value, refOf)));
        const elements = collector.toElements();
        return {
          columns,
          rows,
          elements,
          summary: {
            rows: rows.length,
            nodes: elements.nodes.length,
            edges: elements.edges.length,
            truncated: truncatedRows || truncatedElements,
            truncatedRows,
            truncatedElements,
            timeMs: Date.now() - started,
            limits,
            notifications,
          },
        };
      },
      { timeout: limits.timeoutMs, metadata: { app: 'explorer', source: 'workbench' } },
    );
    return await Promise.race([run, abandoned]);
  } catch (error) {
    if (localTimeout) {
      throw new AppError(
        'timeout',
        `cypher: the query was cancelled after ${limits.timeoutMs} ms (CYPHER_TIMEOUT_MS); add a LIMIT or narrow the MATCH`,
        { timeoutMs: limits.timeoutMs },
      );
    }
    if (signal?.aborted) throw new AppError('invalid_argument', 'cypher: request cancelled');
    throw userCypherError(error, {
      timeoutMs: limits.timeoutMs,
      shift: phase === 'plan' ? { lines: 1, offset: EXPLAIN_PREFIX.length } : undefined,
    });
  } finally {
    clearTimeout(guard);
    signal?.removeEventListener('abort', closeSession);
    await session.close().catch(() => undefined);
  }
}
