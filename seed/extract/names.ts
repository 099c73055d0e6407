/**
 * Personal-name recognition for the genre: regular-expression building blocks for capitalised
 * name sequences (hyphenated surnames, particles such as "de", honorifics), a cleaner that
 * strips honorifics, titles and nationality words ("former Algerian Prime Minister Sid Ahmed
 * Ghozali" → "Sid Ahmed Ghozali"), a plausibility test, and compromise's `.people()` as a
 * second signal. It does not decide who spoke: that is the participation and claim stages.
 */
import nlp from 'compromise';
import { NAME_PARTICLES, stripAccents, titleCaseName } from './text';
import { memo } from './memo';
import { readFileSync } from 'node:fs';
import { isHonorificWord } from './vocab';

/** Title, non-name and organisation head words: data, so that a new genre grows the lists. */
const NAME_WORDS = JSON.parse(
  readFileSync(new URL('./vocab/name-words.json', import.meta.url), 'utf8'),
) as {
  titleWords: string[];
  notNameWords: string[];
  organizationHeadWords: string[];
  partyNouns: string[];
  familyNameFirst: string[];
};

/** One capitalised name word: "Kouchner", "Vidal-Quadras", "Jean-François", "O’Neil". */
export const NAME_WORD = String.raw`(?<![\p{L}\p{M}])\p{Lu}(?:[\p{Ll}\p{M}]+(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?|['’]\p{Lu}[\p{Ll}\p{M}]+)(?:-\p{Lu}?[\p{Ll}\p{M}]+)*`;
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
export const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Madame|Mme|Sir|Dame)\.?`;
/** Up to five name words, allowing lowercase particles between them. */
export const NAME_SEQUENCE = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,7}`;
/** A name as written in running text, with an optional honorific. */
export const PERSON_NAME = String.raw`(?:${HONORIFIC}\s+)?${NAME_SEQUENCE}`;

/** Words that introduce or qualify a name without being part of it. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...NAME_WORDS.titleWords,
  ...NAME_WORDS.partyNouns,
]);

const PARTY_NOUNS: ReadonlySet<string> = new Set(NAME_WORDS.partyNouns);

/**
 * "Democrat", "Republican": a party member's noun. "Republican Jane Doe" is titled by it, and
 * "the Maine Democrat" describes someone already named rather than naming anyone.
 */
export function isPartyNoun(word: string): boolean {
  return PARTY_NOUNS.has(word.toLowerCase());
}

// East Asian family names, which reports print before the given name ("Liu Wenhao").
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(NAME_WORDS.familyNameFirst);

/** Whether a word is an East Asian family name, printed before the given name ("Park Seo-yeon"). */
export function isFamilyNameFirst(word: string): boolean {
  // Folded as the list is written: "Nguyễn" → "nguyen", "Đặng" → "dang".
  const folded = stripAccents(word).replace(/[Đđ]/gu, 'd');
  return FAMILY_NAME_FIRST.has(folded.toLowerCase());
}

/** Capitalised words that start sentences or clauses but never names. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(NAME_WORDS.notNameWords);

/** Head words of organisation names; a "name" containing one is not a person. */
export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set(
  NAME_WORDS.organizationHeadWords,
);

const isDemonym = memo((word: string) => nlp(word).has('#Demonym'));

/** "Farmer Agnes Doyle", "Hydrologist Ana Reyes": an occupation noun is a title, not a name. */
export const isOccupation = memo((word: string) => {
  const doc = nlp(word);
  return doc.has('#Actor') && !doc.has('#FirstName') && !doc.has('#LastName');
});

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/, '');
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(`${lower}.`)) return true;
  // "Vice-Chancellor", "Secretary-General": a compound of title words is one.
  if (
    lower.includes('-') &&
    lower.split('-').every((part) => TITLE_WORDS.has(part) || isHonorificWord(part))
  )
    return true;
  // The honorifics of the reporting vocabulary ("Canon", "Registrar") are titles too.
  if (/^\p{Lu}/u.test(word) && isHonorificWord(lower)) return true;
  // Nationality adjectives ("Algerian", "Swiss", "Scottish") qualify titles, never names.
  return isDemonym(word);
}

export interface CleanName {
  /** The name without honorific or titles, as written (case kept). */
  name: string;
  /** Title words stripped from the front, e.g. "former Algerian Prime Minister". */
  title?: string;
  honorific?: string;
}

/**
 * Strips honorifics, leading titles and possessives from a captured name. Returns undefined
 * when what is left is not a plausible personal name.
 */
