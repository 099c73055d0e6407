/**
 * Export benchmark (`npm run bench:export`, not part of `npm test`): starts a scratch embedded
 * Neo4j, generates synthetic graphs of 1k, 10k and 100k elements (one node per five
 * relationships, model-like properties with provenance), and exports each through every
 * format's writer into a byte-counting sink, one child process per run so peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that export alone. Prints seconds, MB written
 * and peak RSS per format and size. Sizes: `BENCH_SIZES=1000,10000 npm run bench:export`;
 * `BENCH_HEAP_MB=48` caps each child's V8 heap, to show an export does not need memory that grows
 * with its size.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import neo4j from 'neo4j-driver';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { ensureLauncherBuilt } from '../platform/neo4j/launcher-build';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import { openSubgraph } from '../server/export/source';
import { EXPORT_FORMATS, type ExportFormat } from '../api/export';
import { WRITERS } from '../server/export/formats';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

async function child(uri: string, format: ExportFormat): Promise<void> {
  const driver = createDriver(uri);
  const db = { driver, database: 'neo4j' };
  const ids = (await driver.executeQuery('MATCH (n:Bench) RETURN n.id AS id')).records.map(
    (r) => r.get('id') as string,
  );
  const started = performance.now();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  const limits = { maxNodes: 1e7, maxRelationships: 1e8, timeoutMs: 600_000 };
  const subgraph = await openSubgraph(
    db,
    loadCypherLibrary(),
    { kind: 'nodeIds', nodeIds: ids, hops: 0 },
    limits,
  );
  await WRITERS[format].write(
    {
      meta: {
        format,
        exportedAt: new Date().toISOString(),
        source: { kind: 'nodeIds', nodeIds: [], hops: 0 },
        generator: 'bench',
      },
      schema: subgraph.schema,
      nodes: subgraph.nodes,
      relationships: subgraph.relationships,
      options: { formulaGuard: true },
    },
    sink,
  );
  await subgraph.close();
  await driver.close();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    JSON.stringify({
      seconds,
      bytes,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      nodes: subgraph.schema.nodeCount,
      relationships: subgraph.schema.relCount,
    }),
  );
}

async function generate(uri: string, elements: number): Promise<void> {
  const driver = createDriver(uri);
  const session = driver.session();
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run, not executeQuery).
  await session.run('MATCH (n:Bench) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  await session.close();
  const nodes = Math.max(2, Math.round(elements / 6));
  const rels = elements - nodes;
  for (let from = 0; from < nodes; from += 5000) {
    await driver.executeQuery(
      `UNWIND range($from, $to - 1) AS i
       CREATE (n:Bench:Person {id: 'bench:' + i, name: 'Person "' + i + '" <&>', aliases: ['a' + i, '=b' + i],
         n: i, score: i / 7.0, active: i % 2 = 0, born: date('1950-01-01') + duration({days: i})})`,
      { from: neo4j.int(from), to: neo4j.int(Math.min(nodes, from + 5000)) },
    );
  }
  for (let from = 0; from < rels; from += 10000) {
    await driver.executeQuery(
      `UNWIND range($from, $to - 1) AS i
       MATCH (a:Person {id: 'bench:' + (i % $nodes)}), (b:Person {id: 'bench:' + ((i * 7919 + 1) % $nodes)})
       CREATE (a)-[:SPOKE_AT {id: 'bench-rel:' + i, source: 'article:' + (i % 7), evidence: 'He said "x" at ' + i,
         evidenceStart: i, evidenceEnd: i + 40, method: 'pattern', confidence: 0.9, role: 'speaker'}]->(b)`,
      {
        from: neo4j.int(from),
        to: neo4j.int(Math.min(rels, from + 10000)),
        nodes: neo4j.int(nodes),
      },
    );
  }
  await driver.close();
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const format = process.argv[4] as ExportFormat;
    if (!EXPORT_FORMATS.includes(format))
      throw new Error(`bench:export: unknown format "${format}"`);
    return child(process.argv[3]!, format);
  }
  await ensureLauncherBuilt();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-export-'));
  const { freePort } = await import('../test/support/free-port');
  const embedded = new EmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    heap: '1g',
    pageCacheMb: 256,
  });
  await embedded.start();
  try {
    const driver = createDriver(embedded.uri);
    await applySchema(driver, loadCypherLibrary(), 'neo4j');
    await driver.close();
    console.log('size\tformat\tnodes\trels\tseconds\tMB out\tpeak RSS MB');
    for (const size of SIZES) {
      await generate(embedded.uri, size);
      for (const format of EXPORT_FORMATS) {
        const out = execFileSync(
          process.execPath,
          [
            ...(process.env.BENCH_HEAP_MB
              ? [`--max-old-space-size=${process.env.BENCH_HEAP_MB}`]
              : []),
            '--import',
            'tsx',
            import.meta.filename,
            '--child',
            embedded.uri,
            format,
          ],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        const r = JSON.parse(out) as Record<string, number>;
        console.log(
          [
            size,
            format,
            r.nodes,
            r.relationships,
            r.seconds!.toFixed(2),
            (r.bytes! / 1e6).toFixed(1),
            r.peakRssMb!.toFixed(0),
          ].join('\t'),
        );
      }
    }
  } finally {
    await embedded.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

await main();
