/**
 * Entry point of the extraction pipeline: `extractGraph(files)` turns corpus files into a
 * validated, deterministic graph document. Pure: no file or network I/O (see
 * `read-corpus.ts` for reading files). Only invalid input is an error (an empty file, a file
 * with no article text); an article in which no event, date, place or speaker is recognised
 * is kept with what was found and marked `needsReview` (see review.ts).
 */
import type { GraphDocument } from '../../model/graph-document';
import { analyzeArticle, type ArticleAnalysis } from './analyze';
import { buildDocument } from './build';
import { DEFAULT_CURATION, type Curation } from './curation';
import { findDates } from './dates';
import { InputError } from '../../platform/input-error';
import { splitArticles, type Article, type SourceFile } from './split';
import { shortHash } from './text';
import type { Topic } from './topics';
import { assertValidGraphDocument } from '../../platform/load/validate-graph-document';

export interface ExtractOptions {
  /** Curated aliases and spellings; defaults to `seed/curation.json`. */
  curation?: Curation;
  /**
   * Ids that already name other content, e.g. the graph an ingest adds to: an article id there
   * holding another text, an event or claim id reported by another article. An article whose
   * id is taken gets a hash of its text appended; an event or claim a numeric suffix.
   */
  takenIds?: ReadonlySet<string>;
  /**
   * Texts the graph already holds, with the id of their article: such a text keeps that id, so
   * a batch that lists known reports in another order than before duplicates none.
   */
  knownArticles?: ReadonlyMap<string, string>;
  /** The corpus's topics (`topics.ts`); none by default, since topics belong to one corpus. */
  topics?: readonly Topic[];
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

/**
 * Article ids are `article:<slug of the headline>` (split.ts), which two different reports can
 * share: the same headline in two files, or two generic ones. The first keeps the plain id (so
 * the bundled corpus's ids never change); a different text under an id already used in this
 * run or taken in the graph gets `-<hash of its text>`, the same on every run. The same text
 * under the same id is the same article, given twice: `undefined`, so it is kept once.
 */
class ArticleIds {
  private readonly texts = new Map<string, string>();
  constructor(
    private readonly taken: ReadonlySet<string>,
    private readonly known: ReadonlyMap<string, string>,
  ) {}

  private clashes(id: string, text: string): boolean {
    if (this.taken.has(id)) return true;
    const used = this.texts.get(id);
    return used !== undefined && used !== text;
  }

  assign(article: Article): string | undefined {
    const { text } = article;
    // A text the graph already holds is that article, whatever order this batch comes in.
    const pinned = this.known.get(text);
    let id = pinned ?? baseArticleId(article);
    if (!pinned && this.clashes(id, text)) {
      const hashed = `${id}-${shortHash(text)}`;
      id = hashed;
      for (let n = 2; this.clashes(id, text); n += 1) id = `${hashed}-${n}`;
    }
    if (this.texts.get(id) === text) return undefined;
    this.texts.set(id, text);
    return id;
  }
}

/** The id split.ts gives an article; a headline with no letters or digits slugs to nothing. */
function baseArticleId(article: Article): string {
  return article.id === 'article:' ? `article:untitled-${shortHash(article.text)}` : article.id;
}

/** The ids an article could have been given before (plain, or with its text's hash). */
export function articleIdCandidates(article: Article): string[] {
  const base = baseArticleId(article);
  return [base, `${base}-${shortHash(article.text)}`];
}

/** One file's articles, analysed with the ids split.ts gave them (assembly assigns the final ids). */
export interface AnalyzedFile {
  name: string;
  analyses: ArticleAnalysis[];
}

/** Splits and analyses one file; the part of extraction that runs in parallel. */
export function analyzeFile(file: SourceFile): AnalyzedFile {
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
  return { name: file.name, analyses: articles.map((article) => analyzeArticle(article, year)) };
}

/**
 * Assigns the articles their final ids (see ArticleIds) and builds the validated document. It
 * can run again over the same analyses with other ids reserved, without analysing again.
 */
export function assembleGraph(files: AnalyzedFile[], options: ExtractOptions = {}): GraphDocument {
  const takenIds = options.takenIds ?? new Set<string>();
  const ids = new ArticleIds(takenIds, options.knownArticles ?? new Map());
  const analyses: ArticleAnalysis[] = [];
  for (const file of files)
    for (const analysis of file.analyses) {
      const id = ids.assign(analysis.article);
      if (id !== undefined) analyses.push({ ...analysis, article: { ...analysis.article, id } });
    }
  const document = buildDocument(
    files.map((file) => baseName(file.name)),
    analyses,
    options.curation ?? DEFAULT_CURATION,
    takenIds,
    options.topics ?? [],
  );
  assertValidGraphDocument(document);
  return document;
}

export function extractGraph(files: SourceFile[], options: ExtractOptions = {}): GraphDocument {
  return assembleGraph(files.map(analyzeFile), options);
}

export { InputError } from '../../platform/input-error';
export {
  validateGraphDocument,
  assertValidGraphDocument,
} from '../../platform/load/validate-graph-document';
export type { SourceFile } from './split';