export function cleanPersonName(
  raw: string,
  options: { allowSingle?: boolean; fixCase?: boolean } = {},
): CleanName | undefined {
  let words = raw
    .replace(/['’]s$/, '')
    .replace(/[,;:.]+$/, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  // "Poems of the Harbour – Ana Reyes": a name never runs across a dash or other punctuation.
  const cut = words.findLastIndex((word) => !/[\p{L}\p{N}]/u.test(word));
  if (cut >= 0) words = words.slice(cut + 1);
  // "Devon Ashford (Ind, Westfield)": a bracket after the name closes it.
  const bracket = words.findIndex((word, i) => i > 0 && /^[([]/u.test(word));
  if (bracket > 0) words = words.slice(0, bracket);
  // "Norway's Karsten Lund", "the league's Ana Ruiz": what a possessive names is not the name.
  const owner = words.findLastIndex((word, i) => i < words.length - 1 && /['’]s$/u.test(word));
  if (owner >= 0) words = words.slice(owner + 1);
  const titleWords: string[] = [];
  let honorific: string | undefined;
  // "Ninety-year-old Kohn", "52-year-old Ana Ruiz": an age is a description, never a name.
  while (
    words.length > 0 &&
    (NOT_NAME_WORDS.has((words[0] ?? '').toLowerCase()) || /-years?-old$/iu.test(words[0] ?? ''))
  )
    words = words.slice(1);
  while (
    words.length > 1 &&
    (isTitleWord(words[0] ?? '') || (words.length > 2 && isOccupation(words[0] ?? '')))
  ) {
    const word = words[0] ?? '';
    if (new RegExp(`^${HONORIFIC}$`).test(word)) honorific = word;
    else titleWords.push(word);
    words = words.slice(1);
  }
  // "Environment Minister Helena Matos", "Trade Commissioner Ana Ruiz": a portfolio word that
  // is no title itself qualifies the title after it; the name is what follows the title (the
  // last one: "Kestland Deputy Cabinet Secretary Imani Odhiambo").
  const inner = words.findLastIndex(
    (word, i) => i > 0 && i <= words.length - 3 && /^\p{Lu}/u.test(word) && isHonorificWord(word),
  );
  if (inner > 0 && !isKnownFirstName(words[0] ?? '')) {
    titleWords.push(...words.slice(0, inner + 1));
    words = words.slice(inner + 1);
  }
  // Trailing title words ("Gérard Deprez MEP", a stray "Mrs") are not part of the name either.
  while (
    words.length > 1 &&
    (/^\p{Lu}{2,}s?$/u.test(words[words.length - 1] ?? '') ||
      new RegExp(`^${HONORIFIC}$`).test(words[words.length - 1] ?? ''))
  )
    words = words.slice(0, -1);
  if (words.length === 0) return undefined;
  if (words.length === 1 && !options.allowSingle) return undefined;
  if (words.some((word) => ORGANIZATION_HEAD_WORDS.has(word.toLowerCase()))) return undefined;
  if (words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()) && !NAME_PARTICLES.has(word)))
    return undefined;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return undefined;
  // A lowercase word inside a name is either a particle or a typo the caller vouches for.
  if (!options.fixCase && words.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)))
    return undefined;
  if (words.some((word) => /^\p{Lu}{2,}$/u.test(word))) return undefined;
  const result: CleanName = { name: normaliseNameCase(words.join(' ')) };
  if (titleWords.length > 0) result.title = titleWords.join(' ');
  if (honorific) result.honorific = honorific;
  return result;
}

/** "Julie ward" → "Julie Ward": a lowercase non-particle word inside a name is a typo. */
export function normaliseNameCase(name: string): string {
  return titleCaseName(name);
}

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * Person names found by compromise in `text` (offsets relative to `text`), cleaned of
 * honorifics and truncated hyphenations. Used as a second opinion beside the patterns.
 */
export function compromisePeople(text: string): NameSpan[] {
  const found: NameSpan[] = [];
  const doc = nlp(text);
  const json = doc.people().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  for (const person of json) {
    let start = person.offset.start;
    let end = start + person.offset.length;
    // compromise cuts hyphenated surnames ("Vidal-"): extend to the end of the word.
    while (end < text.length && /[\p{L}\p{M}-]/u.test(text[end] ?? '')) end += 1;
    // …and misses trailing surnames ("Sid Ahmed" of "Sid Ahmed Ghozali").
    const more = new RegExp(`^[ \\t]+(?:${PARTICLE}[ \\t]+)?${NAME_WORD}`, 'u').exec(
      text.slice(end),
    );
    if (more && !/[,;:.]$/.test(text.slice(start, end))) end += more[0].length;
    // Never across a line break: clippings put captions and names on separate lines.
    const newline = text.slice(start, end).search(/\n/);
    if (newline > 0) end = start + newline;
    let raw = text.slice(start, end);
    const trimmed = raw.replace(/[\s,;:.]+$/, '');
    end = start + trimmed.length;
    raw = trimmed;
    const clean = cleanPersonName(raw);
    if (!clean) continue;
    start = start + raw.lastIndexOf(clean.name.split(' ')[0] ?? '');
    found.push({ name: clean.name, start, end });
  }
  return found;
}

/**
 * A lowercase surname after a known given name ("Julie ward, member of …") is a name the
 * capitalisation patterns cannot see; compromise's lexicon of first names can.
 */
export const isKnownFirstName = memo((word: string): boolean => nlp(word).has('#FirstName'));
