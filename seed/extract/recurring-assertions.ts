/**
 * Recurring assertions found by similarity, for any corpus: two claims by different speakers
 * assert alike when they share a rare phrase of content words ("30,000 political prisoners",
 * "commission of inquiry", "carbon border tax"). Phrases are word n-grams (2–4 words) that
 * neither start nor end with a function word (vocab/function-words.json) and hold no word of a
 * person's name; a phrase counts when claims of at least two speakers share it and few claims
 * do (a phrase in a third of all claims is the corpus's subject, not an assertion). Phrases
 * shared by the same claims are one assertion, named by its longest phrase. Not for the
 * corpus's own curated assertions (assertions.ts): it skips claim sets those already cover.
 */
import { readFileSync } from 'node:fs';
import { slugify } from './text';
import { isReportWord } from './vocab';

export interface AssertionClaim {
  id: string;
  /** Ids of the people the claim is by. */
  by: string[];
  quote: string;
  /** Lower-cased words of the people's names in the claim's article, never part of a phrase. */
  nameWords: ReadonlySet<string>;
  /** Lower-cased names of the article's organizations: a phrase inside one names a body. */
  bodyNames: readonly string[];
}

export interface RecurringAssertion {
  id: string;
  text: string;
  claims: string[];
  speakers: number;
}

const FUNCTION_WORDS = new Set(
  (
    JSON.parse(readFileSync(new URL('./vocab/function-words.json', import.meta.url), 'utf8')) as {
      words: string[];
    }
  ).words,
);

const MIN_WORDS = 2;
const MAX_WORDS = 4;
/** At most this share of all claims may hold a phrase (never fewer than 3): more is the corpus's subject. */
const MAX_SHARE = 0.1;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

interface Token {
  key: string;
  text: string;
}

function tokens(quote: string): Token[] {
  return [...quote.matchAll(TOKEN)].map((m) => {
    const text = m[0];
    // "30,000" and "30.000" are one figure; "crimes" and "crime's" are "crime".
    const key = /^\d[\d,.]*$/.test(text)
      ? text.replace(/[,.]/g, '')
      : text
          .toLowerCase()
          .replace(/['’]s$/, '')
          .replace(/(?<=\p{L}{3})s$/u, '');
    return { key, text };
  });
}

const contentWord = (key: string) =>
  !FUNCTION_WORDS.has(key) && (key.length >= 3 || /^\d{3,}$/.test(key));

const capitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
// A year is a date, not a figure: "summer of 1988" states nothing by itself.
const isFigure = (t: Token) =>
  /^\d{3,}$/.test(t.key) && !(Number(t.key) >= 1900 && Number(t.key) <= 2100);

/**
 * Whether a phrase can state something: it has a figure or three words; it is not a name
 * (every content word capitalised: "United Nations", "Secretary of State"), nor cut out of one
 * ("report of the Special"), nor the report's own words ("ended her intervention").
 */
function statesSomething(gram: Token[], before: Token | undefined, after: Token | undefined) {
  if (gram.length < 3 && !gram.some(isFigure)) return false;
  const content = gram.filter((t) => contentWord(t.key) && !isFigure(t));
  if (content.length > 0 && content.every(capitalised)) return false;
  if (capitalised(gram[gram.length - 1]) && capitalised(after)) return false;
  if (capitalised(gram[0]) && capitalised(before)) return false;
  // "investigation into the 1988 …", "2019 the welcome": a year at an edge is a date cut
  // out of its sentence.
  const year = (t: Token | undefined) => t !== undefined && /^(?:19|20)\d{2}$/.test(t.key);
  if (year(gram[0]) || year(gram[gram.length - 1])) return false;
  return !gram.some((t) => isReportWord(t.key));
}

/** The claim's phrases: key → the words as first written. */
function phrases(claim: AssertionClaim): Map<string, string> {
  const words = tokens(claim.quote);
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i += 1) {
    for (let n = MIN_WORDS; n <= MAX_WORDS && i + n <= words.length; n += 1) {
      const gram = words.slice(i, i + n);
      const first = gram[0] as Token;
      const last = gram[n - 1] as Token;
      if (!contentWord(first.key) || !contentWord(last.key)) continue;
      if (gram.some((t) => claim.nameWords.has(t.key))) continue;
      const lower = gram.map((t) => t.text.toLowerCase()).join(' ');
      if (claim.bodyNames.some((name) => name.includes(lower))) continue;
      if (!statesSomething(gram, words[i - 1], words[i + n])) continue;
      const key = gram.map((t) => t.key).join(' ');
      if (!out.has(key)) out.set(key, gram.map((t) => t.text).join(' '));
    }
  }
  return out;
}

/**
 * The recurring assertions of a set of claims. `covered` lists claim sets already given an
 * assertion (curated ones): a phrase whose claims they hold is not proposed again.
 */
export function recurringAssertions(
  claims: AssertionClaim[],
  covered: ReadonlyArray<ReadonlySet<string>> = [],
): RecurringAssertion[] {
  const byPhrase = new Map<string, { text: string; claims: Set<string> }>();
  const speakersOf = new Map(claims.map((c) => [c.id, c.by]));
  for (const claim of claims) {
    for (const [key, text] of phrases(claim)) {
      const entry = byPhrase.get(key) ?? { text, claims: new Set<string>() };
      entry.claims.add(claim.id);
      byPhrase.set(key, entry);
    }
  }
  const limit = Math.max(3, Math.floor(claims.length * MAX_SHARE));
  const speakerCount = (ids: Set<string>) =>
    new Set([...ids].flatMap((id) => speakersOf.get(id) ?? [])).size;
  const candidates = [...byPhrase.entries()].filter(
    ([, e]) => e.claims.size >= 2 && e.claims.size <= limit && speakerCount(e.claims) >= 2,
  );
  // One assertion per claim set, named by its longest phrase (then the first in order).
  const bySet = new Map<string, { key: string; text: string; claims: Set<string> }>();
  for (const [key, e] of candidates) {
    const setKey = [...e.claims].sort().join('|');
    const held = bySet.get(setKey);
    const words = key.split(' ').length;
    if (
      !held ||
      words > held.key.split(' ').length ||
      (words === held.key.split(' ').length && key < held.key)
    )
      bySet.set(setKey, { key, ...e });
  }
  const out: RecurringAssertion[] = [];
  for (const e of bySet.values()) {
    if (covered.some((set) => [...e.claims].every((id) => set.has(id)))) continue;
    out.push({
      id: `assertion:shared-${slugify(e.key)}`,
      text: e.text,
      claims: [...e.claims].sort(),
      speakers: speakerCount(e.claims),
    });
  }
  // "international commission of inquiry" says no more than "commission of inquiry" when
  // every claim of the longer phrase holds the shorter one.
  return out
    .filter(
      (a) =>
        !out.some(
          (b) =>
            b !== a &&
            a.text.toLowerCase().includes(b.text.toLowerCase()) &&
            a.claims.every((id) => b.claims.includes(id)),
        ),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
