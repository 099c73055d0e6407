/**
 * The load scenarios shared by `npm run bench:load` and the CI smoke test: search, node
 * details, neighbours and `POST /api/cypher`, each driven two ways at the same concurrency for
 * the same time: over HTTP with autocannon against the running app, and "direct": the same
 * explorer/workbench function the route calls, on the same neo4j-driver, with no HTTP, Express
 * or JSON in between. The ratio of the two is the server's overhead. Loopback only; every run
 * is bounded by its duration.
 */
import autocannon from 'autocannon';
import type { Db } from '../platform/neo4j/db';
import type { CypherLibrary } from '../platform/cypher/loader';
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

/**
 * What one measured stretch produced: every latency, so that stretches of the same path can be
 * pooled before taking percentiles (percentiles of parts do not combine).
 */
export interface Sample {
  /** Milliseconds per answered request. */
  latencies: number[];
  /**
   * `latencies` without each connection's (direct: each caller's) first answered request. Over
   * HTTP a first answer waits for the busy server to accept the new connection, a cost paid
   * once per connection, which short runs overweight.
   */
  laterLatencies: number[];
  /** Requests that failed or timed out. */
  errors: number;
  non2xx: number;
  seconds: number;
}

export interface Figures {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** p99 without each connection's first answer: the steady state of long-lived connections. */
  p99Steady: number;
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
 * counted by autocannon, so a fixed amount checks every answer). Latencies come from
 * autocannon's per-response event, the same clock span as the direct path's: request sent to
 * answer read.
 */
export async function overHttp(
  baseUrl: string,
  scenario: Scenario,
  connections: number,
  run: number | { amount: number },
): Promise<Sample> {
  const latencies: number[] = [];
  const laterLatencies: number[] = [];
  const answered = new WeakSet<object>();
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + scenario.path,
        method: scenario.method,
        body: scenario.body,
        headers: scenario.body ? { 'content-type': 'application/json' } : {},
        connections,
        ...(typeof run === 'number' ? { duration: run } : { amount: run.amount }),
        timeout: 30,
      },
      (error: unknown, done: autocannon.Result) =>
        error
          ? reject(error instanceof Error ? error : new Error(JSON.stringify(error)))
          : resolve(done),
    );
    instance.on('response', (client, statusCode, _bytes, ms) => {
      const first = !answered.has(client);
      answered.add(client);
      if (statusCode < 200 || statusCode >= 300) non2xx += 1;
      else {
        latencies.push(ms);
        if (!first) laterLatencies.push(ms);
      }
    });
  });
  return {
    latencies,
    laterLatencies,
    errors: result.errors + result.timeouts,
    non2xx,
    seconds: result.duration,
  };
}

/** The same work with `concurrency` callers in a loop for `seconds`, without HTTP. */
export async function direct(
  db: Db,
  cypher: CypherLibrary,
  scenario: Scenario,
  concurrency: number,
  seconds: number,
): Promise<Sample> {
  const latencies: number[] = [];
  const laterLatencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    let first = true;
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await scenario.direct(db, cypher);
        const ms = performance.now() - t;
        latencies.push(ms);
        if (!first) laterLatencies.push(ms);
        first = false;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return {
    latencies,
    laterLatencies,
    errors,
    non2xx: 0,
    seconds: (performance.now() - started) / 1000,
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Percentiles and rate over the pooled samples of one path. */
export function figures(samples: Sample[]): Figures {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const steady = samples.flatMap((s) => s.laterLatencies).sort((a, b) => a - b);
  const errors = samples.reduce((n, s) => n + s.errors, 0);
  const non2xx = samples.reduce((n, s) => n + s.non2xx, 0);
  const seconds = samples.reduce((n, s) => n + s.seconds, 0);
  const requests = latencies.length + errors + non2xx;
  return {
    requests,
    reqPerSec: seconds > 0 ? round1(requests / seconds) : 0,
    p50: round1(percentile(latencies, 50)),
    p99: round1(percentile(latencies, 99)),
    p99Steady: round1(percentile(steady, 99)),
    errors,
    non2xx,
  };
}
