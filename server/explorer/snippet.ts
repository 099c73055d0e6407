/**
 * Where the words of a full-text query match a text, the way the index matched them (each word
 * exactly, as a prefix, or within the edit distance lucene.ts allows), and a snippet of the
 * text around the first match with those spans, so the client marks them as text nodes and
 * never parses HTML. Pure functions, no Neo4j; the ranking itself is the index's.
 */
import { editDistance, queryWords } from './lucene';

/** A `[start, end)` span in UTF-16 code units of the text it was found in. */
export type Span = [number, number];

/** The edit distance lucene.ts allows a query word of this length. */
const allowed = (word: string) => (word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2);

/** Whether a word of the text matches a query word as the index would. */
export function wordMatches(token: string, word: string): boolean {
  if (token === word || (word.length > 1 && token.startsWith(word))) return true;
  const fuzzy = allowed(word);
  return fuzzy > 0 && Math.abs(token.length - word.length) <= fuzzy
    ? editDistance(token, word) <= fuzzy
    : false;
}

/** The spans of `text`'s words that match a word of `q`. */
export function matchSpans(text: string, q: string): Span[] {
  const words = queryWords(q);
  if (!words.length) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = match[0].toLowerCase();
    if (words.some((w) => wordMatches(token, w)))
      spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

export interface Snippet {
  text: string;
  /** Matching words, as spans of `text`. */
  marks: Span[];
}

/**
 * Up to `length` characters of `text` around its first match (the whole text when it is
 * short), cut at word boundaries, with "…" where it was cut and the matches inside it.
 */
export function snippet(text: string, q: string, length = 220): Snippet {
  const spans = matchSpans(text, q);
  if (text.length <= length) return { text, marks: spans };
  // Around the first exact match, when there is one: that is the word the reader typed.
  const words = new Set(queryWords(q));
  const exact = spans.find(([a, b]) => words.has(text.slice(a, b).toLowerCase()));
  const first = (exact ?? spans[0])?.[0] ?? 0;
  let start = Math.max(0, first - Math.round(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  // Whole words only.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = head.length - start;
  return {
    text: `${head}${text.slice(start, end)}${tail}`,
    marks: spans.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
