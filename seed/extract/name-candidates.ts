/**
 * Personal-name candidates in running text, in the forms real reports print them: honorifics
 * and titles before the name ("H.E. Mr.", "Acting President Professor Dr", "Baroness"),
 * initials ("Stephen F. Moseley", "J. O. Banda", "Prof DP Singh"), particles ("Sebastiaan van
 * der Zwaan", "Penn-te Strake"), apostrophes and Mc/Mac ("D'Souza", "McConnell"), hyphens and
 * diacritics ("Han Dong-hoon", "Größwang"), post-nominals ("QC", "MP"). A candidate is only a
 * shape: whether it is a person who spoke is decided by the cue that governs its slot
 * (`speaker-cues.ts`). Organisation and place names are filtered out here.
 */
import nlp from 'compromise';
import { memo } from './memo';
import { countryCode } from './places';
import { readFileSync } from 'node:fs';
import {
  ORGANIZATION_HEAD_WORDS,
  isFamilyNameFirst,
  isKnownFirstName,
  isPartyNoun,
  isTitleWord,
} from './names';
import {
  HONORIFIC_SOURCE,
  PARTICLE_SOURCE,
  POST_NOMINAL_SOURCE,
  TRAILING_VERB_SOURCE,
  isHonorificWord,
  isTrailingHonorific,
  isPostNominal,
} from './vocab';

export interface NameCandidate {
  /** The name without honorifics and titles, as written. */
  name: string;
  /** Offsets of the name itself. */
  start: number;
  end: number;
  /** Where the candidate starts with its honorifics and titles ("Dr Alice Donald"). */
  outerStart: number;
  /** The honorifics and titles before the name, if any. */
  prefix: string;
  /** One word only (a surname, or an honorific + surname): needs a known person or an honorific. */
  single: boolean;
}

