/**
 * The reporting vocabulary, read once from `vocab/speech.json` and turned into regular-
 * expression sources: reporting verbs, event-role verbs, speech nouns with the role each one
 * implies, list triggers, honorifics, post-nominals and name particles. Words live in the data
 * file so that a new genre grows the list, not the code; this module only escapes and orders
 * them (longest first, so "called for" wins over "called").
 */
import { readFileSync } from 'node:fs';
import type { SpeakerRole } from './participation';

interface SpeechVocabulary {
  reportingVerbs: string[];
  trailingVerbs: string[];
  reportingParticiples: string[];
  reportedStateWords: string[];
  presidingChairs: { eventKinds: string[]; bodies: string[]; chairNouns: string[] };
  personObjectVerbs: string[];
  actVerbs: string[];
  roleVerbs: Record<string, SpeakerRole>;
  welcomedPeople: string[];
  passiveRoleVerbs: Record<string, SpeakerRole>;
  deliveryVerbs: string[];
  speechNouns: Record<string, SpeakerRole>;
  listTriggers: string[];
  honorifics: string[];
  postNominals: string[];
  nameParticles: string[];
  sourceTitles: string[];
  roleNouns: Record<string, SpeakerRole>;
  officeRoleNouns: string[];
  chairedThings: string[];
  ledNotChaired: string[];
  onlyWhenChaired: string[];
  givenNameHonorifics: string[];
  readWorks: string[];
  bareSpeechVerbs: string[];
  listNouns: string[];
  patronymicParticles: string[];
  ledWorks: string[];
  speakingTurns: string[];
  genderedHonorifics: { female: string[]; male: string[] };
  honorificWords: Record<string, string>;
  elsewhere: {
    writtenVehicles: string[];
    spokenModifiers: string[];
    media: string[];
    newsOutlets: string[];
    newsNouns: string[];
    absence: string[];
    /** What someone was doing in another place ("where he was attending a summit"). */
    awayActivities: string[];
    /** Another occasion the words were given at ("at a separate news conference"). */
    separateOccasions: string[];
    /** What makes an occasion another one ("a separate briefing", "a rival rally"). */
    otherOccasionWords: string[];
    fromAfar: string[];
    linkedToTheEvent: string[];
    afterTheEvent: string[];
    afterWhat: string[];
    earlierTense: string[];
    writing: string[];
    writtenToTheEvent: string[];
    sceneOpeners: string[];
    mastheads: string[];
    attendance: string[];
    audienceNouns: string[];
    reactionGroups: string[];
    reactionVerbs: string[];
    laterOccasions: string[];
    representedBy: string[];
    inPlaceOf: string[];
  };
}

export const SPEECH_VOCABULARY = JSON.parse(
  readFileSync(new URL('./vocab/speech.json', import.meta.url), 'utf8'),
) as SpeechVocabulary;

