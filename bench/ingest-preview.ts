/**
 * `npm run bench:ingest-preview [-- --rounds 6]`: how long the preview of a one-file batch
 * ("Add articles", `POST /api/ingest?dryRun=true`) takes, round after round, on a scratch
 * embedded Neo4j (free port, temp dir, the schema and the bundled corpus loaded so the
 * lookups have a graph to answer from). Each round is one call of the ingest jobs' preview,
 * the server's own code path behind the route, with one invented wire report
 * (seed/fixtures/wire/). The first round pays for starting the ingest worker; the figure that
 * matters for an analyst is the later rounds, when the worker is already warm (or, before it
 * was kept, started again). Prints each round's wall time and the median of the later ones.
 * Not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import { silentLogger } from '../platform/logger';
import { ingestJobs } from '../server/ingest/jobs';
import { readCorpusGraph } from '../platform/load/corpus-document';
import { loadGraphDocument } from '../platform/load/load-graph';
import { freePort } from '../test/support/free-port';

const i = process.argv.indexOf('--rounds');
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 6;
const REPORT = path.resolve(import.meta.dirname, '../seed/fixtures/wire/05-port-forum.txt');

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-ingest-'));
const embedded = new EmbeddedNeo4j({
  home,
  boltPort: await freePort(),
  heap: '512m',
  pageCacheMb: 128,
});
await embedded.start();
const driver = createDriver(embedded.uri);
const db = { driver, database: 'neo4j' };
const cypher = loadCypherLibrary();
try {
  await applySchema(driver, cypher, 'neo4j');
  await loadGraphDocument(db, cypher, await readCorpusGraph());
  const jobs = ingestJobs({ db, cypher, log: silentLogger });
  const times: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const dir = fs.mkdtempSync(path.join(home, 'upload-'));
    const file = path.join(dir, '1.upload');
    fs.copyFileSync(REPORT, file);
    const t = performance.now();
    const [doc] = await jobs.preview([{ name: 'port-forum.txt', path: file }], dir);
    const ms = performance.now() - t;
    times.push(ms);
    console.log(
      `round ${round}: ${ms.toFixed(0)} ms (${doc?.ok ? 'ok' : 'refused'}, ${doc?.articles[0]?.speakers.length ?? 0} speakers)`,
    );
  }
  const later = times.slice(1).sort((a, b) => a - b);
  const median = later[Math.floor(later.length / 2)] ?? NaN;
  console.log(
    `first round ${times[0]?.toFixed(0)} ms; median of later rounds ${median.toFixed(0)} ms`,
  );
} finally {
  await driver.close();
  await embedded.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
