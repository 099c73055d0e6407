/**
 * How the dev-set scorer compares names and quotes, the same rules as
 * `../shared/eval/score-graph.mjs`: honorifics dropped, a name matches when every word of the
 * shorter is in the longer and the last words agree; a quote matches a gold sentence when they
 * share at least half the words of the shorter. Kept apart so the scorer and its tests share
 * one definition.
 */

const HONORIFICS = new Set(
  'mr mrs ms miss dr prof professor sir dame lord lady rev reverend bishop father sister hon honourable honorable judge justice mp mep his her excellency president senator governor mayor ambassador minister'.split(
    ' ',
  ),
);

export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function nameWords(value: string): string[] {
  return normalise(value)
    .split(' ')
    .filter((w) => w !== '' && !HONORIFICS.has(w));
}

export function namesMatch(gold: string, got: string): boolean {
  const g = nameWords(gold);
  const h = nameWords(got);
  if (g.length === 0 || h.length === 0) return false;
  if (g.join(' ') === h.join(' ')) return true;
  const [small, big] = g.length <= h.length ? [g, h] : [h, g];
  const bigSet = new Set(big);
  return small.every((w) => bigSet.has(w)) && g.at(-1) === h.at(-1);
}

export function wordOverlap(a: string, b: string): number {
  const A = new Set(normalise(a).split(' '));
  const B = new Set(normalise(b).split(' '));
  let shared = 0;
  for (const w of A) if (B.has(w)) shared += 1;
  return shared / Math.max(1, Math.min(A.size, B.size));
}