export function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of phrases, longest first, with flexible inner spaces. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})`;
}

/** Honorifics with an optional final dot: "Dr", "Dr.", "H.E.", "Rt. Hon.". */
export const HONORIFIC_SOURCE = `(?:${[...new Set(SPEECH_VOCABULARY.honorifics)]
  .sort((a, b) => b.length - a.length)
  .map((h) => `${escape(h.replace(/\.$/, '')).replace(/ /g, '\\s+')}\\.?`)
  .join('|')})`;

export const REPORTING_VERB_SOURCE = alternation(SPEECH_VOCABULARY.reportingVerbs);
/** "to speak", "to take the floor": a speaker's turn after an ordinal ("First to speak was X"). */
export const SPEAKING_TURN_SOURCE = alternation(SPEECH_VOCABULARY.speakingTurns);
/** ", saying …", ", accusing …": a participle that reports the words of the clause's subject. */
export const REPORTING_PARTICIPLE_SOURCE = alternation(SPEECH_VOCABULARY.reportingParticiples);
/** The same but the participles of acts ("thanking", "welcoming": `actVerbs`), which report no words. */
export const WORDS_PARTICIPLE_SOURCE = alternation(
  SPEECH_VOCABULARY.reportingParticiples.filter(
    (p) => !SPEECH_VOCABULARY.actVerbs.includes(p.replace(/ing$/u, 'ed')),
  ),
);

/** "He would not accept it": after a pronoun, words that may still carry reported speech. */
export const REPORTED_STATE_WORDS: ReadonlySet<string> = new Set(
  SPEECH_VOCABULARY.reportedStateWords,
);
/** "spoke", "testified": verbs that say someone spoke without reporting words. */
export const BARE_SPEECH_VERB_SOURCE = alternation(SPEECH_VOCABULARY.bareSpeechVerbs);
/** "speakers", "officials": plural nouns of people that open or place into a list. */
export const LIST_NOUN_SOURCE = alternation(SPEECH_VOCABULARY.listNouns);
/** The verbs that end a sentence as its attribution: "…, she said." */
export const TRAILING_VERB_SOURCE = alternation(SPEECH_VOCABULARY.trailingVerbs);

const ACTS = new Set(SPEECH_VOCABULARY.actVerbs);
/** "thanked", "congratulated": verbs of an act done at the event, reporting no words. */
export const ACT_VERB_SOURCE = alternation(SPEECH_VOCABULARY.actVerbs);
/** Reporting verbs that report words, not only an act ("said", "warned"; not "thanked"). */
const WORDS_VERBS = SPEECH_VOCABULARY.reportingVerbs.filter((v) => !ACTS.has(v));
// "spoke" alone reports no words ("It was X who spoke next"); "spoke of", "spoke about" do.
export const WORDS_VERB = new RegExp(
  String.raw`\b(?:${alternation(WORDS_VERBS.filter((v) => !/^(?:spoke|speaks)$/.test(v)))}|(?:spoke|speaks)\s+(?:of|about|on|out))\b`,
  'iu',
);
/** The same verbs but "spoke"/"speaks", whose forms the claim stage spells out ("spoke to" is none). */
export const WORDS_VERB_SOURCE = alternation(
  WORDS_VERBS.filter((v) => !/^(?:spoke|speaks)\b/.test(v)),
);
/** Words verbs that may invert after a plain comma ("The plan is wrong, said X"). */
export const COMMA_INVERTED_VERB_SOURCE = alternation(
  WORDS_VERBS.filter(
    (v) => !/^(?:spoke|speaks)\b/.test(v) && !SPEECH_VOCABULARY.personObjectVerbs.includes(v),
  ),
);

/** A paragraph that opens away from the event: "Outside the hall, …", "Across town, …". */
const SCENE_AWAY = new RegExp(
  // (a dot after a lone capital is an initialism's: "Outside the U.N. headquarters,")
  String.raw`^${alternation(SPEECH_VOCABULARY.elsewhere.sceneOpeners)}\b(?![\p{L}-])(?:[^.;]|(?<=\b\p{Lu})\.){0,80},`,
  'u',
);
/** "Rights groups welcomed the swap.", "Analysts were unimpressed.": a paragraph of reactions. */
export const REACTION_OPENING = new RegExp(
  String.raw`^(?:(?:Many|Some|Several|Other|Local|International|Leading)\s+)?${alternation(SPEECH_VOCABULARY.elsewhere.reactionGroups)}\s+(?:\p{Ll}+ly\s+)?${alternation(SPEECH_VOCABULARY.elsewhere.reactionVerbs)}\b`,
  'iu',
);
/**
 * The event-role verbs of the list, and "led the <thing chaired>" for each verb of
 * `ledNotChaired` and `onlyWhenChaired` ("led the vigil", "conducted the service" → moderator;
 * "led the delegation", "conducted the survey" are none), so a new kind of chaired event is one word in `chairedThings`, not a new phrase.
 */
const ROLE_VERBS: Record<string, SpeakerRole> = {
  ...Object.fromEntries(
    [...SPEECH_VOCABULARY.ledNotChaired, ...SPEECH_VOCABULARY.onlyWhenChaired].flatMap((verb) =>
      SPEECH_VOCABULARY.chairedThings.flatMap((thing) => [
        [`${verb} the ${thing}`, 'moderator'],
        [`${verb} a ${thing}`, 'moderator'],
      ]),
    ),
  ),
  ...SPEECH_VOCABULARY.roleVerbs,
};
export const ROLE_VERB_SOURCE = alternation(Object.keys(ROLE_VERBS));
export const PASSIVE_VERB_SOURCE = alternation(Object.keys(SPEECH_VOCABULARY.passiveRoleVerbs));
export const DELIVERY_VERB_SOURCE = alternation(SPEECH_VOCABULARY.deliveryVerbs);
export const SPEECH_NOUN_SOURCE = alternation(Object.keys(SPEECH_VOCABULARY.speechNouns));
/** Read or recited, a work makes its reader a speaker; "by" before a name gives its author. */
export const READ_WORK_SOURCE = alternation(SPEECH_VOCABULARY.readWorks);
export const LIST_TRIGGER_SOURCE = alternation(SPEECH_VOCABULARY.listTriggers);
export const POST_NOMINAL_SOURCE = alternation(SPEECH_VOCABULARY.postNominals);
export const PARTICLE_SOURCE = alternation(SPEECH_VOCABULARY.nameParticles);

const POST_NOMINAL_WORD = new RegExp(String.raw`^${POST_NOMINAL_SOURCE}\.?$`, 'u');

/** Whether a word is a post-nominal ("Jr", "KC", "III"), which follows a name without being of it. */
export function isPostNominal(word: string): boolean {
  return POST_NOMINAL_WORD.test(word);
}

// ("The Rev", "His Excellency": the article and the possessive are no honorifics alone.)
const HONORIFIC_WORDS = new Set(
  SPEECH_VOCABULARY.honorifics
    .flatMap((h) => h.toLowerCase().replace(/\./g, '').split(' '))
    .filter((w) => !/^(?:the|his|her)$/u.test(w)),
);

const ABBREVIATED_HONORIFIC = new RegExp(
  String.raw`\b(${Object.keys(SPEECH_VOCABULARY.honorificWords).join('|')})\b\.?`,
  'gu',
);

/** The text with abbreviated honorifics spelt out ("Prof. X" → "professor X"), to match titles. */
export function spellOutHonorifics(text: string): string {
  return text.replace(
    ABBREVIATED_HONORIFIC,
    (_, h: string) => SPEECH_VOCABULARY.honorificWords[h] ?? h,
  );
}

// Case kept: "miss" and "don" are also verbs.
const FEMALE_HONORIFICS = new Set(SPEECH_VOCABULARY.genderedHonorifics.female);
const MALE_HONORIFICS = new Set(SPEECH_VOCABULARY.genderedHonorifics.male);

/** The sex a word written before a name says ("Mrs." → female, "Don" → male), if any. */
export function honorificGender(word: string): 'female' | 'male' | undefined {
  const w = word.replace(/\.$/, '');
  if (FEMALE_HONORIFICS.has(w)) return 'female';
  if (MALE_HONORIFICS.has(w)) return 'male';
  return undefined;
}

// "Tan" of "Tan Sri", "Right" of "Right Honourable": words that only open a longer honorific.
const OPENING_ONLY_WORDS = (() => {
  const words = (h: string) => h.toLowerCase().replace(/\./g, '').split(' ');
  const closing = new Set(SPEECH_VOCABULARY.honorifics.map((h) => words(h).pop() ?? ''));
  return new Set(
    SPEECH_VOCABULARY.honorifics
      .flatMap((h) => words(h).slice(0, -1))
      .filter((w) => !closing.has(w)),
  );
})();

/**
 * Whether a word ending a name is an honorific or title after it ("Mariam Suroor Director"),
 * not a surname that also opens a longer honorific ("Mei Lin Tan", for "Tan Sri").
 */
export function isTrailingHonorific(word: string): boolean {
  return isHonorificWord(word) && !OPENING_ONLY_WORDS.has(word.toLowerCase().replace(/\./g, ''));
}

/** Whether a single word (dots ignored) is an honorific or a title word of the list. */
export function isHonorificWord(word: string): boolean {
  return HONORIFIC_WORDS.has(word.toLowerCase().replace(/\./g, ''));
}

const lookup = (table: Record<string, SpeakerRole>, phrase: string): SpeakerRole | undefined =>
  table[phrase.toLowerCase().replace(/\s+/g, ' ')];

export function roleOfVerb(verb: string): SpeakerRole | undefined {
  return lookup(ROLE_VERBS, verb);
}

// After "welcomed": people ("the delegates", "all 300 guests", "Minister Rao") make a host;
// anything else ("welcomed the plan") is a reaction, reported words.
const WELCOMED_PEOPLE = new RegExp(
  String.raw`^\s+(?:(?:the|all|our|its|his|her|their|fellow|some|many|about|more than|over|nearly|[\d,]+)\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}?${alternation(SPEECH_VOCABULARY.welcomedPeople)}\b|^\s+(?:the\s+)?\p{Lu}`,
  'u',
);

/** Whether what follows a host verb ("welcomed") names people rather than a thing. */
export function welcomesPeople(after: string): boolean {
  return WELCOMED_PEOPLE.test(after);
}

// "Participants were welcomed by X": people, then the passive.
const PEOPLE_WELCOMED = new RegExp(
  String.raw`\b${alternation(SPEECH_VOCABULARY.welcomedPeople)}\s+(?:were|was|had\s+been|are|is)\s+(?:\p{Ll}+ly\s+)?$`,
  'iu',
);

/** Whether the words before "welcomed by X" name people welcomed (X hosts) or a thing (a reaction). */
export function peopleWelcomedBefore(before: string): boolean {
  return PEOPLE_WELCOMED.test(before);
}

/**
 * The role a passive verb gives ("chaired by X" → moderator). A verb of `ledNotChaired` gives
 * it only when `before`, the words before it, names what was chaired ("the panel was led by").
 */
export function roleOfPassive(verb: string, before = ''): SpeakerRole | undefined {
  const role = lookup(SPEECH_VOCABULARY.passiveRoleVerbs, verb);
  if (LED_NOT_CHAIRED.has(verb.toLowerCase()) && !CHAIRED_THING.test(before)) return 'speaker';
  return role;
}

// "the 2022 survey led by X": the nearest noun before "led" is a work, and X its author.
const LED_WORK = new RegExp(
  String.raw`\b${alternation(SPEECH_VOCABULARY.ledWorks)}\b(?:\s+[\p{Ll}-]+){0,2}\s*,?\s*(?:which\s+was\s+|that\s+was\s+|was\s+|were\s+)?$`,
  'iu',
);

/**
 * "The survey was conducted by X": a passive verb of `onlyWhenChaired` on no chaired thing;
 * "the survey led by X": "led" on a work of `ledWorks`.
 */
export function passiveNamesNoSpeaker(verb: string, before = ''): boolean {
  // ("the review session led by X": the nearest noun is a chaired thing, so X moderates.)
  const nearest =
    /([\p{L}-]+)[\s,]*(?:which\s+was|that\s+was|was|were)?\s*$/u.exec(before)?.[1] ?? '';
  if (verb.toLowerCase() === 'led' && LED_WORK.test(before) && !CHAIRED_THING.test(nearest))
    return true;
  return ONLY_WHEN_CHAIRED.has(verb.toLowerCase()) && !CHAIRED_THING.test(before);
}

/**
 * The role a speech noun implies: "video message" → video message, "welcome remarks" → host;
 * a noun with a modifier the table lacks ("goodwill message") by its head noun.
 */
export function roleOfNoun(noun: string): SpeakerRole {
  const head = noun.trim().split(/\s+/).pop() ?? '';
  return (
    lookup(SPEECH_VOCABULARY.speechNouns, noun) ??
    lookup(SPEECH_VOCABULARY.speechNouns, head) ??
    'speaker'
  );
}

const GIVEN_NAME_HONORIFICS = new Set(
  SPEECH_VOCABULARY.givenNameHonorifics.map((h) => h.toLowerCase()),
);
/** "Sir", "Bishop": an honorific that may stand with a given name alone ("Sir Malcolm"). */
export function takesGivenName(honorific: string): boolean {
  return GIVEN_NAME_HONORIFICS.has(honorific.toLowerCase().replace(/\.$/, ''));
}

const PATRONYMIC = new RegExp(
  String.raw`^[\p{L}\p{M}'’-]+\s+${alternation(SPEECH_VOCABULARY.patronymicParticles)}\s`,
  'u',
);
/** "Hafiz bin Rahmat": a name whose given name, not its last word, names its bearer again. */
export function hasPatronymic(name: string): boolean {
  return PATRONYMIC.test(name);
}

