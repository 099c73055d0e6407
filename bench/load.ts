/**
 * `npm run bench:load [-- --smoke] [-- --seconds 30 --rounds 1 --warmup 10 --connections 50]
 * [-- --synthetic-scale 0.1]`:
 * load on the app, loopback only. Starts a scratch embedded Neo4j (free port, temp dir), runs
 * `npm start`'s server on it as a child process (NEO4J_URI, RATE_LIMIT_PER_MIN=0, LOG_LEVEL=warn;
 * it seeds the bundled corpus), then for each scenario (search, node details, neighbours,
 * POST /api/cypher) drives it over HTTP with autocannon and, in the same run, the same work
 * directly through neo4j-driver at the same concurrency (bench/load-scenarios.ts; package.json
 * runs this bench with the server's --max-semi-space-size, so both paths collect garbage alike),
 * `seconds` per path in one run (or split into `rounds` alternating stretches). Prints p50/p99
 * latency over each path's pooled stretches, requests/s, errors and non-2xx, the p99 ratio
 * HTTP/direct (target ≤ 1.5), the ratio of each round alone, and the p99 ratio without each
 * connection's first answer (the cost of opening a connection to a busy server, paid once per
 * connection).
 * With --synthetic-scale it repeats everything on the synthetic graph of the seed benchmark
 * (bench/synthetic-graph.ts) at that scale (1 = 100k people, ≈1M relationships).
 * Exits 1 if any request failed. Not a test; `test/load-smoke.test.ts` is its CI smoke.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { ensureLauncherBuilt } from '../platform/neo4j/launcher-build';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import { loadGraphDocument } from '../platform/load/load-graph';
import { search } from '../server/explorer/search';
import { freePort } from '../test/support/free-port';
import { runMain, killAllMains } from '../test/support/run-main';
import { FULL_SIZE, syntheticGraph } from './synthetic-graph';
import { direct, figures, overHttp, scenarios, type Figures, type Sample } from './load-scenarios';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const smoke = process.argv.includes('--smoke');
const seconds = Number(arg('seconds') ?? (smoke ? 3 : 30));
const warmup = Number(arg('warmup') ?? (smoke ? 1 : 10));
const connections = Number(arg('connections') ?? (smoke ? 10 : 50));
const rounds = Math.max(1, Number(arg('rounds') ?? 1));
const syntheticScale = arg('synthetic-scale') ? Number(arg('synthetic-scale')) : undefined;
const cypher = loadCypherLibrary();

interface Row {
  graph: string;
  scenario: string;
  http: Figures;
  direct: Figures;
  /** The p99 ratio of each round alone: how much the machine's drift moves it. */
  roundRatios: number[];
}

