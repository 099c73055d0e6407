/**
 * Sentence segmentation with exact character offsets into the article text, tuned to the
 * press-report genre: a paragraph that ends with a comma continues in the next one (the
 * clippings break "Speakers included …," across blank lines), honorifics and initials such as
 * "Mr.", "Dec.", "U.S." do not end a sentence, and a quotation spanning several sentences is
 * exposed as a region so that attribution can follow it. It does not tag parts of speech.
 */
import { readFileSync } from 'node:fs';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the (joined) paragraph the sentence belongs to. */
  paragraph: number;
}

export interface Region {
  start: number;
  end: number;
}

// Honorifics, ranks and months written with a dot ("Cllr. Ana Ruiz", "Dec. 4"): data, so a new
// genre's titles are a line in the file.
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    JSON.parse(readFileSync(new URL('./vocab/abbreviations.json', import.meta.url), 'utf8')) as {
      words: string[];
    }
  ).words,
);

interface Paragraph {
  start: number;
  end: number;
}

/** Paragraphs are runs of non-blank lines; one ending in a comma runs on into the next. */
export function paragraphsOf(text: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  const regex = /[^\n]+/g;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].trim() === '') continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    blocks.push({ start, end: m.index + m[0].trimEnd().length });
  }
  const joined: Paragraph[] = [];
  for (const block of blocks) {
    const last = joined[joined.length - 1];
    if (last && text.slice(last.start, last.end).endsWith(',')) last.end = block.end;
    else joined.push({ ...block });
  }
  return joined;
}

function endsSentence(text: string, dot: number): boolean {
  const char = text[dot];
  if (char !== '.') return true;
  const before = /([\p{L}]+)\.$/u.exec(text.slice(Math.max(0, dot - 12), dot + 1));
  if (!before) return true;
  const word = before[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Single capital letters are initials or parts of "U.S.", "U.N.".
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  return true;
}

/** Splits the article into sentences; offsets are into `text`, `text.slice(start, end)` is exact. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphsOf(text).forEach((paragraph, index) => {
    let start = paragraph.start;
    // A boundary is terminal punctuation, optional closing quotes/brackets, then whitespace and
    // an opening capital, digit or quote.
    const boundary = /([.!?…])([”"’)\]]*)(\s+)(?=[“"‘(\p{Lu}\d])/gu;
    const body = text.slice(paragraph.start, paragraph.end);
    for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
      const dot = paragraph.start + m.index;
      if (!endsSentence(text, dot)) continue;
      const end = dot + 1 + (m[2]?.length ?? 0);
      if (end > start)
        sentences.push({ start, end, text: text.slice(start, end), paragraph: index });
      start = end + (m[3]?.length ?? 0);
    }
    if (paragraph.end > start) {
      sentences.push({
        start,
        end: paragraph.end,
        text: text.slice(start, paragraph.end),
        paragraph: index,
      });
    }
  });
  return sentences;
}

/**
 * Double-quoted regions (“…” or "…") inside each paragraph, including the marks. An
 * unclosed quote runs to the end of its paragraph, as happens when a reporter forgets the
 * closing mark.
 */
export function quotedRegions(text: string): Region[] {
  const regions: Region[] = [];
  for (const paragraph of paragraphsOf(text)) {
    let open: number | undefined;
    for (let i = paragraph.start; i < paragraph.end; i += 1) {
      const char = text[i];
      if (char === '“' || (char === '"' && open === undefined)) open = i;
      else if ((char === '”' || char === '"') && open !== undefined) {
        regions.push({ start: open, end: i + 1 });
        open = undefined;
      }
    }
    if (open !== undefined) regions.push({ start: open, end: paragraph.end });
  }
  return regions;
}

export function insideRegion(regions: Region[], offset: number): Region | undefined {
  return regions.find((region) => offset > region.start && offset < region.end - 1);
}
