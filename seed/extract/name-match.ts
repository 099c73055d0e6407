/**
 * Decides whether two written forms name the same person, generically: accent, hyphen and case
 * folding, a small edit distance per token ("Ingrida"/"Ingrid", "Ahmad"/"Ahmed"), and a
 * shorter form contained in a longer one with the same first and last words ("Alfred de
 * Zayas" / "Alfred-Maurice de Zayas"), initials for the given names ("AK Pandey" / "Akhilesh
 * Kumar Pandey"). Also resolves surname-only references. It never looks
 * at context: the callers decide the scope (one article, or the corpus).
 */
import { isFamilyNameFirst, isKnownFirstName, isTitleWord } from './names';
import { isHonorificWord, isPostNominal } from './vocab';
import { editDistance, foldTokens } from './text';

function tokensClose(a: string, b: string): boolean {
  if (a === b) return true;
  // Short tokens ("Ali"/"Ari") differ in meaning with one letter; long ones rarely do.
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 1;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const token of long) if (i < short.length && token === short[i]) i += 1;
  return i === short.length;
}

const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/** "AK Pandey", "A. K. Pandey" → "ak": the given names' initials, when the name gives only those. */
function givenInitials(name: string): string | undefined {
  const words = name.trim().split(/\s+/u).slice(0, -1);
  if (words.length === 0 || !words.every((w) => INITIALS.test(w))) return undefined;
  return words.join('').replace(/\./g, '').toLowerCase();
}

/** "AK Pandey" and "Akhilesh Kumar Pandey": one initial per given name, the same surname. */
function initialsMatch(a: string, b: string, x: string[], y: string[]): boolean {
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const initials = givenInitials(a);
  if (initials === undefined || givenInitials(b) !== undefined) return false;
  return (
    initials ===
    y
      .slice(0, -1)
      .map((token) => token[0])
      .join('')
  );
}

/**
 * Why two full names (two words or more) plausibly denote the same person, or null: the same
 * folded name, initials for the given names, a letter apart in a word, or a middle name more
 * (the merge record's reason).
 */
export function fullNameMatch(
  a: string,
  b: string,
): 'same-name' | 'initials' | 'edit-distance' | 'middle-name' | null {
  const x = foldTokens(a);
  const y = foldTokens(b);
  if (x.length < 2 || y.length < 2) return null;
  if (x.join(' ') === y.join(' ')) return 'same-name';
  if (initialsMatch(a, b, x, y) || initialsMatch(b, a, y, x)) return 'initials';
  if (x.length === y.length)
    return x.every((token, i) => tokensClose(token, y[i] ?? '')) ? 'edit-distance' : null;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short[0] === long[0] &&
    short[short.length - 1] === long[long.length - 1] &&
    isSubsequence(short, long)
    ? 'middle-name'
    : null;
}

/** True when two full names (two words or more) plausibly denote the same person. */
export function sameFullName(a: string, b: string): boolean {
  return fullNameMatch(a, b) !== null;
}

/**
 * True when `reference` ("Yade", "Felhmann Rielle", "Mrs. Rajavi" cleaned) ends `fullName`, or
 * is the East Asian family name that opens it ("Liu" of "Liu Wenhao").
 */
export function isSurnameOf(reference: string, fullName: string): boolean {
  const ref = foldTokens(reference);
  const full = foldTokens(fullName);
  if (ref.length === 0 || ref.length >= full.length) return false;
  // "Liu said" after "Vice Premier Liu Wenhao": a family name printed first.
  if (ref.length === 1 && full.length <= 3 && ref[0] === full[0] && isFamilyNameFirst(ref[0] ?? ''))
    return true;
  const tail = full.slice(full.length - ref.length);
  return tail.every((token, i) => token === ref[i]) || isFathersSurnameOf(ref, full, fullName);
}

/** A title, honorific or post-nominal caught in a name ("Oyelaran Badmus, Senior Researcher"). */
const isTitleLike = (token: string): boolean =>
  isTitleWord(token) || isHonorificWord(token) || isPostNominal(token);

/**
 * "Achá" of "Hugo Achá Rojas", "Arancibia" of "Ximena Arancibia de la Fuente": in Spanish and
 * Portuguese naming a given name is followed by the father's surname, then the mother's, and
 * the father's alone names the person again. Only where the words after the given name are
 * no given name themselves ("Martin Luther King" is not "Luther").
 */
function isFathersSurnameOf(ref: string[], full: string[], fullName: string): boolean {
  if (full.length < 3 || 1 + ref.length >= full.length) return false;
  if (isKnownFirstName(ref[0] ?? '') || fullName.split(/[\s,]+/u).some(isTitleLike)) return false;
  return ref.every((token, i) => token === full[1 + i]);
}

/**
 * "Lucía Condori" of "Lucía Condori Apaza", "Carla Vaca Díez" of "Carla Vaca Díez Suárez":
 * the same name without its last surname (the mother's, in Spanish and Portuguese naming).
 * Only within one article: across articles two such names are as often two people.
 */
export function dropsLastSurname(short: string, long: string): boolean {
  const x = foldTokens(short);
  const y = foldTokens(long);
  if (x.length < 2 || y.length !== x.length + 1) return false;
  // "Mariam Suroor Director": a title read as a name's last word is no surname.
  const last = long.trim().split(/\s+/u).pop() ?? '';
  if (isKnownFirstName(x[1] ?? '') || isTitleLike(last.replace(/[.,]$/u, ''))) return false;
  return x.every((token, i) => token === y[i]);
}
