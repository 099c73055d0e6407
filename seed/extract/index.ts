/**
 * Entry point of the extraction pipeline: `extractGraph(files)` turns corpus files into a
 * validated, deterministic graph document. Pure: no file or network I/O (see
 * `read-corpus.ts` for reading files). Articles with no recognisable event or participants
 * are input errors unless the caller opts out with `{ strict: false }`.
 */
import type { GraphDocument } from '../graph-document';
import { analyzeArticle, type ArticleAnalysis } from './analyze';
import { buildDocument } from './build';
import { DEFAULT_CURATION, type Curation } from './curation';
import { findDates } from './dates';
import { InputError } from './input-error';
import { splitArticles, type SourceFile } from './split';
import { assertValidGraphDocument } from './validate';

export interface ExtractOptions {
  /** Throw InputError for articles without an event or participants (default true). */
  strict?: boolean;
  /** Curated aliases and spellings; defaults to `seed/curation.json`. */
  curation?: Curation;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** The year most explicit dates in a file fall in: completes "August 30" in a 2017 collection. */
function usualYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const date of findDates(text))
    if (date.year && date.year >= 1990) counts.set(date.year, (counts.get(date.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

export function extractGraph(files: SourceFile[], options: ExtractOptions = {}): GraphDocument {
  const strict = options.strict ?? true;
  const analyses: ArticleAnalysis[] = [];
  for (const file of files) {
    if (file.text.trim() === '')
      throw new InputError(
        'empty-file',
        file.name,
        'the file is empty; give a text file with at least one article',
      );
    const articles = splitArticles(file);
    if (articles.length === 0)
      throw new InputError(
        'no-articles',
        file.name,
        'no article text found (only separators or a headline)',
      );
    const year = usualYear(file.text);
    for (const article of articles) {
      const analysis = analyzeArticle(article, year);
      if (strict && !analysis.event) {
        throw new InputError(
          'no-event',
          file.name,
          `article "${article.title}" reports no recognisable event (panel, conference, side event, exhibition, address, meeting …)`,
          article.line,
        );
      }
      if (strict && analysis.participations.length === 0) {
        throw new InputError(
          'no-participants',
          file.name,
          `article "${article.title}" names no speaker or participant of its event`,
          article.line,
        );
      }
      analyses.push(analysis);
    }
  }
  const document = buildDocument(
    files.map((file) => baseName(file.name)),
    analyses,
    options.curation ?? DEFAULT_CURATION,
  );
  assertValidGraphDocument(document);
  return document;
}

export { InputError } from './input-error';
export { validateGraphDocument, assertValidGraphDocument } from './validate';
export type { SourceFile } from './split';
