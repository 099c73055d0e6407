/**
 * The bundled corpus as a prebuilt graph document (`seed/corpus/corpus.graph.json`), written
 * by `npm run build:corpus` (`npm run extract -- --out …`) and checked against the extractor by
 * `seed/corpus/corpus-graph.test.ts`. The server and the test set-up seed an empty database
 * from this file, so the NLP stack never runs inside the server. Reading a data file is not an
 * import of the seed app's code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDocument } from '../../model/graph-document';
import { InputError } from '../input-error';

export const CORPUS_GRAPH_FILE = path.resolve(
  import.meta.dirname,
  '../../seed/corpus/corpus.graph.json',
);

/** Reads the prebuilt corpus document; the loader validates it before writing. */
export async function readCorpusGraph(file = CORPUS_GRAPH_FILE): Promise<GraphDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(
      'missing-file',
      file,
      'the prebuilt corpus graph is missing; run `npm run build:corpus` to write it',
    );
  }
  try {
    return JSON.parse(text) as GraphDocument;
  } catch (error) {
    throw new InputError(
      'invalid-document',
      file,
      `not valid JSON (${(error as Error).message}); run \`npm run build:corpus\` to write it again`,
    );
  }
}
