/**
 * First pass over an article: registers every person it names, so that later stages can
 * resolve surnames and pronouns. Two signals: compromise's `.people()`, and capitalised name
 * sequences in a personal context (an honorific or title before, an apposition or a speech
 * verb after). Appositions ("Rama Yade, former Human Rights Minister of France";
 * "Former U.S. Ambassador to Morocco, Marc Ginsberg") become the person's titles. It does not
 * decide roles or claims.
 */
import nlp from 'compromise';
import {
  ORGANIZATION_HEAD_WORDS,
  PERSON_NAME,
  cleanPersonName,
  compromisePeople,
  isKnownFirstName,
  isTitleWord,
} from './names';

const ORGANIZATION_HEAD_WORDS_RE = new RegExp(
  `\\b(?:${[...ORGANIZATION_HEAD_WORDS].join('|')})\\b`,
  'i',
);
import { modifiesANoun, namesAPlace, opensWithBodyWord } from './name-candidates';
import { findOrganizations } from './organizations';
import type { ArticlePeople, LocalPerson } from './people';
import { quotedRegions, insideRegion, type Sentence } from './sentences';
import { ADVERBS, SPEECH_VERB } from './speech';

const NAME = new RegExp(PERSON_NAME, 'gu');
const VERB_AFTER = new RegExp(String.raw`^(?:\s*\([^)]*\))?\s+${ADVERBS}${SPEECH_VERB}\b`);
const APPOSITION_AFTER =
  /^(?:\s+MEPs?)?(?:\s*\(([^)]+)\))?,\s+((?:the |a |an )?(?:former |current |visiting |renowned |expert )?[^,;“”]{2,160}?)(?=\s*(?:,|;|\(|\.\s|\.$|$| (?:was|were|is|who|which|called|sent|said|started|highlighted|explained|took|in a message|and (?:Mr|Mrs|Ms|Dr|Professor)|at this|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b))/u;
const TITLE_BEFORE =
  /(?:^|[,;:—–]["”]?\s+|(?<!\p{Lu})[.!?]["”]?\s+|\n\s*)((?:[Tt]he |[Ff]ormer |[Cc]urrent )?(?:[^,;:.“”\n]|(?<=\p{Lu})\.){3,140}),\s*$/u;
// "Ryszard Kowalczyk, who chairs …", "X – no relation to the mayor – who …": a relative "who".
const WHO_AFTER = /^(?:\s*\([^)]*\))?(?:,|\s+[–—]\s+[^–—\n]{1,80}?\s+[–—],?)\s+who\s/u;
const LOWER_TITLE_BEFORE =
  /((?:(?:former|current|renowned|expert|jurist|attorney|lawyer|charity worker|spiritual leader|human rights defender|opposition leader|UN human rights expert)\s+)+)$/u;
const CLAUSE_WORDS =
  /\b(?:included|including|were|was|is|are|has|have|had|said|by|with|that|who|which|referring|called|participated|sent|made|would|will|can|could)\b/i;

/** A phrase reads as a title when it holds a title word or a "X of Y" role pattern. */
export function looksLikeTitle(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length > 30 || phrase.includes('\n')) return false;
  if (/^(?:who|which|and|but|whose)\b/i.test(phrase)) return false;
  if (CLAUSE_WORDS.test(phrase)) return false;
  // An apposition that names someone else is the next item of a list, not a title.
  for (const m of phrase.matchAll(NAME)) {
    const clean = cleanPersonName(m[0]);
    if (clean && isKnownFirstName(clean.name.split(' ')[0] ?? '')) return false;
  }
  const first = phrase.replace(/^(?:the|a|an)\s+/i, '');
  const firstWord = first.split(/\s+/)[0] ?? '';
  if (
    /^\p{Ll}/u.test(firstWord) &&
    !isTitleWord(firstWord) &&
    nlp(first).terms().first().has('#Verb')
  )
    return false;
  return (
    words.some((word) => word.length > 3 && isTitleWord(word.replace(/[’']s$/, ''))) ||
    /\b(?:of|at|to)\b/.test(phrase) ||
    /\b(?:member|scholar|politician|head|author|officer|official|expert|jurist|lawyer|mayor|activist|representative|chair|chairman|professor|councillor|councilor|minister|ambassador|rapporteur|leader|worker|defender|journalist|MEP)\b/i.test(
      phrase,
    )
  );
}

function registerTitles(
  text: string,
  start: number,
  end: number,
  person: LocalPerson,
  people: ArticlePeople,
  rawName: string,
): void {
  const clean = cleanPersonName(rawName, { allowSingle: true });
  const before = text.slice(Math.max(0, start - 160), start);
  const lower = LOWER_TITLE_BEFORE.exec(before);
  if (clean?.title) people.addTitle(person, `${lower ? lower[1] : ''}${clean.title}`);
  else if (lower) people.addTitle(person, (lower[1] ?? '').trim());
  const after = text.slice(end, Math.min(text.length, end + 260));
  // "Gérard Deprez MEP": the post-nominal is a title (affiliations.ts reads the body from it).
  if (/^\s+MEP\b/.test(after)) people.addTitle(person, 'MEP');
  const apposition = APPOSITION_AFTER.exec(after);
  if (apposition) {
    if (
      apposition[1] &&
      !/^\p{Lu}[\p{Ll}]+ \p{Lu}[\p{Ll}]+$/u.test(apposition[1]) &&
      /\p{Lu}/u.test(apposition[1])
    ) {
      // "(ALDE Group)": a party or group named right after the name.
      people.addTitle(person, apposition[1]);
    }
    let phrase = (apposition[2] ?? '').trim();
    const rest = after.slice(apposition[0].length);
    // "…, NAME" next: the phrase introduces the following person of a list.
    const introducesNext =
      /^,\s*(?:and\s+)?\S/.test(rest) &&
      [...rest.slice(1, 80).matchAll(NAME)].some(
        (m) => m.index !== undefined && m.index <= 6 && cleanPersonName(m[0]),
      );
    // "chairman of the Foreign Affairs Committee of the political coalition, the National Council …"
    const continued = /^,\s+(the\s+\p{Lu}[^,;.(“”]+?)(?=\s+(?:was|were|is|are)\b|[,;.(]|$)/u.exec(
      rest,
    );
    if (continued && ORGANIZATION_HEAD_WORDS_RE.test(continued[1] ?? ''))
      phrase = `${phrase}, ${continued[1]}`;
    if (phrase && !introducesNext && looksLikeTitle(phrase) && !NAME_ONLY.test(phrase)) {
      for (const part of phrase.split(/\s+and\s+(?=(?:former|current|the|a)\b)/))
        people.addTitle(person, part);
    }
  }
  const title = TITLE_BEFORE.exec(before.replace(/\s+$/, (m) => m));
  if (
    title &&
    text.slice(start - 2, start).trim() === ',' &&
    !CLAUSE_WORDS.test(title[1] ?? '') &&
    looksLikeTitle(title[1] ?? '')
  ) {
    // "the Council …, the member states and the High Representative …, NAME": the last conjunct.
    const parts = (title[1] ?? '').replace(/^["”]\s*/, '').split(/\s+and\s+(?=the\b)/);
    people.addTitle(person, parts[parts.length - 1] ?? '');
  }
}

const NAME_ONLY = new RegExp(`^${PERSON_NAME}$`, 'u');

/** Registers the article's people (full names) and their titles. */
export function collectPeople(text: string, sentences: Sentence[], people: ArticlePeople): void {
  const regions = quotedRegions(text);
  // Capitalised words inside an organisation's name ("… for Detainee Rights") or after "at the"
  // (a venue) are not people, whichever signal proposes them.
  const organizations = findOrganizations(text);
  // So are the words right after a body's common noun ("the transfer service Remesa Clara"),
  // there and wherever the article names that body again ("said Remesa Clara had cut …").
  const afterBodyNoun = (start: number) =>
    ORGANIZATION_HEAD_WORDS.has(
      /(?<![\p{L}-])(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '',
    );
  const bodies = new Set(
    [...text.matchAll(NAME)].filter((m) => afterBodyNoun(m.index ?? 0)).map((m) => m[0]),
  );
  const notAPerson = (start: number, end: number) =>
    organizations.some((org) => start >= org.start && end <= org.end) ||
    /\b(?:at|in|from|to|into) the\s+$/.test(text.slice(Math.max(0, start - 12), start)) ||
    modifiesANoun(text, start, end) ||
    afterBodyNoun(start) ||
    bodies.has(text.slice(start, end));
  for (const found of compromisePeople(text)) {
    if (notAPerson(found.start, found.end)) continue;
    const words = found.name.split(' ');
    if (namesAPlace(words)) continue;
    if (opensWithBodyWord(text.slice(Math.max(0, found.start - 60), found.start), words)) {
      const rest = words.slice(1).join(' ');
      people.addFull(rest, { start: found.end - rest.length, end: found.end });
    } else if (words.length >= 2) {
      const person = people.addFull(found.name, { start: found.start, end: found.end });
      if (person.mentions.length === 1) person.viaNer = true;
    }
  }
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(NAME)) {
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      const first = cleanPersonName(m[0]);
      // (The body's last word before the name: see nameCandidates.)
      const at = start + (first ? m[0].lastIndexOf(first.name) : 0);
      const words = first?.name.split(' ') ?? [];
      const clean = opensWithBodyWord(text.slice(Math.max(0, at - 60), at), words)
        ? cleanPersonName(words.slice(1).join(' '))
        : first;
      if (!clean || nlp(clean.name).has('#Place') || namesAPlace(clean.name.split(' '))) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 200);
      const personal =
        clean.title !== undefined ||
        clean.honorific !== undefined ||
        LOWER_TITLE_BEFORE.test(before) ||
        VERB_AFTER.test(after) ||
        WHO_AFTER.test(after) ||
        (APPOSITION_AFTER.test(after) && looksLikeTitle(APPOSITION_AFTER.exec(after)?.[2] ?? '')) ||
        (/,\s*$/.test(before) && /^,/.test(after) && !nlp(clean.name).has('#Place')) ||
        /\bby\s+$/.test(before);
      // Inside quotations capitalised words are book titles and slogans as often as names.
      if (!personal || insideRegion(regions, start) !== undefined || notAPerson(start, end))
        continue;
      const nameStart = start + m[0].lastIndexOf(clean.name.split(' ')[0] ?? '');
      const person = people.addFull(clean.name, { start: nameStart, end });
      registerTitles(text, start, end, person, people, m[0]);
    }
  }
  // Titles for people registered by compromise only (no personal context in the patterns).
  for (const person of people.all()) {
    for (const mention of person.mentions) {
      registerTitles(
        text,
        mention.start,
        mention.end,
        person,
        people,
        text.slice(mention.start, mention.end),
      );
    }
  }
}
