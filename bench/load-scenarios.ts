/**
 * The load scenarios shared by `npm run bench:load` and the CI smoke test: search, node
 * details, neighbours and `POST /api/cypher`, each driven two ways at the same concurrency for
 * the same time: over HTTP with autocannon against the running app, and "direct": the same
 * explorer/workbench function the route calls, on the same neo4j-driver, with no HTTP, Express
 * or JSON in between. The ratio of the two is the server's overhead. Loopback only; every run
 * is bounded by its duration.
 */
import autocannon from 'autocannon';
import type { Db } from '../server/neo4j/db';
import type { CypherLibrary } from '../server/cypher/loader';
import { search } from '../server/explorer/search';
import { nodeDetails } from '../server/explorer/node-details';
import { neighbors } from '../server/explorer/neighbors';
import { DEFAULT_CYPHER_LIMITS, runUserQuery } from '../server/cypher/run-user-query';

export interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** The same work without HTTP: what the route handler awaits. */
  direct: (db: Db, cypher: CypherLibrary) => Promise<unknown>;
}

export interface Figures {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export const WORKBENCH_QUERY =
  'MATCH (p:Person)-[r:SPOKE_AT]->(e:Event) RETURN p, r, e ORDER BY p.id, e.id LIMIT 25';

/** Scenarios around one searchable word and one node id of the graph under test. */
export function scenarios(word: string, nodeId: string): Scenario[] {
  const id = encodeURIComponent(nodeId);
  return [
    {
      name: 'search',
      method: 'GET',
      path: `/api/search?q=${encodeURIComponent(word)}`,
      direct: (db, cypher) => search(db, cypher, { q: word }),
    },
    {
      name: 'node details',
      method: 'GET',
      path: `/api/nodes/${id}`,
      direct: (db, cypher) => nodeDetails(db, cypher, nodeId),
    },
    {
      name: 'neighbours',
      method: 'GET',
      path: `/api/nodes/${id}/neighbors`,
      direct: (db, cypher) => neighbors(db, cypher, nodeId, {}),
    },
    {
      name: 'cypher',
      method: 'POST',
      path: '/api/cypher',
      body: JSON.stringify({ query: WORKBENCH_QUERY }),
      direct: (db, cypher) =>
        runUserQuery(WORKBENCH_QUERY, {}, { db, cypher, limits: DEFAULT_CYPHER_LIMITS }),
    },
  ];
}

/**
 * Drives the scenario over HTTP with autocannon, for `seconds` or, given `{amount}`, for exactly
 * that many requests (the smoke test: requests still in flight when a duration ends are not
 * counted by autocannon, so a fixed amount checks every answer).
 */
export async function overHttp(
  baseUrl: string,
  scenario: Scenario,
  connections: number,
  run: number | { amount: number },
): Promise<Figures> {
  const result = await autocannon({
    url: baseUrl + scenario.path,
    method: scenario.method,
    body: scenario.body,
    headers: scenario.body ? { 'content-type': 'application/json' } : {},
    connections,
    ...(typeof run === 'number' ? { duration: run } : { amount: run.amount }),
    timeout: 30,
  });
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The same work with `concurrency` callers in a loop for `seconds`, without HTTP. */
export async function direct(
  db: Db,
  cypher: CypherLibrary,
  scenario: Scenario,
  concurrency: number,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await scenario.direct(db, cypher);
        latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + errors,
    reqPerSec: Math.round(((latencies.length + errors) / elapsed) * 10) / 10,
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    errors,
    non2xx: 0,
  };
}
