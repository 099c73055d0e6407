/**
 * `npm run ingest -- article.txt [more.txt …]`: extracts new articles and adds them to the
 * graph, resolving their people and organizations against those already there (a known person
 * gains the new spelling as an alias). Each article keeps its own event and ids of its own,
 * whatever the graph already holds. Invalid input (missing, empty, binary or non-UTF-8 file,
 * no article text) is reported, naming the file and line, before the database is touched; an
 * article whose event, date, place or speakers were not found is loaded and listed at the end
 * as needing review.
 */
import { extractGraph } from '../extract/index';
import { readCorpusFiles } from '../extract/read-corpus';
import type { SourceFile } from '../extract/split';
import type { GraphDocument } from '../graph-document';
import { loadGraphDocument } from '../load/load-graph';
import { progressBar } from '../load/progress-bar';
import { ingestDocument } from '../load/ingest';
import { formatSummary, reviewLines } from '../load/summary';
import { runLoaderCli, UsageError } from './run-loader-cli';

const USAGE = 'usage: npm run ingest -- article.txt [more.txt …]';

// `--lenient` once let through articles with no recognisable event or speakers; every such
// article is now loaded and marked for review, so the flag is accepted and changes nothing.
const files = process.argv.slice(2).filter((arg) => arg !== '--lenient');

interface Prepared {
  sources: SourceFile[];
  extracted: GraphDocument;
}

await runLoaderCli(
  'ingest',
  async (): Promise<Prepared> => {
    const unknown = files.find((f) => f.startsWith('--'));
    if (unknown) throw new UsageError(`unknown option "${unknown}"\n${USAGE}`);
    if (files.length === 0) throw new UsageError(`give at least one article file\n${USAGE}`);
    const sources = await readCorpusFiles(files);
    return { sources, extracted: extractGraph(sources) };
  },
  async ({ db, cypher, signal }, { sources, extracted }: Prepared) => {
    const { document, merged } = await ingestDocument(db, cypher, sources, extracted);
    for (const m of merged) console.error(`ingest: "${m.from}" is the known ${m.to} (${m.name})`);
    const bar = progressBar('ingest');
    const summary = await loadGraphDocument(db, cypher, document, {
      signal,
      onProgress: (p) => bar.update(p),
    });
    bar.finish();
    console.log(formatSummary(summary));
    for (const line of reviewLines(document)) console.log(`ingest: ${line}`);
  },
);