async function benchGraph(graph: 'corpus' | 'synthetic'): Promise<Row[]> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-load-'));
  const embedded = new EmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    heap: '1g',
    pageCacheMb: 512,
  });
  await embedded.start();
  const driver = createDriver(embedded.uri);
  const db = { driver, database: 'neo4j' };
  try {
    await applySchema(driver, cypher, 'neo4j');
    if (graph === 'synthetic') {
      const scale = syntheticScale ?? 0.1;
      const size = {
        people: Math.round(FULL_SIZE.people * scale),
        events: Math.max(1, Math.round(FULL_SIZE.events * scale)),
        speakersPerEvent: FULL_SIZE.speakersPerEvent,
      };
      const t = Date.now();
      await loadGraphDocument(db, cypher, syntheticGraph(size));
      console.log(
        `synthetic graph: ${size.people} people, ${size.events} events, loaded in ${((Date.now() - t) / 1000).toFixed(0)} s`,
      );
    }
    const main = runMain({
      NEO4J_URI: embedded.uri,
      PORT: String(await freePort()),
      RATE_LIMIT_PER_MIN: '0',
      SKIP_CLIENT_BUILD: '1',
      LOG_LEVEL: 'warn',
    });
    const url = (await main.ready).replace(/\/$/, '');
    try {
      const word = graph === 'corpus' ? 'rama' : 'Speaker 17';
      const hit = (await search(db, cypher, { q: word })).hits[0];
      if (!hit) throw new Error(`bench: no search hit for "${word}" in the ${graph} graph`);
      const rows: Row[] = [];
      const list = scenarios(word, hit.id);
      // Warm every scenario on both paths before measuring any: Neo4j's JIT keeps compiling for
      // a minute or more under load (its CPU per search fell from about 4.5 ms to 1.1 ms over
      // the first 60 s here), and a 1 s warm-up made whichever path ran first look 2x slower.
      for (const scenario of list) {
        await overHttp(url, scenario, connections, warmup);
        await direct(db, cypher, scenario, connections, warmup);
      }
      for (const [index, scenario] of list.entries()) {
        // By default each path gets one continuous run, as a client with long-lived connections
        // sees it: every autocannon run opens its connections anew, and each connection's first
        // answer waits for the busy server to accept it, so 3 runs of 10 s put three times as
        // many of those answers into the tail as one run of 30 s. Which path goes first
        // alternates by scenario (and by round with --rounds, which splits the time into
        // alternating stretches when the machine's speed drifts; latencies are pooled per path).
        const http: Sample[] = [];
        const straight: Sample[] = [];
        const roundRatios: number[] = [];
        for (let round = 0; round < rounds; round += 1) {
          const slice = seconds / rounds;
          const measureHttp = () => overHttp(url, scenario, connections, slice);
          const measureDirect = () => direct(db, cypher, scenario, connections, slice);
          let h: Sample;
          let d: Sample;
          if ((round + index) % 2 === 0) {
            h = await measureHttp();
            d = await measureDirect();
          } else {
            d = await measureDirect();
            h = await measureHttp();
          }
          http.push(h);
          straight.push(d);
          roundRatios.push(ratio(figures([h]), figures([d])));
        }
        rows.push({
          graph,
          scenario: scenario.name,
          http: figures(http),
          direct: figures(straight),
          roundRatios,
        });
        print(rows.at(-1)!);
      }
      return rows;
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
    }
  } finally {
    await driver.close();
    await embedded.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

function ratio(http: Figures, straight: Figures): number {
  return straight.p99 > 0 ? http.p99 / straight.p99 : NaN;
}

function steadyRatio(http: Figures, straight: Figures): number {
  return straight.p99Steady > 0 ? http.p99Steady / straight.p99Steady : NaN;
}

function spread(row: Row): string {
  return row.roundRatios.length > 1
    ? `${Math.min(...row.roundRatios).toFixed(2)}–${Math.max(...row.roundRatios).toFixed(2)}`
    : 'n/a';
}

function print(row: Row): void {
  const f = (x: Figures) =>
    `p50 ${x.p50} ms, p99 ${x.p99} ms, ${x.reqPerSec} req/s, ${x.requests} requests, ${x.errors} errors, ${x.non2xx} non-2xx`;
  const n = row.roundRatios.length;
  console.log(
    `\n[${row.graph}] ${row.scenario} (${n === 1 ? 'one run per path' : `${n} alternating rounds`})`,
  );
  console.log(`  http   : ${f(row.http)}`);
  console.log(`  direct : ${f(row.direct)}`);
  console.log(
    `  p99 ratio http/direct: ${ratio(row.http, row.direct).toFixed(2)} (rounds alone: ${spread(row)}); without each connection's first answer: ${steadyRatio(row.http, row.direct).toFixed(2)} (p99 ${row.http.p99Steady} / ${row.direct.p99Steady} ms)`,
  );
}

async function main(): Promise<void> {
  await ensureLauncherBuilt();
  console.log(
    `bench:load: ${connections} connections, ${seconds} s per scenario and path after a warm-up pass of ${warmup} s per scenario and path, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  const rows = await benchGraph('corpus');
  if (syntheticScale !== undefined) rows.push(...(await benchGraph('synthetic')));
  console.log(
    '\n| graph | scenario | http p50 / p99 ms | http req/s | direct p50 / p99 ms | direct req/s | p99 ratio | rounds alone | p99 ratio without first answers | errors + non-2xx |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.graph} | ${r.scenario} | ${r.http.p50} / ${r.http.p99} | ${Math.round(r.http.reqPerSec)} | ${r.direct.p50} / ${r.direct.p99} | ${Math.round(r.direct.reqPerSec)} | ${ratio(r.http, r.direct).toFixed(2)} | ${spread(r)} | ${steadyRatio(r.http, r.direct).toFixed(2)} | ${r.http.errors + r.http.non2xx + r.direct.errors} |`,
    );
  }
  const failed = rows.some((r) => r.http.errors + r.http.non2xx + r.direct.errors > 0);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  killAllMains();
  process.exit(1);
});