// "Cllr Brian Foxley (Lib Dem, Eastgate)": an opening bracket right after a name.
const AFFILIATION_BRACKET = /\p{Lu}[\p{L}\p{M}'’-]+\s*\(\s*$/u;
// "McAdam", "O'Neill", and "al-Sisi", "el-Erian": an Arabic article joined by a hyphen.
const NAME_PREFIX = String.raw`(?:Mc|Mac|O['’]|D['’]|d['’]|(?:al|el|ad|ar|as|ash|at|az|ud|ul)[-‐])`;
// A hyphenated part may carry its own prefix and inner capital: "Okonjo-McIlroy", "Rae-O'Neill".
const WORD = String.raw`${NAME_PREFIX}?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-‐]${NAME_PREFIX}?[\p{L}][\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?)*`;
const INITIALS = String.raw`\p{Lu}\.(?:\s?\p{Lu}\.)*`;
const CAPS_INITIALS = String.raw`\p{Lu}{2,3}`;
const PREFIX = String.raw`(?:${HONORIFIC_SOURCE}\s+)+`;
const TOKEN = `(?:${INITIALS}|${WORD})`;
const SEQUENCE = String.raw`${TOKEN}(?:\s+(?:${PARTICLE_SOURCE}\s+){0,2}${TOKEN}){0,7}`;
// With a prefix, caps initials may open the name ("Prof DP Singh", "Registrar UN Shukla").
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(${PREFIX})?((?:${CAPS_INITIALS}\s+)?${SEQUENCE})(?:,?\s+${POST_NOMINAL_SOURCE}\b)?`,
  'gu',
);

const NOT_NAME = new Set(
  'the a an in on at also finally while as however many several this that these those his her their its our we they he she it i there according among including when where why what who how but and or so for from to by of all after before during since with into both each every some any no not more most one two three first last next new other said says'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

// "Ninety-year-old", "Norway-born", "Paris-based": descriptions, not names.
const AGE_OR_ORIGIN = /^\p{Lu}[\p{Ll}]+(?:-\p{Ll}+)*-(?:old|born|based|bred|raised|winning)$/u;

// "the Sixth Science Conclave": an event's name is no person's.
const EVENT_WORD =
  /^(?:conclave|conference|convention|congress|festival|summit|symposium|seminar|ceremony|forum|award|prize|lecture|exhibition|expo|week|day|games|olympics|cup|republic|kingdom|emirates|islands)$/i;

const isOrganizationWord = (word: string) =>
  ORGANIZATION_HEAD_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));

const ACRONYM = /^\p{Lu}{2,6}$/u;
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;
const INSIDE_BODY_NAME =
  /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,4}(?:and|&)\s+$/u;

/**
 * "Minister of Communication and Informatics Budi Hartanto": after "of A and", the first of
 * three or more capitalised words (no known given name) ends the body's name, not the person's.
 */
export function opensWithBodyWord(lead: string, words: readonly string[]): boolean {
  return words.length >= 3 && !isKnownFirstName(words[0] ?? '') && INSIDE_BODY_NAME.test(lead);
}

/** Drops title words from the front: the name is what follows the last title word. */
function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let cut = 0;
  words.forEach((word, i) => {
    const bare = word.replace(/[.,]$/, '');
    const cuts =
      isHonorificWord(bare) ||
      isOrganizationWord(bare) ||
      AGE_OR_ORIGIN.test(bare) ||
      (i === cut && isTitleWord(bare)) ||
      // "ETF Secretary-General", "WHO Director-General": an acronym before a title is the
      // body the title belongs to.
      (i === cut && ACRONYM.test(bare) && isTitleWord((words[i + 1] ?? '').replace(/[.,]$/, '')));
    // "Uyghur Friendship Group Ramon Tremosa": the name follows the body's head word.
    if (i < words.length - 1 && cuts) cut = i + 1;
  });
  // "Finally Vidal-Quadras": a sentence's opening word is neither name nor title.
  const title = words.slice(0, cut);
  while (cut < words.length - 1 && NOT_NAME.has((words[cut] ?? '').toLowerCase())) cut += 1;
  return { title, name: words.slice(cut) };
}

// "Jan Novak", "April Ryan", "Jan van der Berg": a month's name opening a name of capitalised
// words is a given name (a date's day is no word of the sequence); anywhere else (or alone) it
// is the calendar's.
const calendarWord = (w: string, i: number, words: string[]) =>
  CALENDAR.test(w) && !(i === 0 && words.length >= 2 && MONTH_GIVEN_NAME.test(w));
const MONTH_GIVEN_NAME = /^(?:Jan|April|May|June|July|August)$/;

const LAST_WORD = new RegExp(String.raw`^${NAME_PREFIX}?\p{Lu}[\p{Ll}\p{M}]`, 'u');

function plausible(words: string[]): boolean {
  if (words.length === 0) return false;
  if (
    words.some((w, i) => isOrganizationWord(w) || calendarWord(w, i, words) || EVENT_WORD.test(w))
  )
    return false;
  if (NOT_NAME.has((words[0] ?? '').toLowerCase())) return false;
  // "Minister", "Special Rapporteur": titles without a name.
  if (words.every((w) => isHonorificWord(w) || isTitleWord(w.replace(/[.,]$/, '')))) return false;
  const last = words[words.length - 1] ?? '';
  return LAST_WORD.test(last);
}

/** "Plumber", "Shopkeeper": a word the lexicon tags as an occupation (compromise's Actor). */
const namesAnOccupation = memo(
  (word: string): boolean =>
    (
      nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[]
    )[0]?.terms[0]?.tags.includes('Actor') ?? false,
);

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const COMMON_WORD_TAGS = ['Adjective', 'Plural', 'Actor', 'Verb', 'Demonym', 'Place', 'Adverb'];

const PLACE_VOCABULARY = JSON.parse(
  readFileSync(new URL('./vocab/place-heads.json', import.meta.url), 'utf8'),
) as { words: string[]; alsoSurnames: string[]; openingWords: string[] };
const PLACE_HEADS = new Set(PLACE_VOCABULARY.words);
const PLACE_OPENINGS = new Set(PLACE_VOCABULARY.openingWords);
const SURNAME_HEADS = new Set(PLACE_VOCABULARY.alsoSurnames);

/**
 * Whether a phrase of several words names a place, whatever its context: a country ("the
 * United States said", "Sierra Leone") or a phrase a place's opening word begins ("Port
 * Ellery told", "Mount Hagen"). Both person recognisers (here and mentions.ts) ask it.
 */
export function namesAPlace(words: readonly string[]): boolean {
  return (
    PLACE_OPENINGS.has((words[0] ?? '').toLowerCase()) || countryCode(words.join(' ')) !== undefined
  );
}

/**
 * A known given name, then surnames that are no place's head word: "Helen Ward", "Grace Field"
 * (a tagger reading the phrase as a whole takes both for places).
 */
const givenNameFirst = (words: string[]) =>
  words.length >= 2 &&
  words.length <= 4 &&
  isKnownFirstName(words[0] ?? '') &&
  !PLACE_HEADS.has((words[words.length - 1] ?? '').toLowerCase());

/**
 * An East Asian family name, then a romanised given name of hyphenated syllables: "Park
 * Seo-yeon", "Kim Min-jun" ("Park" alone reads as a common noun to a tagger).
 */
const familyNameFirst = (words: string[]) =>
  words.length === 2 &&
  isFamilyNameFirst(words[0] ?? '') &&
  /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] ?? '');

// "Ivo Marsh said", "…,” said Ivo Marsh": a speech verb right beside a phrase vouches for it
// as a person's name when the lexicon knows neither its given name nor its surname as one.
const SAYS_AFTER = new RegExp(String.raw`^,?\s+(?:${TRAILING_VERB_SOURCE}|says)\b`, 'u');
const SAYS_BEFORE = new RegExp(String.raw`\b(?:${TRAILING_VERB_SOURCE}|says)\s+$`, 'u');
function besideSpeechVerb(text: string, start: number, end: number, words: string[]): boolean {
  if (words.length > 3) return false;
  // "Fiona Hill said" is a person; "Victoria Station said" and "Downing Street said" are not.
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (PLACE_HEADS.has(head) && !(SURNAME_HEADS.has(head) && isKnownFirstName(words[0] ?? '')))
    return false;
  return SAYS_AFTER.test(text.slice(end, end + 20)) || SAYS_BEFORE.test(text.slice(0, start));
}

/**
 * Whether a capitalised phrase reads as common words rather than a name: "Special Rapporteur",
 * "Human Rights", "Islamic Republic", "Residence Palace", "New York". A word the lexicon knows
 * as a person's name never counts against it.
 */
const readsAsCommonWords = memo((name: string): boolean => {
  if (givenNameFirst(name.split(' ')) || familyNameFirst(name.split(' '))) return false;
  const terms = nlp(name).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  return terms.some((term) => {
    const tags = term.terms[0]?.tags ?? [];
    if (tags.some((t) => t === 'Person' || t === 'FirstName' || t === 'LastName')) return false;
    const word = term.text.replace(/[.,]$/, '');
    if (isTitleWord(word)) return true;
    // An adjective, verb or plural the lexicon only guesses from a suffix ("Osric" from "-ic",
    // "Karsten" from "-en", "Emrys" from "-s") is no evidence.
    const lower = word.toLowerCase();
    const known =
      LEXICON[lower] !== undefined ||
      // "Commissions": a plural whose singular the lexicon knows is a common word.
      (tags.includes('Plural') && LEXICON[lower.replace(/e?s$/u, '')] !== undefined);
    const guessable = (t: string) => t === 'Adjective' || t === 'Verb' || t === 'Plural';
    return tags.some((t) => COMMON_WORD_TAGS.includes(t) && (!guessable(t) || known));
  });
});

/**
 * "the Bradford Reform congregation", "the Smith family": capitalised words between "the" and
 * a common noun qualify that noun; they name no one.
 */
export function modifiesANoun(text: string, start: number, end: number): boolean {
  if (!/\b[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && isPlainNoun(next);
}

// Asked of the same few words for every candidate of every article: tagged once each.
const isPlainNoun = memo((word: string): boolean => {
  const term = nlp(word);
  return term.has('#Noun') && !term.has('#Verb');
});

/** Name candidates in `text` (offsets into `text`), left to right, not overlapping. */
export function nameCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const prefix = m[1] ?? '';
    const body = m[2] ?? '';
    const bodyStart = m.index + prefix.length;
    const words = body.split(/\s+/);
    const { title, name: titled } = splitTitle(words);
    // "London Staffan Carlsson" (after "Ambassador to"): drop common words from the front.
    let name = titled;
    const dropped: string[] = [];
    while (name.length > 2 && readsAsCommonWords(name[0] ?? '')) {
      dropped.push(name[0] ?? '');
      name = name.slice(1);
    }
    // "Plumber Tom Bly told …": opening a sentence, an occupation the lexicon knows before a
    // known given name is capitalised by its place, not the start of the name.
    // "Minister of Communication and Informatics Budi Hartanto": after "and" inside a body's
    // name, the body's last word is no part of the name either.
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    if (
      name.length >= 3 &&
      !isKnownFirstName(name[0] ?? '') &&
      ((SENTENCE_START.test(lead) &&
        isKnownFirstName(name[1] ?? '') &&
        namesAnOccupation(name[0] ?? '')) ||
        opensWithBodyWord(lead, name))
    ) {
      dropped.push(name[0] ?? '');
      name = name.slice(1);
    }
    // "Mariam Suroor Director of Nursing": a title after the name is not part of it.
    while (name.length > 2 && isTrailingHonorific(name[name.length - 1] ?? ''))
      name = name.slice(0, -1);
    // "Ana Lopes Jr", "Martin Luther King III": a post-nominal follows the name, as after a comma.
    while (name.length > 2 && isPostNominal(name[name.length - 1] ?? '')) name = name.slice(0, -1);
    if (!plausible(name)) continue;
    const nameText = name.join(' ');
    const offset = body.lastIndexOf(nameText);
    if (offset < 0) continue;
    const single = name.length === 1 || name.every((w) => /^\p{Lu}\.?$/u.test(w));
    // "Chief financial officer Helen Park": after a title, a given name and a word that may
    // head a place's name ("Park", "Field") are a person's.
    const wordBefore = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    const afterTitle =
      prefix !== '' ||
      title.length > 0 ||
      (wordBefore !== undefined &&
        // (The title list's joining words, "of", "the", title nothing alone.)
        !/^(?:of|for|the|and)$/u.test(wordBefore) &&
        (isHonorificWord(wordBefore) || isTitleWord(wordBefore)));
    // A post-nominal vouches as a title does: "his barrister, Helen Marsh KC".
    const postNominal = m[0].length > prefix.length + body.length;
    const vouched =
      ((afterTitle || postNominal) && isKnownFirstName(name[0] ?? '')) ||
      besideSpeechVerb(text, m.index, m.index + m[0].length, name);
    if (!single && !vouched && readsAsCommonWords(nameText)) continue;
    if (!single && namesAPlace(name)) continue;
    // "Cllr Brian Foxley (Lib Dem, Eastgate)": a bracket right after a name holds its party
    // and ward, not another person.
    if (AFFILIATION_BRACKET.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "the Maine Democrat said": a description of someone named before, no name.
    if (!single && isPartyNoun(name[name.length - 1] ?? '')) continue;
    // "Victoria Station", "Downing Street": a place's head word that is no surname ends a place.
    const head = (name[name.length - 1] ?? '').toLowerCase();
    if (!single && !afterTitle && PLACE_HEADS.has(head) && !SURNAME_HEADS.has(head)) continue;
    // A caps-initial opening needs a prefix ("Prof DP Singh"); "UN Secretary" is not a name.
    if (/^\p{Lu}{2,3}$/u.test(name[0] ?? '') && prefix === '' && title.length === 0) continue;
    const start = bodyStart + offset;
    if (!afterTitle && modifiesANoun(text, start, start + nameText.length)) continue;
    out.push({
      name: nameText,
      start,
      end: start + nameText.length,
      outerStart: m.index,
      prefix: [prefix.trim(), ...title, ...dropped].join(' ').trim(),
      single,
    });
  }
  return out;
}
