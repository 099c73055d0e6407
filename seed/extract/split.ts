/**
 * Splits a corpus file into articles. Understands the web-clipping layout of the corpus
 * (headline printed twice, articles separated by "Please follow and like us:" share-button
 * lines, a leading "Category:" line), plain files holding one article, and files holding
 * several articles separated by a line `---`. Each article's `text` is an exact slice of the
 * file: every character offset downstream refers to it. It also reads the article's own date
 * line and dateline (see `dateline.ts`), which later stages resolve "on Wednesday" against. It
 * does not find sentences, names or events.
 */
import { findDateline, findDateLine } from './dateline';
import { slugify, truncateWords } from './text';
import type { SourceMeta } from '../documents/source-meta';

export interface SourceFile {
  name: string;
  text: string;
  /** What the document's format says about its source (a web page's metadata, a PDF's info). */
  meta?: SourceMeta;
}

export interface Span {
  start: number;
  end: number;
}

export interface Article {
  /** `article:<slug-of-title>`, stable across runs. */
  id: string;
  title: string;
  /**
   * Publication date (ISO) when a dateline, a date printed as a line of its own or a by-line
   * date gives one with its year.
   */
  published?: string;
  /** Where in `text` the publication date was read (the dateline or the date line). */
  publishedSpan?: Span;
  /** The wire dateline, e.g. "WASHINGTON, Dec. 4, 2017 /PRNewswire-USNewswire/". */
  dateline?: string;
  /** Where in `text` the dateline is, separator included. */
  datelineSpan?: Span;
  /** City named in the dateline, title-cased. */
  datelineCity?: string;
  text: string;
  /** A web page's canonical URL, site name and author (see documents/source-meta.ts). */
  url?: string;
  site?: string;
  author?: string;
  /** File the article came from, and the 1-based line where its text starts. */
  file: string;
  line: number;
}

const SEPARATOR = /^[ \t]*(?:Please follow and like us:?|-{3,})[ \t]*$/gm;
const CATEGORY_LINE = /^Category:.*$/;

interface Chunk {
  start: number;
  end: number;
}

function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    chunks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function nonEmptyLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  const regex = /[^\n]*/g;
  regex.lastIndex = from;
  for (let m = regex.exec(text); m && m.index < to; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex += 1;
      continue;
    }
    const end = Math.min(m.index + m[0].length, to);
    const value = text.slice(m.index, end);
    if (value.trim() !== '') lines.push({ text: value.trim(), start: m.index, end });
  }
  return lines;
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !/[.:,;]$/.test(line) && line.split(/\s+/).length >= 2;
}

function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Splits one file into articles; chunks with no prose (share lines, trailing blanks) are dropped. */
export function splitArticles(file: SourceFile): Article[] {
  const articles: Article[] = [];
  const usedIds = new Map<string, number>();
  for (const chunk of chunksOf(file.text)) {
    let lines = nonEmptyLines(file.text, chunk.start, chunk.end);
    if (lines[0] && CATEGORY_LINE.test(lines[0].text)) lines = lines.slice(1);
    // A date printed above the headline is the page's date, not its title.
    const dateAbove = lines.length > 2 ? findDateLine(lines[0]?.text ?? '') : undefined;
    if (dateAbove) lines = lines.slice(1);
    if (lines.length === 0) continue;
    const first = lines[0] as Line;
    let title: string | undefined;
    let bodyStart = first.start;
    // The clipping layout prints the headline twice; a plain file has it once, short and
    // without final punctuation, followed by more text.
    if (lines[1] && lines[1].text === first.text) {
      title = first.text;
      bodyStart = lines[2]?.start ?? chunk.end;
    } else if (lines.length > 1 && looksLikeHeadline(first.text)) {
      title = first.text;
      bodyStart = (lines[1] as Line).start;
    }
    const text = file.text.slice(bodyStart, chunk.end).trimEnd();
    if (text.trim() === '') continue;
    const article: Article = {
      id: '',
      title: title ?? '',
      text,
      file: file.name,
      line: lineNumberAt(file.text, bodyStart),
    };
    const dateline = findDateline(text);
    if (dateline) {
      article.dateline = dateline.text;
      article.datelineSpan = { start: dateline.start, end: dateline.end };
      if (dateline.city) article.datelineCity = dateline.city;
      if (dateline.date) {
        article.published = dateline.date;
        article.publishedSpan = dateline.dateSpan ?? { start: dateline.start, end: dateline.end };
      }
    }
    const dateLine = article.published ? undefined : findDateLine(text);
    if (dateLine) {
      article.published = dateLine.date;
      article.publishedSpan = { start: dateLine.start, end: dateLine.end };
    } else if (!article.published && dateAbove) article.published = dateAbove.date;
    // The date the page or PDF states for itself, when the text prints none.
    if (!article.published && file.meta?.published) article.published = file.meta.published;
    if (file.meta?.url) article.url = file.meta.url;
    if (file.meta?.site) article.site = file.meta.site;
    if (file.meta?.author) article.author = file.meta.author;
    // The id comes from the title, or from the opening words (cut, to keep ids short).
    let idText = article.title;
    if (!title) {
      // No headline (a wire story pasted without one): its opening sentence, whole, names it
      // (a title cut mid-sentence cannot be cited); the id keeps the cut form, so it is stable.
      const from = dateline && dateline.start === 0 ? dateline.end : 0;
      const opening = (text.slice(from).split(/(?<=[.!?])\s/)[0] ?? '').trim();
      article.title = opening;
      idText = truncateWords(opening, 90);
    }
    const base = slugify(idText);
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    article.id = `article:${seen === 0 ? base : `${base}-${seen + 1}`}`;
    articles.push(article);
  }
  return articles;
}
