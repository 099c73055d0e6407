/**
 * `npm run seed [-- --reset] [--graph graph.json]`: loads the bundled corpus (or a graph
 * document written by `npm run extract`) into Neo4j. Running it twice changes nothing.
 * `--reset` first deletes the extracted graph (saved queries and corrections are kept).
 * Analysts' corrections are replayed over the loaded graph (without --reset they are first
 * reverted, so the load meets the extracted state it wrote): docs/corrections.md.
 */
import { readFile } from 'node:fs/promises';
import type { GraphDocument } from '../../model/graph-document';
import { InputError } from '../../platform/input-error';
import { assertValidGraphDocument } from '../../platform/load/validate-graph-document';
import { corpusGraph } from '../load/corpus';
import { clearGraph, loadGraphDocument } from '../../platform/load/load-graph';
import { progressBar } from '../load/progress-bar';
import { correctionEngine } from '../../platform/corrections/engine';
import { correctionLine, formatSummary, reviewLines } from '../load/summary';
import { runLoaderCli, UsageError } from './run-loader-cli';

const USAGE = 'usage: npm run seed -- [--reset] [--graph graph.json] [--chunk-elements N]';

interface SeedArgs {
  reset: boolean;
  graph?: string;
  /** Elements per transaction (whole articles are never split). */
  chunkElements?: number;
}

function parseArgs(argv: string[]): SeedArgs {
  let reset = false;
  let graph: string | undefined;
  let chunkElements: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--reset') reset = true;
    else if (arg === '--graph') {
      graph = argv[++i];
      if (!graph) throw new UsageError(`--graph needs a file name\n${USAGE}`);
    } else if (arg === '--chunk-elements') {
      chunkElements = Number(argv[++i]);
      if (!Number.isInteger(chunkElements) || chunkElements < 1)
        throw new UsageError(`--chunk-elements needs a positive integer\n${USAGE}`);
    } else throw new UsageError(`unknown argument "${arg}"\n${USAGE}`);
  }
  return { reset, graph, chunkElements };
}

async function readGraphFile(file: string): Promise<GraphDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'missing-file' : 'unreadable-file',
      file,
      code === 'ENOENT' ? 'no such file' : `cannot read it (${code})`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      'invalid-document',
      file,
      `not valid JSON (${(error as Error).message}); was it written completely by npm run extract?`,
    );
  }
  assertValidGraphDocument(document, file);
  return document as GraphDocument;
}

const args = (() => {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`seed: ${(error as Error).message}`);
    process.exit(2);
  }
})();

await runLoaderCli(
  'seed',
  () => (args.graph ? readGraphFile(args.graph) : corpusGraph()),
  async ({ db, cypher, signal }, document: GraphDocument) => {
    const corrections = correctionEngine(db, cypher);
    if (args.reset) {
      console.error(
        'seed: --reset: deleting the extracted graph (saved queries and corrections are kept)…',
      );
      await clearGraph(db, cypher);
    } else await corrections.revert();
    const bar = progressBar('seed');
    try {
      const summary = await loadGraphDocument(db, cypher, document, {
        signal,
        trusted: true,
        chunkElements: args.chunkElements,
        onProgress: (p) => bar.update(p),
      });
      bar.finish();
      console.log(formatSummary(summary));
      for (const line of reviewLines(document)) console.log(`seed: ${line}`);
      console.log(correctionLine('seed', await corrections.replay()));
    } finally {
      bar.finish();
    }
  },
);
