/**
 * `npm run bench:seed [-- --scale 0.1]`: loads the synthetic graph (100k people, 10k events,
 * ≈1M relationships with provenance at scale 1) three ways, each into a fresh embedded Neo4j
 * in the same run, and prints elements/s and their ratios:
 *   1. the loader (seed/load: UNWIND batches in transactions of whole articles);
 *   2. LOAD CSV of the same data with the same MERGE semantics (CALL … IN TRANSACTIONS);
 *   3. one auto-commit statement per row (the baseline), timed on a prefix of the data
 *      because the whole graph would take hours that way.
 * It also prints the peak resident memory of this process during the load (the loader's
 * memory, above what holding the document costs) and of each Neo4j JVM. Not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { ensureLauncherBuilt } from '../platform/neo4j/launcher-build';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import { freePort } from '../test/support/free-port';
import { loadGraphDocument } from '../platform/load/load-graph';
import { planLoad } from '../platform/load/plan';
import { nodeStatement, relationshipStatement } from '../platform/load/templates';
import type { GraphDocument } from '../model/graph-document';
import { FULL_SIZE, syntheticGraph } from './synthetic-graph';

const cypher = loadCypherLibrary();
const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] ?? 1) || 1;
const PER_ROW_SECONDS = 45;

interface Result {
  method: string;
  elements: number;
  seconds: number;
  rate: number;
  nodeRssMb?: number;
  javaRssMb?: number;
}

function javaPeakMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : undefined;
}

async function withFreshNeo4j<T>(
  fn: (driver: Driver, embedded: EmbeddedNeo4j, home: string) => Promise<T>,
): Promise<T> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-seed-'));
  const embedded = new EmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    heap: '2g',
    pageCacheMb: 1024,
  });
  await embedded.start();
  const driver = createDriver(embedded.uri, 'neo4j', '');
  try {
    await applySchema(driver, cypher, 'neo4j');
    return await fn(driver, embedded, home);
  } finally {
    await driver.close();
    await embedded.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** Samples this process's RSS while `fn` runs: returns the peak above the starting RSS. */
async function peakRssAbove<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: Math.round((peak - start) / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

async function countAll(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n + r AS total',
  );
  return Number(records[0]?.get('total'));
}

async function viaLoader(doc: GraphDocument, total: number): Promise<Result> {
  return withFreshNeo4j(async (driver, embedded) => {
    const started = performance.now();
    const { peakMb } = await peakRssAbove(() =>
      loadGraphDocument({ driver, database: 'neo4j' }, cypher, doc, { trusted: true }),
    );
    const seconds = (performance.now() - started) / 1000;
    const loaded = await countAll(driver);
    if (loaded !== total) throw new Error(`loader: expected ${total} elements, found ${loaded}`);
    return {
      method: 'loader (UNWIND batches)',
      elements: total,
      seconds,
      rate: total / seconds,
      nodeRssMb: peakMb,
      javaRssMb: javaPeakMb(embedded.pid),
    };
  });
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value)
    ? value.join('|')
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** Writes one CSV per label and per (type, from, to) group; returns the LOAD CSV statements. */
function writeCsv(doc: GraphDocument, dir: string): string[] {
  const statements: string[] = [];
  const [plan] = planLoad(doc, Number.MAX_SAFE_INTEGER);
  const listKeys = new Set(['aliases', 'titles', 'topics']);
  for (const group of plan!.nodes) {
    const keys = [...new Set(group.rows.flatMap((r) => Object.keys(r.properties)))];
    const file = path.join(dir, `nodes-${group.label}.csv`);
    const lines = [['id', ...keys].join(',')];
    for (const row of group.rows)
      lines.push([row.id, ...keys.map((k) => row.properties[k])].map(csvCell).join(','));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    // The same stored properties as the loader's, including the full-text feed aliasesText.
    if (keys.includes('aliases')) keys.push('aliasesText');
    const sets = keys.map((k) =>
      k === 'aliasesText'
        ? `n.aliasesText = CASE WHEN row.aliases IS NULL THEN '' ELSE replace(row.aliases, '|', ' | ') END`
        : listKeys.has(k)
          ? `n.${k} = CASE WHEN row.${k} IS NULL THEN [] ELSE split(row.${k}, '|') END`
          : k === 'date'
            ? `n.date = date(row.date)`
            : `n.${k} = row.${k}`,
    );
    statements.push(
      `LOAD CSV WITH HEADERS FROM 'file://${file}' AS row CALL (row) { ${nodeStatement('MERGE (n:__LABEL__ {id: row.id})', group.label)} SET ${sets.join(', ')} } IN TRANSACTIONS OF 10000 ROWS`,
    );
  }
  for (const group of plan!.relationships) {
    const keys = [...new Set(group.rows.flatMap((r) => Object.keys(r.properties)))];
    const file = path.join(dir, `rels-${group.type}-${group.from}-${group.to}.csv`);
    const lines = [['id', 'from', 'to', ...keys].join(',')];
    for (const row of group.rows)
      lines.push(
        [row.id, row.from, row.to, ...keys.map((k) => row.properties[k])].map(csvCell).join(','),
      );
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const sets = keys.map((k) =>
      ['evidenceStart', 'evidenceEnd'].includes(k)
        ? `r.${k} = toInteger(row.${k})`
        : k === 'confidence'
          ? `r.${k} = toFloat(row.${k})`
          : `r.${k} = row.${k}`,
    );
    statements.push(
      `LOAD CSV WITH HEADERS FROM 'file://${file}' AS row CALL (row) { ${relationshipStatement('MATCH (a:__FROM__ {id: row.from}) MATCH (b:__TO__ {id: row.to}) MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)', group.type, group.from, group.to)} SET ${sets.join(', ')} } IN TRANSACTIONS OF 10000 ROWS`,
    );
  }
  return statements;
}

