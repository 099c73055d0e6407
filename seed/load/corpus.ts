/**
 * The bundled corpus as a graph document: every `.txt` file in seed/corpus, extracted with the
 * default curation and the corpus's topics (`seed/corpus/topics.json`). Shared by `npm run seed`, start-up seeding and the test set-up so that all
 * three load the same graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../../model/graph-document';
import { extractGraph } from '../extract/index';
import { readCorpusFiles } from '../extract/read-corpus';
import { CORPUS_TOPICS } from '../extract/topics';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../corpus');

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function corpusGraph(dir = CORPUS_DIR): Promise<GraphDocument> {
  return extractGraph(await readCorpusFiles(corpusFiles(dir)), { topics: CORPUS_TOPICS });
}