export const ROLE_NOUN_SOURCE = alternation(Object.keys(SPEECH_VOCABULARY.roleNouns));

const OFFICE_NOUNS = new Set(SPEECH_VOCABULARY.officeRoleNouns);
const LED_NOT_CHAIRED = new Set(SPEECH_VOCABULARY.ledNotChaired);
const ONLY_WHEN_CHAIRED = new Set(SPEECH_VOCABULARY.onlyWhenChaired);
const CHAIRED_THING = new RegExp(
  String.raw`\b${alternation(SPEECH_VOCABULARY.chairedThings)}\b`,
  'iu',
);

// "At the Philippine General Hospital, where relatives waited outside a ward, X said": a scene
// at a place whose where-clause says nothing of the event.
const THE_CHAIRED_THING = new RegExp(
  String.raw`\b(?:the|a|an|this|its|their)\s+(?:[\p{L}-]+\s+)?${alternation(SPEECH_VOCABULARY.chairedThings)}\b`,
  'iu',
);
const AT_WHERE = /^At (?:the |a |an )?[^,;]{2,60}, where ([^,;]{3,160}),/u;

/** Whether a sentence opens on a scene away from the event ("Outside the hall, …"). */
export function opensOnAnotherScene(sentence: string): boolean {
  if (SCENE_AWAY.test(sentence)) return true;
  const where = AT_WHERE.exec(sentence)?.[1];
  // ("where the meeting was held" is the event's place; "on Thursday morning" only a time.)
  return where !== undefined && !THE_CHAIRED_THING.test(where);
}

