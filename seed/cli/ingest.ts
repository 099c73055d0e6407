/**
 * `npm run ingest -- article.txt [more.pdf … | folder/] [--workers N]`: extracts new articles
 * and adds them to the graph, resolving their people and organizations against those already
 * there (a known person gains the new spelling as an alias). It reads text (.txt, .md), web
 * pages (.html, .htm), PDF and Word (.docx) through seed/documents/, as the browser's "Add
 * articles" does. A folder adds every such file in it; many files are analysed on every core (worker threads) with a progress line.
 * `--topics FILE` tags claims with a corpus's topics (e.g. seed/corpus/topics.json); without
 * it none are given, since a topic list belongs to one corpus.
 * Each article keeps its own event and ids of its own, whatever the graph already holds.
 * Invalid input (missing, empty, binary or non-UTF-8 file, no article text) is reported,
 * naming the file and line, before the database is touched; an article whose event, date,
 * place or speakers were not found is loaded and listed at the end as needing review.
 */
import { parseArgs } from 'node:util';
import { articlePaths } from '../extract/article-paths';
import { articleIdCandidates, assembleGraph, type AnalyzedFile } from '../extract/index';
import { analyzeFiles } from '../extract/parallel-analyze';
import { readCorpusFiles } from '../extract/read-corpus';
import { DOCUMENT_EXTENSIONS, readDocument } from '../documents/read-document';
import { readTopics, type Topic } from '../extract/topics';
import { loadGraphDocument } from '../../platform/load/load-graph';
import { progressBar } from '../load/progress-bar';
import { databaseRows, ingestDocument, type Assembly } from '../load/ingest';
import { formatSummary, reviewLines } from '../load/summary';
import { runLoaderCli, UsageError } from './run-loader-cli';

const USAGE =
  'usage: npm run ingest -- article.txt [more.html|.pdf|.docx … | folder/] [--workers N] [--topics topics.json]';

const DOCUMENT_FILE = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');

function parse(argv: string[]): { paths: string[]; workers?: number; topics: Topic[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      // `--lenient` once let through articles with no recognisable event or speakers; every
      // such article is now loaded and marked for review, so it is accepted and changes nothing.
      options: {
        workers: { type: 'string' },
        topics: { type: 'string' },
        lenient: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(`give at least one article file\n${USAGE}`);
  // Topics belong to a corpus: an ingest applies a topic list only when it is given one.
  const topics = values.topics ? readTopics(values.topics) : [];
  if (values.workers === undefined) return { paths: positionals, topics };
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new UsageError(
      `--workers must be a whole number from 1 to 64, got "${values.workers}"\n${USAGE}`,
    );
  return { paths: positionals, workers, topics };
}

/** A plain progress line every few seconds, on stderr, while files are analysed. */
function analysisProgress(): (done: number, total: number) => void {
  const started = Date.now();
  let last = 0;
  return (done, total) => {
    if (total < 8 || (done < total && Date.now() - last < 2000)) return;
    last = Date.now();
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(
      `ingest: analysed ${done}/${total} files (${Math.round((done / total) * 100)}%, ${(done / Math.max(seconds, 0.001)).toFixed(1)} files/s)\n`,
    );
  };
}

interface Prepared {
  analyzed: AnalyzedFile[];
  topics: Topic[];
}

await runLoaderCli(
  'ingest',
  async (): Promise<Prepared> => {
    const { paths, workers, topics } = parse(process.argv.slice(2));
    const sources = await readCorpusFiles(await articlePaths(paths, DOCUMENT_FILE), readDocument);
    return {
      analyzed: await analyzeFiles(sources, { workers, onProgress: analysisProgress() }),
      topics,
    };
  },
  async ({ db, cypher, signal }, { analyzed, topics }: Prepared) => {
    const candidates = analyzed.flatMap((file) =>
      file.analyses.map((a) => ({ ids: articleIdCandidates(a.article), text: a.article.text })),
    );
    const extract = (assembly: Assembly) => assembleGraph(analyzed, { ...assembly, topics });
    const { document, merged } = await ingestDocument(
      databaseRows(db, cypher),
      extract,
      candidates,
    );
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