async function viaLoadCsv(doc: GraphDocument, total: number): Promise<Result> {
  return withFreshNeo4j(async (driver, embedded, home) => {
    const dir = path.join(home, 'csv');
    fs.mkdirSync(dir);
    const statements = writeCsv(doc, dir);
    const started = performance.now();
    for (const statement of statements) {
      const session = driver.session();
      try {
        await session.run(statement);
      } finally {
        await session.close();
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const loaded = await countAll(driver);
    if (loaded !== total) throw new Error(`LOAD CSV: expected ${total} elements, found ${loaded}`);
    return {
      method: 'LOAD CSV (IN TRANSACTIONS)',
      elements: total,
      seconds,
      rate: total / seconds,
      javaRssMb: javaPeakMb(embedded.pid),
    };
  });
}

async function viaPerRow(doc: GraphDocument): Promise<Result> {
  return withFreshNeo4j(async (driver, embedded) => {
    const nodeText = cypher.get('seed-merge-nodes').text;
    const relText = cypher.get('seed-merge-relationships').text;
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    let elements = 0;
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    try {
      // Whole articles in document order, each row its own auto-commit statement.
      outer: for (const chunk of planLoad(doc, 1)) {
        for (const group of chunk.nodes)
          for (const row of group.rows) {
            await session.run(nodeStatement(nodeText, group.label), { rows: [row] });
            elements += 1;
          }
        for (const group of chunk.relationships)
          for (const row of group.rows) {
            await session.run(relationshipStatement(relText, group.type, group.from, group.to), {
              rows: [row],
            });
            elements += 1;
          }
        if (elapsed() > PER_ROW_SECONDS) break outer;
      }
    } finally {
      await session.close();
    }
    const seconds = elapsed();
    return {
      method: `one statement per row (first ${elements} elements)`,
      elements,
      seconds,
      rate: elements / seconds,
      javaRssMb: javaPeakMb(embedded.pid),
    };
  });
}

async function main(): Promise<void> {
  await ensureLauncherBuilt();
  const size = {
    people: Math.round(FULL_SIZE.people * scale),
    events: Math.round(FULL_SIZE.events * scale),
    speakersPerEvent: FULL_SIZE.speakersPerEvent,
  };
  const doc = syntheticGraph(size);
  const total = doc.nodes.length + doc.relationships.length;
  console.log(
    `Synthetic graph: ${size.people} people, ${size.events} events, ${doc.nodes.length} nodes, ${doc.relationships.length} relationships (${total} elements); ${os.cpus().length} cores`,
  );
  const results: Result[] = [];
  for (const run of [
    () => viaLoader(doc, total),
    () => viaLoadCsv(doc, total),
    () => viaPerRow(doc),
  ]) {
    const result = await run();
    results.push(result);
    console.log(
      `  ${result.method}: ${result.seconds.toFixed(1)} s, ${Math.round(result.rate)} elements/s`,
    );
  }
  const [loader, csv, perRow] = results as [Result, Result, Result];
  console.log(
    '\nmethod                                         elements/s   ratio   node peak MB   java peak MB',
  );
  for (const r of results)
    console.log(
      `${r.method.padEnd(46)} ${String(Math.round(r.rate)).padStart(10)} ${(r.rate / perRow.rate).toFixed(1).padStart(7)}× ${String(r.nodeRssMb ?? '-').padStart(13)} ${String(r.javaRssMb ?? '-').padStart(14)}`,
    );
  console.log(
    `\nloader / LOAD CSV = ${(loader.rate / csv.rate).toFixed(2)}× (target ≥ 1); loader / per-row = ${(loader.rate / perRow.rate).toFixed(1)}× (target ≥ 20)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
