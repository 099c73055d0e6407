/**
 * `npm run ingest -- article.txt [more.txt …] [--lenient]`: extracts new articles and adds
 * them to the graph, resolving their people and organizations against those already there
 * (a known person gains the new spelling as an alias). Bad input is reported, naming the file
 * and line, before the database is touched.
 */
import { extractGraph } from '../extract/index';
import { readCorpusFiles } from '../extract/read-corpus';
import type { GraphDocument } from '../graph-document';
import { loadGraphDocument } from '../load/load-graph';
import { progressBar } from '../load/progress-bar';
import { ingestDocument } from '../load/ingest';
import { formatSummary } from '../load/summary';
import { runLoaderCli, UsageError } from './run-loader-cli';

const USAGE = 'usage: npm run ingest -- article.txt [more.txt …] [--lenient]';

const argv = process.argv.slice(2);
const lenient = argv.includes('--lenient');
const files = argv.filter((arg) => arg !== '--lenient');

await runLoaderCli(
  'ingest',
  async () => {
    const unknown = files.find((f) => f.startsWith('--'));
    if (unknown) throw new UsageError(`unknown option "${unknown}"\n${USAGE}`);
    if (files.length === 0) throw new UsageError(`give at least one article file\n${USAGE}`);
    return extractGraph(await readCorpusFiles(files), { strict: !lenient });
  },
  async ({ db, cypher, signal }, extracted: GraphDocument) => {
    const { document, merged } = await ingestDocument(db, cypher, extracted);
    for (const m of merged) console.error(`ingest: "${m.from}" is the known ${m.to} (${m.name})`);
    const bar = progressBar('ingest');
    const summary = await loadGraphDocument(db, cypher, document, {
      signal,
      onProgress: (p) => bar.update(p),
    });
    bar.finish();
    console.log(formatSummary(summary));
  },
);
