/**
 * Builds the Lucene query behind typo-tolerant search from what a user typed, and picks the
 * alias a hit matched. User text never reaches Lucene's parser raw: it is cut into words,
 * lower-cased (so AND/OR/NOT stay words) and every Lucene special character is escaped; each
 * word is then searched exactly (boosted), as a prefix and fuzzily.
 * Pure functions, no Neo4j.
 */

/** Characters with a meaning in Lucene's classic query syntax. */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Most words of a query used; more only make the Lucene query slower. */
export const MAX_WORDS = 8;

/** Runs of letters and digits, lower-cased: the pieces the index's analyzer compares. */
export function queryWords(q: string): string[] {
  return (
    q
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The typed words, split on white space, lower-cased, with punctuation trimmed from their ends
 * but kept inside ("30,000", "vidal-quadras", "o'brien"), where the analyzer may keep it too.
 */
function typedWords(q: string): string[] {
  return q
    .toLowerCase()
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** Edit distance Lucene may use for a word: none for short words, 2 from six letters. */
function fuzziness(word: string): number {
  if (word.length <= 2) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * `"Ingrida Betancur"` → `"ingrida betancur"^6 OR (ingrida^3 OR ingrida*^2 OR ingrida~2) OR …`:
 * each typed word exactly (analyzed by Lucene, so "30,000" stays one term), and each of its
 * letter/digit runs as a prefix and fuzzily (those are not analyzed, hence the runs). Empty when
 * the text has no letter or digit: the caller answers with no hits.
 */
export function buildLuceneQuery(q: string): string {
  const words = typedWords(q);
  if (words.length === 0) return '';
  const runCount = queryWords(q).length;
  const clauses = words.map((word) => {
    const parts = [`${escapeLucene(word)}^3`];
    for (const run of queryWords(word)) {
      const escaped = escapeLucene(run);
      // A one-letter prefix ("s" from "Boumedra's") matches half the index: only alone.
      if (run.length > 1 || runCount === 1) parts.push(`${escaped}*^2`);
      const fuzzy = fuzziness(run);
      if (fuzzy > 0) parts.push(`${escaped}~${fuzzy}`);
    }
    return `(${parts.join(' OR ')})`;
  });
  if (words.length > 1) clauses.unshift(`"${words.map(escapeLucene).join(' ')}"^6`);
  return clauses.join(' OR ');
}

/** Levenshtein distance, for choosing the alias closest to what was typed. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a name is from the typed words: the sum, over words, of the best word distance. */
function distance(q: string, candidate: string): number {
  const typed = queryWords(q);
  const words = queryWords(candidate);
  if (words.length === 0) return Number.POSITIVE_INFINITY;
  return typed.reduce(
    (sum, t) => sum + Math.min(...words.map((w) => (w.startsWith(t) ? 0 : editDistance(t, w)))),
    0,
  );
}

/** The alias closer to `q` than the name, or null when the name itself matches best. */
export function matchedAlias(q: string, name: string, aliases: string[]): string | null {
  let best: string | null = null;
  let bestDistance = distance(q, name);
  for (const alias of aliases) {
    const d = distance(q, alias);
    if (d < bestDistance) {
      best = alias;
      bestDistance = d;
    }
  }
  return best;
}
