/**
 * Small string helpers shared by the extraction stages: slugs for stable ids, name folding for
 * comparisons (accents, hyphens, case), token edit distance, and word-boundary truncation.
 * It is not a tokenizer or an NLP layer: sentence and name finding live in their own modules.
 */

/** Removes diacritics so that "Gérard" and "Gerard" compare equal. */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A lowercase ASCII slug for ids: `Rama Yade` → `rama-yade`; capped at `max` characters. */
export function slugify(value: string, max = 60): string {
  const slug = stripAccents(value)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a hyphen so ids stay readable words rather than half-words.
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * Folds a name for comparison: no accents, lowercase, hyphens and apostrophes as separators,
 * possessive "’s" dropped. "Jean-François" and "Jean François" fold alike.
 */
export function foldName(value: string): string {
  return stripAccents(value)
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .replace(/[-‐–'’.]/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function foldTokens(value: string): string[] {
  const folded = foldName(value);
  return folded === '' ? [] : folded.split(' ');
}

/** Levenshtein distance; names are short, so the quadratic version is fine. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Similarity in [0, 1] from edit distance relative to the longer string. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Cuts text at a word boundary and marks the cut, for short claim labels. */
export function truncateWords(value: string, max: number): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:]$/, '')}…`;
}

/** Upper-cases the first letter of each lowercase word except name particles ("de", "van"). */
export function titleCaseName(value: string): string {
  return value
    .split(' ')
    .map((word, index) =>
      index > 0 && NAME_PARTICLES.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/** Lowercase words that belong inside personal names ("Alfred de Zayas"). */
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
]);

/** A short, stable hexadecimal hash (FNV-1a) for ids that must not depend on wording. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