// "chaired the Strait Link board", "chairs the review": an office held, when the object that
// follows (up to a comma, a clause or a preposition of time) names no chaired thing.
const CHAIRING_VERB = /^(?:chaired|chairs|presided over|presides over)$/iu;
const CHAIRED_OBJECT = /^\s+((?:(?!\b(?:until|since|from|when|between|for|in|and)\b)[^,.;:“”"])+)/u;

/** Whether "chaired …" is an office held rather than the event chaired ("who chaired the board"). */
export function chairsAnOffice(verb: string, after: string): boolean {
  if (!CHAIRING_VERB.test(verb.trim())) return false;
  const object = CHAIRED_OBJECT.exec(after)?.[1]?.trim() ?? '';
  return object !== '' && !/^(?:it|them)\b/u.test(object) && !CHAIRED_THING.test(object);
}

/**
 * The role a role noun names: "moderator", "master of ceremonies" → moderator. A noun that is
 * also an office ("the committee chairman", "our Chairperson") names the event's role only when
 * `context`, the words around it, names what was chaired or hosted ("the session chair").
 */
export function roleOfRoleNoun(noun: string, context?: string): SpeakerRole {
  const key = noun.toLowerCase().replace(/\s+/g, ' ');
  if (context !== undefined && OFFICE_NOUNS.has(key) && !CHAIRED_THING.test(context))
    return 'speaker';
  return (
    lookup(SPEECH_VOCABULARY.roleNouns, noun) ??
    lookup(SPEECH_VOCABULARY.roleNouns, noun.replace(/^co-/i, '')) ??
    'speaker'
  );
}

/** The event role a role noun alone names ("the Chairman", "the moderator"), if it is one. */
export function roleNamedBy(noun: string): SpeakerRole | undefined {
  return lookup(SPEECH_VOCABULARY.roleNouns, noun);
}

const SOURCE_TITLE = new RegExp(`\\b${alternation(SPEECH_VOCABULARY.sourceTitles)}\\b`, 'i');

/** "Police spokesman Sgt. Dave Bursten said": a title that makes a person the reporter's source. */
export function isSourceTitle(title: string): boolean {
  return SOURCE_TITLE.test(title);
}

const ELSEWHERE = SPEECH_VOCABULARY.elsewhere;
/** How a report places someone in the audience: the phrases, and "Among the marchers was X". */
const ATTENDANCE = [
  ...ELSEWHERE.attendance,
  ...ELSEWHERE.audienceNouns.flatMap((noun) => [`among the ${noun}`, `Among the ${noun}`]),
];

/**
 * Words given somewhere other than the event: written ("in her report", "wrote"), on a medium
 * ("said on Twitter", "told state television"), to the press ("told Reuters", "told the local
 * newspaper"), by telephone, by someone who was not there ("who did not attend"), or earlier
 * ("had said", "said last week"). A whole-sentence test: the caller decides what it cancels.
 */
/**
 * "In a letter", "through her statement", "according to a broadcast": a phrase naming how words
 * were sent, from a list.
 */
const vehicle = (nouns: string[]) =>
  new RegExp(
    String.raw`\b(?:[Ii]n|[Tt]hrough|according to) (?:his|her|its|their|a|an|the)\b[^,.;]{0,40}?\b(?<!\b(?:${alternation(ELSEWHERE.spokenModifiers)})\s)${alternation(nouns)}s?\b`,
    'u',
  );

/** Occasions on which words may be given apart from the event ("a briefing", "a news conference"). */
export const OCCASION_SOURCE = alternation(ELSEWHERE.separateOccasions);

/** Words written, not spoken: "in her report", "in a statement". */
const WRITTEN_VEHICLE = vehicle(ELSEWHERE.writtenVehicles);

/** "In a letter", "in her written statement": what a written message to the event is sent as. */
export const LETTER_VEHICLE = vehicle(ELSEWHERE.writtenToTheEvent);

/** Where the words were given: a written vehicle, a medium, a news outlet, the telephone. */
export const SPOKEN_ELSEWHERE = new RegExp(
  [
    WRITTEN_VEHICLE.source,
    String.raw`\b(?:said|says|told|posted|wrote|declared|announced|added|argued|warned|stated|appeared)\b[^,.;“”"]{0,30}?\bon ${alternation(ELSEWHERE.media)}(?![\p{L}-])`,
    String.raw`\b(?:told|to) ${alternation(ELSEWHERE.newsOutlets)}(?![\p{L}-])`,
    // ("told reporters his daily catch had fallen": the object is the reporters, what follows
    // is what was said; words between "told" and the outlet only describe it.)
    String.raw`\btold (?:the |a |an )?(?:(?!(?:reporters|journalists|his|her|their|its|our|my|your)\b)[\p{L}-]+\s+){0,4}?${alternation(ELSEWHERE.newsNouns)}\b`,
    // "told the Millbrook Echo", "Speaking to the Courier in 2009": a newspaper ("the Leader of
    // the House" is a title).
    String.raw`\b(?:told|[Ss]peaking to|[Tt]alking to) (?:(?:the |The )?(?:\p{Lu}[\p{L}-]*\s+){1,3}|(?:the|The) )${alternation(ELSEWHERE.mastheads)}\b(?!\s+of\b)`,
    String.raw`\b(?:by|over the) (?:tele)?phone\b|\bin a (?:tele)?phone (?:call|interview)\b`,
    // "said at a separate news conference in Canberra", "was addressing a rival rally":
    // another occasion.
    String.raw`\b(?:an?|the|his|her|their|its) (?:${alternation(ELSEWHERE.otherOccasionWords)}) (?:[\p{L}-]+ )?${alternation(ELSEWHERE.separateOccasions)}\b`,
    // "told reporters in Brussels, where he was attending a summit": at another place's business.
    String.raw`\bin \p{Lu}[\p{L}\p{M}-]*(?:\s\p{Lu}[\p{L}\p{M}-]*)?, where (?:he|she|they) (?:was|were|is|are) ${alternation(ELSEWHERE.awayActivities)}\b`,
  ].join('|'),
  'u',
);

/** "said from Nadi", "speaking from Canberra": words given from another place... */
export const FROM_AFAR = new RegExp(String.raw`\b${alternation(ELSEWHERE.fromAfar)}\s+\p{Lu}`, 'u');
/** ...unless they reached the event by a link: "addressed the summit by video, speaking from Kyiv". */
export const LINKED_TO_THE_EVENT = new RegExp(
  String.raw`\b${alternation(ELSEWHERE.linkedToTheEvent)}\b`,
  'iu',
);

/** "said after the meeting", "speaking after the vote": words given once the event was over. */
export const AFTER_THE_EVENT = new RegExp(
  String.raw`\b${alternation(ELSEWHERE.afterTheEvent)}\s+(?:\p{Ll}+\s+){0,2}?${alternation([...SPEECH_VOCABULARY.chairedThings, ...ELSEWHERE.afterWhat])}\b`,
  'iu',
);

/**
 * Absence ('who did not attend'), an earlier time ('had warned', 'last year') and writing
 * ('wrote'): these speak of the speaker only in the sentence's own clause, not inside what it
 * reports ('X said her agency had warned the board', 'X said she wrote for her neighbours' are
 * X speaking now), so speech.ts reads them before the verb.
 */
/** "The minister, X, was represented by Y": after X's name and apposition, X sent Y. */
export const REPRESENTED_AFTER = new RegExp(
  String.raw`^(?:\s*,[^.;“”"]{0,160}?)?,?\s+(?:${alternation(ELSEWHERE.representedBy)})\b`,
  'u',
);
/** "Y, who came in place of the minister, X,": before X's name, Y stood in for X. */
export const IN_PLACE_OF_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(ELSEWHERE.inPlaceOf)})\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[^\s,;.“”"]+\s+){0,5}?(?:[^\s,;.“”"]+,\s*)?$`,
  'iu',
);

/**
 * "Next year's lecture will be given by X", "The 2024 conference will be held in Inverness, and
 * the keynote speaker will be X": a later occasion, then its future ("The chair, who will step
 * down next year, opened the meeting" is this one's).
 */
export const LATER_OCCASION = new RegExp(
  String.raw`\b${alternation(ELSEWHERE.laterOccasions)}(?:['’]s)?\b[^.;]{0,80}?\b(?:will|shall)\s+(?:be|give|deliver|speak|address|lead|chair|host|open|close)\b|\b[Tt]he\s+(?:19|20)\d\d\s+(?:[\p{L}-]+\s+){0,3}will\s+be\s+held\b`,
  'isu',
);

export const ABSENT_OR_EARLIER = new RegExp(
  String.raw`\b(?:${alternation([...ELSEWHERE.absence, ...ATTENDANCE, ...ELSEWHERE.writing])}|${alternation(ELSEWHERE.earlierTense)})\b`,
  'gu',
);

/**
 * "who was not at the summit", "who did not attend": the absences of the list that say the
 * person was not there (not "said afterwards"), so their later words are no speaking either.
 */
export const NOT_THERE = new RegExp(
  String.raw`\b${alternation(ELSEWHERE.absence.filter((phrase) => /\b(?:not|n't|absent|unable|stayed away|boycotted)\b/.test(phrase)))}\b`,
  'u',
);

/** "Among the crowd was X", "X, who had travelled from Bristol": there as audience. */
export const ATTENDING = new RegExp(String.raw`\b${alternation(ATTENDANCE)}\b`, 'u');

const REPORT_WORDS = new Set(
  [
    ...SPEECH_VOCABULARY.reportingVerbs,
    ...Object.keys(ROLE_VERBS),
    ...Object.keys(SPEECH_VOCABULARY.speechNouns),
    ...Object.keys(SPEECH_VOCABULARY.roleNouns),
    ...SPEECH_VOCABULARY.honorifics,
    'audience',
    'intervention',
    'participants',
    'delegates',
    'conference',
    'meeting',
    'event',
  ]
    .filter((w) => !w.includes(' '))
    .map((w) => w.toLowerCase().replace(/\.$/, '')),
);

/** A word of the report's own about the speech (verbs, speech nouns, titles), not of a claim. */
export function isReportWord(word: string): boolean {
  const lower = word.toLowerCase();
  return REPORT_WORDS.has(lower) || REPORT_WORDS.has(`${lower}s`);
}
