/**
 * Organisation mentions: capitalised phrases headed by an organisation word ("Council",
 * "Committee", "Parliament", "Université" …) joined by the small words of English and French
 * names, acronyms defined in brackets ("National Council of Resistance of Iran (NCRI)",
 * "People’s Mojahedin (PMOI or MEK)", "MEK [Mujahedin-e Khalq]"), and stand-alone acronyms.
 * Also derives acronyms from long names so the resolver can join "UN" and "United Nations".
 * It does not merge mentions across articles; the resolver does.
 */
import nlp from 'compromise';
import { ORGANIZATION_HEAD_WORDS } from './names';
import { stripAccents } from './text';

export interface OrganizationMention {
  name: string;
  start: number;
  end: number;
  /** Acronyms the text defines for this name, in brackets right after it. */
  acronyms: string[];
}

const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|(?:[lL]['’])?\p{Lu}[\p{L}\p{M}’'\d-]*)`;
// Spaces only, never line breaks: a caption line and the next paragraph are not one name.
const JOIN = String.raw`(?:(?:[ \t]+(?:of|for|to|in|at|with|de|du|des|aux|en|pour|libre|the|a|A|an|la|le|and(?![ \t]+(?:the\b|\p{Lu}{2,}))))*[ \t]+(?:l['’])?|[ \t]+l['’])`;
const PHRASE = new RegExp(String.raw`${WORD}(?:${JOIN}${WORD}){0,12}`, 'gu');
const ACRONYM_AFTER =
  /^\s*[([]\s*([\p{Lu}]{2,}(?:-[\p{Lu}]{2,})?)(?:\s+or\s+([\p{Lu}]{2,}))?\s*[)\]]/u;
const EXPANSION_AFTER = /^\s*\[\s*([^\]]+?)\s*\]/u;
const STANDALONE = /(?<![\p{L}\p{M}])(\p{Lu}{2,}(?:-\p{Lu}{2,})?|U\.N\.|U\.S\.)(?![\p{L}\p{M}])/gu;
/** All-caps tokens that are not organisations in this genre. */
const NOT_ORGANIZATIONS = new Set([
  'DNA',
  'MEP',
  'MEPS',
  'II',
  'III',
  'IV',
  'UK',
  'US',
  'U.S.',
  'USA',
  'NGO',
  'NGOS',
  'PHD',
]);
const CONNECTORS = new Set([
  'libre',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'de',
  'du',
  'des',
  'aux',
  'en',
  'pour',
  'and',
  'the',
  'a',
  'an',
  'la',
  'le',
]);

function headed(words: string[]): number {
  let last = -1;
  words.forEach((word, index) => {
    if (
      ORGANIZATION_HEAD_WORDS.has(stripAccents(word.replace(/['’]s$/, '')).toLowerCase()) ||
      ORGANIZATION_HEAD_WORDS.has(word.replace(/['’]s$/, '').toLowerCase())
    )
      last = index;
  });
  return last;
}

/** Initials of a name: "National Council of Resistance of Iran" → NCRI (connectors skipped). */
export function deriveAcronym(name: string, withConnectors = false): string {
  return name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((word) => word !== '' && (withConnectors || !CONNECTORS.has(word.toLowerCase())))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** Whether `acronym`'s letters are the initials of `name`, allowing skipped small words. */
export function acronymFits(acronym: string, name: string): boolean {
  const base = acronym.split('-')[0] ?? acronym;
  if (deriveAcronym(name) === base || deriveAcronym(name, true) === base) return true;
  const initials = name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase());
  if (initials[0] !== base[0]) return false;
  let i = 0;
  for (const initial of initials) if (i < base.length && initial === base[i]) i += 1;
  return i === base.length;
}

function trimPhrase(phrase: string): { text: string; offset: number } {
  let text = phrase;
  let offset = 0;
  const lead =
    /^(?:(?:The|A|An|In|On|At|For|Also|Many|Several|We|They|Our|Their|His|Her|Its)\s+)+/.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    offset = lead[0].length;
  }
  return { text: text.replace(/['’]s$/, '').replace(/[.,]$/, ''), offset };
}

/** Organisation mentions in `text` (offsets into `text`). */
export function findOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(PHRASE)) {
    const { text: phrase, offset } = trimPhrase(m[0]);
    const start = (m.index ?? 0) + offset;
    const after = text.slice(start + phrase.length, start + phrase.length + 60);
    const acronym = ACRONYM_AFTER.exec(
      text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40),
    );
    let words = phrase.split(/\s+/);
    if (acronym) {
      words = m[0].split(/\s+/);
      // The defined name is the shortest tail of the phrase whose initials fit the acronym.
      let name = phrase;
      for (let i = words.length - 1; i >= 0; i -= 1) {
        const tail = words.slice(i).join(' ');
        if (/^\p{Lu}/u.test(tail) && acronymFits(acronym[1] ?? '', tail)) {
          name = tail;
          break;
        }
      }
      const nameStart = (m.index ?? 0) + m[0].lastIndexOf(name);
      const acronyms = [acronym[1], acronym[2]]
        .filter((a): a is string => Boolean(a))
        .map((a) => a.split('-')[0] as string);
      found.push({ name, start: nameStart, end: nameStart + name.length, acronyms });
      covered.push([nameStart, start + phrase.length]);
      continue;
    }
    // A role before the organisation ("Chair of the …", "Professor of Law at …") is not part of it.
    let first = 0;
    for (let i = 1; i < words.length; i += 1) {
      const word = (words[i] ?? '').toLowerCase();
      if (
        (word === 'of' || word === 'at' || word === 'to') &&
        headed(words.slice(first, i)) < 0 &&
        headed(words.slice(i + 1)) >= 0
      )
        first = i + 1;
      if (word === 'at' && headed(words.slice(i + 1)) >= 0) first = i + 1;
    }
    while (first < words.length && CONNECTORS.has((words[first] ?? '').toLowerCase())) first += 1;
    const skipped = words.slice(0, first).join(' ');
    const startShift = first > 0 ? phrase.indexOf(words.slice(first).join(' '), skipped.length) : 0;
    words = words.slice(first);
    // "… in Geneva": a city after "in" is where the body met, not part of its name.
    const inAt = words.lastIndexOf('in');
    if (
      inAt > 0 &&
      nlp(words.slice(inAt + 1).join(' ')).has('(#City|#Region)') &&
      !nlp(words.slice(inAt + 1).join(' ')).has('#Country')
    )
      words = words.slice(0, inAt);
    const head = headed(words);
    if (head < 0) continue;
    // Drop capitalised words glued after the head ("United Nations Special Rapporteur").
    let keep = words.length;
    for (let i = head + 1; i < words.length; i += 1) {
      if (CONNECTORS.has((words[i] ?? '').toLowerCase())) break;
      if (i === head + 1) {
        keep = head + 1;
        break;
      }
    }
    // After a role ("High Representative of the European Union for Foreign Affairs"), a "for …"
    // tail of a union of states is the role's portfolio: no such union is named "… for …".
    // Other bodies keep it ("Delegation for Relations with Iraq").
    const headWord = (words[head] ?? '').toLowerCase();
    if (first > 0 && words[head + 1] === 'for' && (headWord === 'union' || headWord === 'nations'))
      keep = head + 1;
    const name = words
      .slice(0, keep)
      .join(' ')
      .replace(/\s+(?:of|for|and|the|in)$/, '');
    if (name.split(/\s+/).length < 2 && !/^\p{Lu}{2,}$/u.test(name)) continue;
    const at = start + Math.max(0, startShift);
    found.push({ name, start: at, end: at + name.length, acronyms: [] });
    covered.push([at, at + name.length]);
    void after;
  }
  for (const m of text.matchAll(STANDALONE)) {
    const start = m.index ?? 0;
    if (covered.some(([a, b]) => start >= a && start < b)) continue;
    const name = (m[1] ?? '').replace(/\./g, '');
    if (NOT_ORGANIZATIONS.has(name.toUpperCase()) || name.length > 6) continue;
    // A shouted place name ("OTTAWA" in a dateline) is not an acronym.
    if (name.length > 3 && nlp(name.charAt(0) + name.slice(1).toLowerCase()).has('#Place'))
      continue;
    const base = name.split('-')[0] as string;
    const expansion = EXPANSION_AFTER.exec(
      text.slice(start + (m[0]?.length ?? 0), start + (m[0]?.length ?? 0) + 60),
    );
    const acronymAfter = ACRONYM_AFTER.exec(
      text.slice(start + (m[0]?.length ?? 0), start + (m[0]?.length ?? 0) + 20),
    );
    const mention: OrganizationMention = {
      name: base,
      start,
      end: start + base.length,
      acronyms: [],
    };
    if (acronymAfter?.[1]) mention.acronyms.push(acronymAfter[1]);
    found.push(mention);
    if (expansion?.[1] && acronymFits(base, expansion[1])) {
      const at = text.indexOf(expansion[1], start);
      found.push({
        name: expansion[1],
        start: at,
        end: at + expansion[1].length,
        acronyms: [base],
      });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
