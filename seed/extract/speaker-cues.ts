/**
 * Who addressed the event, from the cue that governs each name's slot in its sentence, the
 * constructions real reports use (see ../shared/EXTRACTION.md):
 * - after the name (appositions, affiliations and adverbs skipped): a reporting verb
 *   ("underlined", "threw light on"), an event-role verb ("chaired", "opened", "introduced"),
 *   a delivery verb with a speech noun ("gave her report", "delivered a special address"), a
 *   role copula ("were the guest speakers");
 * - before it: "moderated by", "remarks by/from", a list trigger ("the panel consisted of",
 *   "speakers included"), an inverted attribution ("…,” said), "Leading the discussion will be",
 *   a participle lead ("Delivering a talk on …, NAME"), a speech adjunct ("In his welcome
 *   remarks, NAME");
 * - a cue carries along a list or a coordination ("chaired by A and B", "A; B; and C").
 * Each finding names its rule, so its measured precision can become its confidence. Names in
 * quotation marks and words written elsewhere ("in a statement") are not speakers.
 */
import { isSurnameOf } from './name-match';
import { genderAgrees } from './pronouns';
import { nameCandidates, type NameCandidate } from './name-candidates';
import { ORGANIZATION_HEAD_WORDS, isTitleWord } from './names';
import { ROLE_PRIORITY, type SpeakerRole } from './participation';
import type { ArticlePeople, LocalPerson, Span } from './people';
import { insideRegion, quotedRegions, type Sentence } from './sentences';
import { lookupCity } from './places';
import { sessionHeadingNames } from './session-headings';
import { placedAtAnEvent, spokenElsewhere, writtenToTheEvent } from './speech';
import {
  DELIVERY_VERB_SOURCE,
  HONORIFIC_SOURCE,
  READ_WORK_SOURCE,
  LIST_TRIGGER_SOURCE,
  PASSIVE_VERB_SOURCE,
  POST_NOMINAL_SOURCE,
  REPORTING_VERB_SOURCE,
  ROLE_VERB_SOURCE,
  WORDS_VERB_SOURCE,
  COMMA_INVERTED_VERB_SOURCE,
  SPEECH_NOUN_SOURCE,
  isHonorificWord,
  isSourceTitle,
  roleOfNoun,
  roleNamedBy,
  roleOfRoleNoun,
  ROLE_NOUN_SOURCE,
  roleOfPassive,
  takesGivenName,
  LATER_OCCASION,
  REPRESENTED_AFTER,
  IN_PLACE_OF_BEFORE,
  passiveNamesNoSpeaker,
  roleOfVerb,
  welcomesPeople,
  peopleWelcomedBefore,
  opensOnAnotherScene,
  ATTENDING,
  NOT_THERE,
  REACTION_OPENING,
  REPORTING_PARTICIPLE_SOURCE,
  OCCASION_SOURCE,
  chairsAnOffice,
  SPEAKING_TURN_SOURCE,
} from './vocab';

export interface CueFinding {
  person: LocalPerson;
  role: SpeakerRole;
  evidence: Span;
  rule: string;
}

interface Cue {
  role: SpeakerRole;
  rule: string;
  /** A role noun the cue names the person by ("was the Chief Guest"), kept as a title. */
  title?: string;
}

const ROLE_NOUN = ROLE_NOUN_SOURCE;
const ADJUNCT = String.raw`(?:\p{Ll}+ly|also|then|too|later|first|next|finally|further|again|once again|soon|subsequently|himself|herself|on this occasion|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:his|her|their) [\w-]+(?: [\w-]+)?|during (?:the|his|her) [\w-]+(?: [\w-]+)?|at the [\w-]+|,)`;
// Between a name and its verb: post-nominals, a parenthesis, "of/from the Body", an apposition
// (which never opens with an event-role verb: ", welcomed the guests and recalled" is the
// name's own; also ", the Democrat who chairs the committee,"), and a relative clause after
// it (", 58, who has fished there since he was a boy,").
const skipOver = (notOpening: string) =>
  String.raw`(?:,?\s+${POST_NOMINAL_SOURCE}\b\.?)?(?:\s*\([^)]*\))?(?:\s+(?:of|from|with|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'&.-]*\s*){1,8}(?:\([^)]*\))?)?(?:\s*,\s*(?:(?:the|a|an)\s+[^,;“”"]{1,40}?\s+)?(?:who|whose|which)\s[^,;“”"]{1,150}(?=,))?(?:\s*,\s*(?!\s*(?:${notOpening})\b)(?:(?!\b(?:who|which|whose|that)\b)[^,;“”"]){1,100}?){0,3}(?:\s*,\s*(?:who|whose)\s[^,;“”"]{1,150}(?=,))?,?`;
const SKIP = skipOver(ROLE_VERB_SOURCE);
// "X, who lives in a tent, said he had been cited": read with the wide skip, the apposition
// ran to "been" and left a passive; a skip that no said/says opens finds the verb.
const SKIP_TO_SAID = skipOver(String.raw`${ROLE_VERB_SOURCE}|said|says`);
const afterVerb = (skip: string) =>
  new RegExp(
    String.raw`^${skip}\s+(who\s+)?(?:${ADJUNCT}\s+){0,3}(?:(?!(?:${ROLE_VERB_SOURCE})\b)\p{Ll}+ed\s+(?:(?:the|a|an|his|her|their|its)\s+[^,;.“”"]{1,40}?\s+)?and\s+)?(?:(${ROLE_VERB_SOURCE})|(?<!\b(?:a|an|the|his|her|its|their|our)\s)(${REPORTING_VERB_SOURCE})|(${DELIVERY_VERB_SOURCE}|recited)\s+(?:[“"][^“”"]{1,80}[”"],?\s+)?(?:[\w’'-]+\s+){0,6}?(${SPEECH_NOUN_SOURCE}|${READ_WORK_SOURCE}))\b`,
    'iu',
  );
const AFTER_VERB = afterVerb(SKIP);
const AFTER_SAID = afterVerb(SKIP_TO_SAID);
const RELATIVE_ROLE = new RegExp(
  String.raw`,\s*who\s+(?:\p{Ll}+ly\s+|also\s+)?(${ROLE_VERB_SOURCE})\b`,
  'iu',
);
const AFTER_COPULA = new RegExp(
  String.raw`^${SKIP}\s+(?:was|were|is|are|will be|served as|graced\s+(?:the\s+)?[\p{L}-]+\s+as)\s+(?:the|a|an|one of the|our|its)?\s*(?:\w+\s+){0,2}?(${ROLE_NOUN})\b`,
  'iu',
);
const AFTER_AND =
  /^(?:\s*\([^)]*\))?(?:\s*,\s*[^,;“”"]{1,120}?,?)?\s+(?:and|&)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

// What may sit between a trigger and a name: a title phrase (with "(Retd)", "(Mrs.)"), an
// article, an apposition noun.
// It never holds "by"/"from": the nearest trigger governs ("opened by A and moderated by B").
// "by its editor, the historian Dr. X", "by her campaign chair, former councilman X": after the
// apposition's comma, an article (or "former") and a few title words may come before the name,
// and honorifics ("by the Mayor of Tarnvale, His Worship Cllr. X", "from the Chair, Justice (Rtd.) Y").
const GAP = String.raw`(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:(?!(?:by|from)\s)(?:[^\s,;:“”"()]+|\([^\s()]{1,8}\))\s+){0,7}?(?:[^\s,;:“”"()]+,\s*(?:(?:the|a|an|former|retired)\s+(?:(?!(?:by|from)\s)[^\s,;:“”"()]+\s+){0,4}?)?(?:(?:${HONORIFIC_SOURCE}|\([^\s()]{1,8}\))\s+){0,4})?`;
/** The match and the few words before it: where "the session chair" says what was chaired. */
const nearBefore = (m: RegExpExecArray) =>
  m.input.slice(Math.max(0, m.index - 30), m.index + m[0].length);
const REPORTING_PASSIVE = new RegExp(`^${REPORTING_VERB_SOURCE}$`, 'i');
const BEFORE: { regex: RegExp; cue: (m: RegExpExecArray) => Cue | undefined }[] = [
  {
    // "a panel moderated by X, with A, B and C": those "with" the moderator are its panellists.
    regex: new RegExp(
      // (The match starts at "with", after the moderator's name, so it is this list's trigger.)
      String.raw`(?<=\b(?:moderated|co-moderated|chaired|co-chaired|led|hosted|introduced)\s+by\s+[^;:“”"]{3,100}?,\s+)with\s+(?:${HONORIFIC_SOURCE}\s+){0,3}$`,
      'iu',
    ),
    cue: () => ({ role: 'speaker', rule: 'passive-by' }),
  },
  {
    // "Participants were welcomed by the Vice-President, Prof. X": the host ("the plan was
    // welcomed by X" is a reaction, no cue).
    regex: new RegExp(String.raw`\bwelcomed\s+(?:warmly\s+)?by\s+(${GAP})$`, 'iu'),
    cue: (m) =>
      peopleWelcomedBefore(m.input.slice(0, m.index))
        ? { role: 'host', rule: 'passive-by' }
        : undefined,
  },
  {
    // "was read on her behalf by X", "was read out by X", "were read to the rally by X".
    regex: new RegExp(
      String.raw`\b(${PASSIVE_VERB_SOURCE})\s+(?:out\s+|aloud\s+)?(?:(?:to|at)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:on\s+(?:his|her|their|its)\s+behalf\s+)?by\s+(${GAP})$`,
      'iu',
    ),
    // "issues discussed by X" reports what X said; "opened by X" only that X spoke; "read by
    // the master of ceremonies, X" names X's own role.
    cue: (m) => {
      if (passiveNamesNoSpeaker(m[1] ?? '', m.input.slice(0, m.index))) return undefined;
      const noun = new RegExp(String.raw`\b(${ROLE_NOUN_SOURCE}),`, 'iu').exec(m[2] ?? '')?.[1];
      // "opened by the committee chairman, X": an office, so the verb gives the role.
      const office = noun !== undefined && roleOfRoleNoun(noun, m[0]) !== roleOfRoleNoun(noun);
      return {
        role:
          noun && !office
            ? roleOfRoleNoun(noun)
            : (roleOfPassive(m[1] ?? '', m.input.slice(0, m.index)) ?? 'speaker'),
        rule: REPORTING_PASSIVE.test(m[1] ?? '') ? 'passive-reporting-verb' : 'passive-by',
      };
    },
  },
  {
    // ("a message of sympathy from the minister, X", "a letter of support from X", "the most
    // pointed testimony came from X".)
    regex: new RegExp(
      String.raw`\b(${SPEECH_NOUN_SOURCE})\s+(?:of\s+\p{Ll}+\s+)?(?:(?:came|comes|had come)\s+)?(?:by|from)\s+${GAP}$`,
      'iu',
    ),
    cue: (m) => ({ role: roleOfNoun(m[1] ?? ''), rule: 'speech-noun-by' }),
  },
  {
    regex: new RegExp(String.raw`\b(?:${LIST_TRIGGER_SOURCE})\s*:?\s+${GAP}$`, 'iu'),
    cue: () => ({ role: 'speaker', rule: 'list-trigger' }),
  },
  {
    regex: new RegExp(
      String.raw`\b(?:the\s+)?(${ROLE_NOUN})\s+(?:was|were|is|are|will be)\s+${GAP}$`,
      'iu',
    ),
    cue: (m) => ({ role: roleOfRoleNoun(m[1] ?? '', nearBefore(m)), rule: 'copula-before' }),
  },
  {
    // "First to speak was X", "Next to take the floor were A and B", "Also speaking was C":
    // a turn in the order of speakers.
    regex: new RegExp(
      String.raw`\b(?:(?:first|second|third|fourth|fifth|next|last|final)\s+(?:${SPEAKING_TURN_SOURCE})|(?:also\s+)?speaking(?:\s+(?:first|next|last|too))?)\s+(?:was|were|will be)\s+${GAP}$`,
      'iu',
    ),
    cue: () => ({ role: 'speaker', rule: 'copula-before' }),
  },
  {
    regex: new RegExp(
      String.raw`\b(?:leading|moderating|chairing|hosting) the (?:discussion|session|panel|debate|conversation|event)s? (?:was|were|will be)\s+${GAP}$`,
      'iu',
    ),
    cue: (m) => ({
      role: /hosting/i.test(m[0]) ? 'host' : 'moderator',
      rule: 'copula-before',
    }),
  },
  {
    // "The novelist was in conversation with the broadcaster Fiona Reid", "joined a fireside chat
    // with the editor, X": the interviewer.
    regex: new RegExp(
      String.raw`\b(?:in (?:conversation|dialogue|discussion)|(?:a|an|the) (?:fireside chat|on-stage (?:conversation|interview))) with\s+${GAP}$`,
      'iu',
    ),
    cue: () => ({ role: 'moderator', rule: 'conversation-with' }),
  },
  {
    // "The dean handed the stage to Paul Eze", "gave the floor to the mayor, Mike Savage".
    regex: new RegExp(
      String.raw`\b(?:handed|passed|gave|turned|yielded)\s+(?:over\s+)?(?:the\s+)?(?:stage|floor|microphone|mic|podium|lectern)\s+(?:over\s+)?to\s+${GAP}$`,
      'iu',
    ),
    cue: () => ({ role: 'speaker', rule: 'floor-to' }),
  },
  {
    // "The master of ceremonies, broadcaster Colin MacLeod, handed the stage to …"
    regex: new RegExp(
      String.raw`(?:^|[,;]\s+)(?:the|our|its|[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+)?(${ROLE_NOUN}),\s+${GAP}$`,
      'iu',
    ),
    cue: (m) => ({ role: roleOfRoleNoun(m[1] ?? '', nearBefore(m)), rule: 'role-apposition' }),
  },
  {
    // "…,” said panelist Rosa Lind": the subject follows the verb at once, never after a
    // preposition ("…, paid tribute to the late coach Viktor Petrov" names the object). A verb
    // of an act ("…, the ranking member, pressed Ferreira on …") takes its object there, and
    // after a plain comma so does a verb told to someone ("Beth Anders, a farmer, told X that").
    // A pronoun after the verb is its subject ("…, said she would call X"): X is an object.
    regex: new RegExp(
      String.raw`(?:[”"’],?\s*(?:${WORDS_VERB_SOURCE})|,\s*(?:${COMMA_INVERTED_VERB_SOURCE}))\s+(?!(?:to|for|on|at|with|about|of|into|over|upon|she|he|they|we|it|I)\s)${GAP}$`,
      'iu',
    ),
    cue: () => ({ role: 'speaker', rule: 'inverted-attribution' }),
  },
  {
    // "The time is now to act says Arpa": an unpunctuated inverted attribution. After a name
    // the verb has its subject already ("Justice Ostrowski said Vance had written …").
    regex: new RegExp(
      String.raw`(?:(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*|[\d.”"’)])\s+(?:says|said|adds|added|explains|explained|notes|noted|recalls|recalled|insists|insisted)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$`,
      'u',
    ),
    cue: () => ({ role: 'speaker', rule: 'inverted-attribution' }),
  },
  {
    regex: new RegExp(
      String.raw`^(?:(?:Earlier|Later|Then|Finally|Afterwards|Also),?\s+)?(?:[Ii]n|[Dd]uring) (?:his|her|their|a|an) ([\w-]+\s+)?(${SPEECH_NOUN_SOURCE})[^,]{0,60},\s*${GAP}$`,
      'iu',
    ),
    cue: (m) => ({ role: roleOfNoun(`${m[1] ?? ''}${m[2] ?? ''}`.trim()), rule: 'speech-adjunct' }),
  },
  {
    regex: new RegExp(
      String.raw`^(Delivering|Giving|Presenting|Discussing|Citing|Addressing|Speaking|Opening|Closing|Welcoming|Introducing|Moderating|Chairing|Reflecting|Explaining|Noting|Responding|Answering|Describing|Highlighting|Stressing|Underlining|Recalling|Praising|Thanking)\b[^;]{0,220},\s*${GAP}$`,
      'u',
    ),
    cue: (m) => ({
      role: /^Welcoming/.test(m[1] ?? '')
        ? 'host'
        : /^(?:Introducing|Moderating|Chairing)/.test(m[1] ?? '')
          ? 'moderator'
          : 'speaker',
      rule: 'participle-lead',
    }),
  },
];
// Between two items of one list: separators and the apposition of the earlier item.
const LIST_GAP = new RegExp(
  String.raw`^(?:\s*\([^)]*\))?[^;“”"]{0,200};\s*(?:and\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{M}’'&.-]+\s+){0,6}?(?:[^,;]{0,80},\s*)?$`,
  'u',
);
const LIST_GAP_NO_SEMICOLON = new RegExp(
  String.raw`^(?:,?\s*${POST_NOMINAL_SOURCE}\b)?(?:\s*\([^)]*\))?(?:\s*,\s*[^;,“”"]{0,120}?)?\s*(?:,|\band\b|&)\s*(?:and\s+)?${GAP}$`,
  'u',
);

// After the last name of a coordination, the sentence's own verb ("…, A and B, a lawyer,
// debated"): those names are its subject, not more of a by-list that ended at the comma.
const OWN_VERB_AFTER =
  /^(?:\s*,[^,;“”"]{1,120},|,)?\s+(?:\p{Ll}+ly\s+)?(?!and\b|or\b)\p{Ll}+(?:ed|s)\b/u;

const OF_BEFORE = /\bof\s+(?:the\s+)?$/u;
// (A subordinator between ends the phrase: "the moment of the evening came when X spoke".)
const PREPOSITION_BEFORE =
  /\b(?:of|at|for|in|from|with|to|by|on|about|against|than|like|between|among|under|over)\s+(?:the\s+)?(?:(?!(?:when|while|whereupon|where|because|but|then|until|once|that|as|before|after)\s)\p{Ll}[\p{L}-]*\s+){0,3}$/iu;
// "Minister of Justice Han Dong-hoon", "co-chair of the Group X", "Minister of Trade and
// Industry X": the preposition is the title's.
const WORD_BEFORE_PREPOSITION =
  /([\p{L}-]+)\s+(?:of|for|to)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|and|&)\s+){0,4}$/u;

/**
 * "the chief executive of Severnside Water, Alison Marsh, …": a name after "of" that a full
 * name follows in apposition is the body of that person's title, not a person.
 */
function bodyOfTitle(
  s: string,
  candidates: NameCandidate[],
  befores: string[],
  i: number,
): boolean {
  const c = candidates[i];
  const next = candidates[i + 1];
  return (
    c !== undefined &&
    next !== undefined &&
    !next.single &&
    OF_BEFORE.test(befores[i] ?? '') &&
    /^\s*,\s*$/.test(s.slice(c.end, next.outerStart))
  );
}

/** The clause of a sentence, between semicolons, that holds a name. */
function clauseAround(s: string, c: NameCandidate): string {
  const end = s.indexOf(';', c.end);
  return s.slice(s.lastIndexOf(';', c.start) + 1, end < 0 ? s.length : end);
}

/** "Hugh Marchetti of Calder Real Estate": a name right after another's "of" is its affiliation. */
function affiliationOf(s: string, candidates: NameCandidate[], i: number): boolean {
  const previous = candidates[i - 1];
  const c = candidates[i];
  return (
    previous !== undefined &&
    c !== undefined &&
    !previous.single &&
    /^\s+(?:of|from|at)\s+(?:the\s+)?$/.test(s.slice(previous.end, c.outerStart))
  );
}

function titlePreposition(before: string): boolean {
  const word = WORD_BEFORE_PREPOSITION.exec(before)?.[1] ?? '';
  // "Ministry of Health Sharjah": after a body's head word the name is the body's.
  if (ORGANIZATION_HEAD_WORDS.has(word.toLowerCase())) return false;
  return /^\p{Lu}/u.test(word) || isHonorificWord(word) || isTitleWord(word);
}

// ", president of Skyway Air," (or ", Minister of Climate Change,") between a full name and
// its verb: the apposition's own words.
const APPOSITION_OPENING =
  /^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){1,4}(?:of|at|for|from|with)\s+(?:the\s+)?$/u;

// ", whose son attends Elm Park," between a full name and its verb: the relative clause's words.
const RELATIVE_OPENING = /^\s*,\s+(?:who|whom|whose|which)\s[^,;“”"]*$/u;

/**
 * "Jennifer Cole, president of Skyway Air, said" (or ", whose son attends Elm Park, said"): the name after the preposition belongs to
 * the apposition of the full name before it, so it is not the subject of the verb after it.
 */
function inApposition(sentence: string, candidates: NameCandidate[], i: number): boolean {
  const previous = candidates[i - 1];
  const c = candidates[i] as NameCandidate;
  return (
    previous !== undefined &&
    !previous.single &&
    (APPOSITION_OPENING.test(sentence.slice(previous.end, c.outerStart)) ||
      RELATIVE_OPENING.test(sentence.slice(previous.end, c.outerStart))) &&
    // (", Minister of Climate Change and Environment, who …": the body's name may go on.)
    /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?\s*,/u.test(sentence.slice(c.end))
  );
}

/** "higher education minister" before "Dr Mohan Yadav": a lowercase role premodifier. */
function lowercaseTitleBefore(before: string): string {
  // Whole words only: "College president" must not give "ollege president".
  const words =
    /(?<![\p{L}\p{M}'’-])((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u.exec(before)?.[1]?.trim().split(/\s+/) ??
    [];
  const last = words[words.length - 1] ?? '';
  return isHonorificWord(last) || isTitleWord(last) ? words.join(' ') : '';
}

// The noun right before a name is its title ("protester Gwen Talbot"); words further back are not.
// A role noun ending the words before a name, its own title or an apposition opener.
// "Moderator Jane Doe", "Guest speaker Dr. Eoin Fitz": the role noun may come before honorifics.
const TITLE_ROLE_NOUN = new RegExp(
  String.raw`\b(${ROLE_NOUN_SOURCE})(?:['’]s)?,?(?:\s+${HONORIFIC_SOURCE})*\s*$`,
  'iu',
);
const NOUN_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Ll}[\p{L}-]*)\s+$/u;
// "Political scientist X said": opening the sentence, title words capitalised by their place.
// (Anywhere in a sentence, the words before a name are too often another's: a wider form lost
// speakers in the kept-aside folder's totals.)
const WORDS_BEFORE = /^(?:[\p{L}\p{M}’'-]+\s+){1,3}$/u;
// "A police spokesman, Sgt. X, said": an indefinite description fronted before the name,
// opening the sentence ("The first witness, X," at a hearing is one of its speakers).
const FRONTED_DESCRIPTION = /^(?:a|an)\s+(?:[\p{L}\p{M}’'-]+\s+){0,4}[\p{L}\p{M}-]+,\s*$/iu;
/** "the late Seamus Heaney": someone dead, named before their name and titles. */
// "the late X", "her late mentor, Prof. X".
const THE_LATE = /\b(?:the|his|her|their|our|its)\s+late\s+(?:[\p{Ll}-]+,?\s+){0,3}$/iu;
const SAYS_AFTER = new RegExp(String.raw`\b(?:${REPORTING_VERB_SOURCE})\b`, 'u');
// "Tomás Breen, the retired principal who died last Tuesday": the person the report mourns.
// (Only through an apposition of its own: "X, a judge, paid tribute to Y, who died" is Y's.)
const WHO_DIED =
  /^(?:,\s+(?:the|a|an|his|her|their)\s[^.;“”"\p{Lu}]{0,140}?)?,?\s+who\s+(?:had\s+)?(?:died|passed away|was killed|were killed)\b/u;
const COURTESY = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|H\.E|Hon|Rt|Rev|The)\b\.?/g;

const GAPPED_BEFORE = /^\s+\p{Ll}[^,;“”"]{2,80},\s*(?:and\s+)?$/u;
const GAPPED_AFTER =
  /^\s+(?:the|his|her|their|its|a|an)\s+[^,;.“”"]{2,60}(?:[.;]|,\s*(?:and\s+)?\p{Lu})/u;
const FINITE_VERB_AFTER =
  /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|may|might|must|can|did|does|do|\p{Ll}+ed)\s/u;
const OPEN_RELATIVE = /,\s*(?:who|whom|which|whose)\s+[^,;]*$/u;
const COORDINATED = /^(?:\s*\([^)]*\))?\s*(?:,|,?\s+(?:and|&))\s*$/u;

// ", who could not travel and accepted the prize in a video message", ", speaking by video link
// from Oslo, said": the name's own clause says the words came by video.
const BY_VIDEO =
  /^[^.;“”"]{0,160}?(?:\b(?:in|via|through|by|over)\s+(?:a\s+)?(?:(?:(?:pre-?)?recorded\s+)?video(?:\s+(?:message|address|link|call|statement))?|(?:pre-?)?recorded\s+(?:message|address|statement|remarks))\b|\b(?:joined|spoke|took part|participated|appeared)\b[^.;“”"]{0,40}?\b(?:remotely|virtually|via\s+(?:Zoom|Teams|Skype)|by\s+(?:Zoom|Skype))\b)/iu;

const AND_WELCOMED = /^[^.;“”"]{0,60}?\s+and\s+(?:warmly\s+)?welcomed(?=\s)/iu;
const SAID_BY_VIDEO = new RegExp(
  String.raw`^[^.;“”"]{0,160}?\b(?:${REPORTING_VERB_SOURCE})\s+(?:in|via|by|through)\s+(?:a\s+)?(?:(?:pre-?)?recorded|video)\b`,
  'iu',
);

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
const SAID_ON_DAY = new RegExp(
  String.raw`\b(?:${REPORTING_VERB_SOURCE})\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
  'u',
);

/** The weekday the report's opening sentences give the event ("at a rally on Saturday"). */
function leadWeekday(sentences: Sentence[]): string | undefined {
  for (const sentence of sentences.slice(0, 4)) {
    const day = WEEKDAY.exec(sentence.text)?.[1];
    if (day) return day;
  }
  return undefined;
}

// "In Washington, a spokesman told reporters": a sentence opening on a city that the report's
// opening does not name is set in another place.
const IN_CITY_OPENING =
  /^(?:(?:Meanwhile,?\s+|Back\s+)?[Ii]n|From)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?),/u;
// "He spoke at a briefing in Pretoria": an occasion of its own, placed in a city.
const AT_OCCASION_IN_CITY = new RegExp(
  String.raw`\bat an? (?:[\p{L}-]+\s+){0,2}?(?:${OCCASION_SOURCE})\s+in\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)`,
  'u',
);
function inAnotherCity(sentence: string, opening: string): boolean {
  return [IN_CITY_OPENING, AT_OCCASION_IN_CITY].some((pattern) => {
    const city = pattern.exec(sentence)?.[1];
    return city !== undefined && !opening.includes(city) && lookupCity(city) !== undefined;
  });
}

/** "The bill's sponsor said on Friday that …", of a rally on Saturday: said on another day. */
function saidOnAnotherDay(sentence: string, eventDay: string | undefined): boolean {
  const day = SAID_ON_DAY.exec(sentence)?.[1];
  return eventDay !== undefined && day !== undefined && day !== eventDay;
}

// "took aim at the government, accusing it of …", "sought to reassure them, telling …".
const SAYING_AFTER = new RegExp(
  String.raw`^(?:,[^,;“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b[^.;:“”"]{0,80}?,\s+(?:${REPORTING_PARTICIPLE_SOURCE})\b`,
  'u',
);
const REPORTING_PARTICIPLE = new RegExp(
  String.raw`^[^.;“”"]{0,80}?,\s+(?:${REPORTING_PARTICIPLE_SOURCE})\b`,
  'u',
);

// "welcomed the guests and recalled that …": a second verb of the same subject reports words.
const AND_REPORTED = new RegExp(
  String.raw`^[^.;“”"]{0,80}?\band\s+(?:${REPORTING_VERB_SOURCE})\b`,
  'u',
);

function afterCue(rest: string, nextName = Infinity): Cue | undefined {
  const cue = afterCueOf(rest, nextName);
  const clause = rest.slice(0, nextName);
  // ("X of Ankara University, who joined remotely, argued": past an affiliation too.)
  const opening = /^(?:\s+(?:of|from|at)\s+[^,;]{1,60})?\s*,\s*(who|speaking)\b/iu.exec(
    clause,
  )?.[1];
  if (opening && BY_VIDEO.test(clause)) {
    // A relative clause is the name's own even after a preposition ("went to X, who …").
    const rule = /^who$/iu.test(opening) ? 'relative-clause' : 'delivered-speech';
    if (!cue) return { role: 'video message', rule };
    if (cue.role === 'speaker') return { ...cue, role: 'video message' };
  }
  // "X, deputy director, said in a recorded message that …": the verb's own adjunct.
  if (cue?.role === 'speaker' && SAID_BY_VIDEO.test(clause))
    return { ...cue, role: 'video message' };
  return cue;
}

// "X's remarks were read to the rally by Y": the words are X's, sent; Y read them out.
const READ_OUT_WORDS = String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:${SPEECH_NOUN_SOURCE})(?:\s+of\s+[\p{Ll}-]+)?\s+(?:was|were|had\s+been)\s+(?:then\s+|later\s+)?read\b`;
const POSSESSOR_READ_OUT = new RegExp(String.raw`^['’]s?\s+${READ_OUT_WORDS}`, 'iu');
// "X was in Sydney and did not attend. His remarks were read by Y": the subject before's.
const PRONOUN_READ_OUT = new RegExp(String.raw`^(His|Her)\s+${READ_OUT_WORDS}`, 'u');

function afterCueOf(rest: string, nextName: number): Cue | undefined {
  if (POSSESSOR_READ_OUT.test(rest)) return { role: 'written message', rule: 'read-on-behalf' };
  const passive = (m: RegExpExecArray | null) =>
    m !== null && /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?\S+$/u.test(m[0]);
  let verb = AFTER_VERB.exec(rest);
  if (passive(verb)) verb = AFTER_SAID.exec(rest) ?? verb;
  // "Smit, handed the stage to Sara Lind, who presented …": a verb past the next name is not
  // this name's, unless the two are coordinated ("A, B and C, who spoke").
  if (verb && verb[0].length > nextName && !COORDINATED.test(rest.slice(0, nextName))) verb = null;
  // "X, our examiner, was thanked": a passive verb says what was done to X.
  if (passive(verb)) return undefined;
  if (verb) {
    const [, who, roleVerb, reportingVerb, , noun] = verb;
    // "…, who welcomed guests at the start": a relative clause's event-role verb gives its role.
    if (who) {
      const after = rest.slice(verb.index + verb[0].length);
      const welcomed = /^welcom/i.test(roleVerb ?? '');
      const role =
        roleVerb && (!welcomed || welcomesPeople(after)) && !chairsAnOffice(roleVerb, after)
          ? roleOfVerb(roleVerb)
          : undefined;
      return { role: role ?? 'speaker', rule: 'relative-clause' };
    }
    // "spoke of religious freedom", "testified on costs": the role verb carries what was said.
    // "addressed the crowd, urging members to …": a participle of saying reports the words.
    const after = rest.slice(verb.index + verb[0].length);
    // ("led a service of thanksgiving" names what was led, not what was said.)
    const saysWhat =
      roleVerb &&
      ((!/\s/.test(roleVerb) && /^\s+(?:of|about|on)\b/.test(after)) ||
        /^\s+that\b/.test(after) ||
        REPORTING_PARTICIPLE.test(after) ||
        AND_REPORTED.test(after));
    // "X, who chaired the closing session, said …" (or "opened it"): the relative clause's
    // role is the more telling one.
    const relative = RELATIVE_ROLE.exec(verb[0])?.[1];
    const relativeRole = relative ? roleOfVerb(relative) : undefined;
    // "welcomed the plan but warned …": a reaction, not a host's welcome.
    const reacted =
      roleOfVerb(roleVerb ?? '') === 'host' &&
      /^welcom/i.test(roleVerb ?? '') &&
      !welcomesPeople(after);
    if (roleVerb && reacted && !relativeRole)
      return { role: 'speaker', rule: 'subject-reporting-verb' };
    // "X opened the conference and welcomed delegates": the welcome makes the opener the host.
    const andWelcomed = AND_WELCOMED.exec(after);
    if (
      roleVerb &&
      roleOfVerb(roleVerb) === 'speaker' &&
      !relativeRole &&
      andWelcomed &&
      welcomesPeople(after.slice(andWelcomed[0].length))
    )
      return { role: 'host', rule: 'subject-role-verb' };
    if (roleVerb)
      return {
        role:
          (relativeRole !== 'speaker' ? relativeRole : undefined) ??
          roleOfVerb(roleVerb) ??
          'speaker',
        rule: saysWhat ? 'subject-reporting-verb' : 'subject-role-verb',
      };
    // "X in his welcome speech threw light on …": the welcome is the host's.
    const welcome = /\bwelcom(?:e|ing) (?:speech|remarks|address)\b/i.test(verb[0]);
    if (reportingVerb)
      return {
        role: welcome ? 'host' : (relativeRole ?? 'speaker'),
        rule: 'subject-reporting-verb',
      };
    if (noun) {
      // "read out a letter from the minister, X": the reader speaks; the letter is X's.
      const someoneElses = /^\s+(?:from|by|of|on behalf of)\s/u.test(
        rest.slice(verb.index + verb[0].length),
      );
      const role = roleOfNoun(noun);
      return {
        role: someoneElses && role === 'written message' ? 'speaker' : role,
        rule: 'delivered-speech',
      };
    }
  }
  // "X defended the record, saying …", "X hit back at critics, arguing …": the participle
  // reports X's words whatever the verb before it.
  if (SAYING_AFTER.test(rest)) return { role: 'speaker', rule: 'subject-reporting-verb' };
  // "X graced the occasion as Chief Guest, while Y was the Guest of Honour": Y's copula is Y's.
  const copula = AFTER_COPULA.exec(rest.slice(0, nextName));
  if (copula)
    return {
      role: roleOfRoleNoun(copula[1] ?? '', rest.slice(0, copula[0].length + 40)),
      rule: 'copula-role',
      // "graced the occasion as Chief Guest": the role names the person from then on ("the
      // Chief Guest said"); "was the guest speaker" stays a role at this event, no title.
      title: /\bgraced\b/i.test(copula[0]) ? copula[1] : undefined,
    };
  return undefined;
}

/** The cue of the words before a name, and where the words that gave it start. */
function beforeCue(before: string): (Cue & { at: number }) | undefined {
  for (const { regex, cue } of BEFORE) {
    const m = regex.exec(before);
    const found = m ? cue(m) : undefined;
    if (m && found) return { ...found, at: m.index };
  }
  return undefined;
}

/**
 * Whether the names from `i` on, coordinated, are followed by a verb of their own: "On a panel
 * moderated by A, B and C debated" makes B and C the subject, not co-moderators.
 */
function subjectOfOwnVerb(s: string, candidates: NameCandidate[], i: number, gap: RegExp): boolean {
  let last = i;
  while (
    last + 1 < candidates.length &&
    gap.test(
      s.slice(
        (candidates[last] as NameCandidate).end,
        (candidates[last + 1] as NameCandidate).outerStart,
      ),
    )
  )
    last += 1;
  return OWN_VERB_AFTER.test(s.slice((candidates[last] as NameCandidate).end));
}

/**
 * "Union leader Chidi Okonkwo was in the front row. … 'We lose,' Okonkwo said.": a surname
 * alone points back to the one full name earlier in the text that ends with it, even when
 * nothing about that first mention made it a person the article registered.
 */
function earlierFullName(
  fullNames: NameCandidate[],
  surname: string,
  before: number,
): NameCandidate | undefined {
  const full = fullNames.filter((c) => c.end <= before && isSurnameOf(surname, c.name));
  const names = new Set(full.map((c) => c.name));
  return names.size === 1 ? full[0] : undefined;
}

/** The article's people whose name ends with this one-word name. */
const knownBySurname = (name: string, people: ArticlePeople) =>
  people.all().filter((p) => [...p.variants.keys()].some((v) => isSurnameOf(name, v)));

/** Whether a one-word candidate can name a person: known, or an earlier full name, or titled. */
function couldBeSomeone(
  c: NameCandidate,
  people: ArticlePeople,
  fullNames: NameCandidate[],
  offset: number,
): boolean {
  if (c.prefix.split(/\s+/).some((word) => isHonorificWord(word))) return true;
  if (knownBySurname(c.name, people).length > 0) return true;
  if (people.givenNameBearers(c.name, true).length === 1) return true;
  return earlierFullName(fullNames, c.name, offset + c.start) !== undefined;
}

/** The person a candidate names: a full name registers; a single word must be known already. */
const PRONOUN_SPEAKS = new RegExp(
  String.raw`^(?:(?:[“"][^”"]{3,}|[^“”"]{3,})[,.?!]?[”"],?\s+(he|she)|(He|She))\s+(?:also\s+|later\s+|then\s+|further\s+)?(?:${REPORTING_VERB_SOURCE})\b`,
  'u',
);
const PRONOUN_OPENING = /^(?:He|She)(?=\s)/u;
const REPORTING_VERB_NEXT = new RegExp(String.raw`^\s+(?:${REPORTING_VERB_SOURCE})\b`, 'u');
/** What follows a name up to its reporting verb: ", a resident of Leeds," in "X, a resident of Leeds, said". */
const REPORTING_AFTER = new RegExp(String.raw`\s(?:${REPORTING_VERB_SOURCE})\b`, 'u');
/** "Orvania's envoy, " before "Dariush Kamali, rejected …": a short noun phrase in apposition. */
// ("The Minister of Youth and Sport of Valdoria, " is longer, but opens on its determiner.)
const APPOSITION_BEFORE =
  /^(?:(?:[\p{L}\p{M}'’.-]+\s+){0,5}|(?:The|A|An|\p{Lu}\p{L}*['’]s)\s+(?:[\p{L}\p{M}'’.-]+\s+){0,8})[\p{L}\p{M}'’.-]+,\s*$/u;
const PREMODIFIER = /^(?:senior|former|local|acting|deputy|chief|state|federal|junior)$/iu;

// "The keynote will be given by X", "X will speak on …": speakers still to come.
const FUTURE_ADDRESS =
  /\b(?:will|shall)\s+(?:be\s+(?:given|delivered|opened|closed|chaired|hosted|moderated|led)|give|deliver|speak|address|lead|chair|host|open|close)\b/u;

/** A sentence's opening subject, resolved to a person only when a pronoun points back to it. */
interface Subject {
  candidate: NameCandidate;
  offset: number;
  paragraph: number;
}

/**
 * The full name a sentence opens with as its subject ("Senior coroner Rhian Price recorded
 * …"), with nothing before it but title words, or in apposition after a short noun phrase
 * ("Orvania's envoy, Dariush Kamali, rejected …").
 */
function sentenceSubject(
  sentence: Sentence,
  candidates: NameCandidate[],
  befores: string[],
): Subject | undefined {
  const candidate = candidates[0];
  if (!candidate || candidate.single) return undefined;
  const before = befores[0] ?? '';
  if (APPOSITION_BEFORE.test(before) && sentence.text[candidate.end] === ',')
    return { candidate, offset: sentence.start, paragraph: sentence.paragraph };
  const words = before.split(/\s+/u).filter(Boolean);
  const titles = words.every((w) => PREMODIFIER.test(w) || isHonorificWord(w) || isTitleWord(w));
  if (!titles || words.length > 4) return undefined;
  return { candidate, offset: sentence.start, paragraph: sentence.paragraph };
}

/** How far back a shared surname's last full mention still decides whom it names. */
const SHARED_SURNAME_REACH = 300;

/**
 * "The funeral of Tam Ross … His daughter, Kirsty Ross, delivered the eulogy. … Ross said":
 * of several bearers of a surname, the one named just before, when one was.
 */
function nearestBearer(known: LocalPerson[], at: number): LocalPerson | undefined {
  const last = (p: LocalPerson) =>
    Math.max(-Infinity, ...p.mentions.filter((m) => m.end <= at).map((m) => m.end));
  const [first, second] = [...known].sort((a, b) => last(b) - last(a));
  if (!first || at - last(first) > SHARED_SURNAME_REACH) return undefined;
  return second === undefined || last(second) < last(first) ? first : undefined;
}

/**
 * Whether `sentence` goes on from `before` in its paragraph: no more than two sentences between
 * them, naming no one ("X said outside the court …. “He was strong. He should be home,” X said").
 */
function goesOnFrom(before: Sentence, sentence: Sentence, sentences: Sentence[]): boolean {
  const from = sentences.indexOf(before);
  const to = sentences.indexOf(sentence);
  if (before.paragraph !== sentence.paragraph || from < 0 || to - from < 1 || to - from > 3)
    return false;
  return sentences.slice(from + 1, to).every((x) => nameCandidates(x.text).every((c) => c.single));
}

function personOf(
  c: NameCandidate,
  people: ArticlePeople,
  offset: number,
  fullNames: NameCandidate[],
): LocalPerson | undefined {
  const span = { start: offset + c.start, end: offset + c.end };
  if (!c.single) return people.addFull(c.name, span);
  let known = knownBySurname(c.name, people);
  if (known.length === 0) {
    const first = earlierFullName(fullNames, c.name, span.start);
    if (first) known = [people.addFull(first.name, { start: first.start, end: first.end })];
  }
  if (known.length === 1) return people.resolve(c.name, span) ?? known[0];
  const nearest = nearestBearer(known, span.start);
  if (nearest) return nearest;
  const honorific = c.prefix.split(/\s+/).pop() ?? '';
  // "Sir Malcolm", "Bishop Catherine": a given name after an honorific that takes one; "Dr.
  // Hafiz" for Hafiz bin Rahmat, whose given name is what names him again.
  const byGiven =
    known.length === 0
      ? people.resolveGivenName(c.name, span, !takesGivenName(honorific))
      : undefined;
  if (byGiven) return byGiven;
  // "Baroness D'Souza": an honorific vouches for a one-word name.
  if (known.length === 0 && isHonorificWord(honorific) && !/^(?:former|acting)$/i.test(honorific))
    return people.addFull(`${honorific} ${c.name}`, span);
  return undefined;
}

/**
 * The role a programme line's label gives: "Welcome – Anna Whitlock" is the host's,
 * "Moderator – X" or "Chair: X" the moderator's, a session's title a speaker's.
 */
function headingRole(line: string): SpeakerRole {
  const label = (line.split(/\s*[–—:-]\s/u)[0] ?? '').trim().toLowerCase();
  if (/^(?:welcome|welcoming)\b/u.test(label)) return 'host';
  // "Chairs: A and B": a plural label names the singular's role.
  const singular = label.replace(/s$/u, '');
  const plural = roleNamedBy(label) === undefined && roleNamedBy(singular) !== undefined;
  return roleOfRoleNoun(plural ? singular : label);
}

export function findSpeakerCues(
  text: string,
  sentences: Sentence[],
  people: ArticlePeople,
  /** Filled with the people the report quotes as its sources (a spokesman, a protester). */
  sources = new Set<LocalPerson>(),
): CueFinding[] {
  const regions = quotedRegions(text);
  // The article's full-name candidates, once: what a surname alone may point back to.
  const fullNames = nameCandidates(text).filter((c) => !c.single);
  const out: CueFinding[] = [];
  const deceased = new Set<LocalPerson>();
  // Who was last quoted in a sentence whose words were given elsewhere, and in which sentence.
  const quotedElsewhere = new Map<LocalPerson, Sentence>();
  // A list that runs over ';'-terminated lines carries its cue into the next sentence.
  let carried: Cue | undefined;
  // "Outside the centre, protesters gathered. “They talk,” said Grace Achieng.": a paragraph
  // that opens away from the event quotes people who did not address it, and so does the rest
  // of one a sentence moves away in ("Not everyone was celebrating. Outside the venue, …").
  // Where each paragraph goes away, by the start of the sentence that takes it there.
  const awayFrom = new Map<number, number>();
  sentences.forEach((x, i) => {
    if (i === 0 || awayFrom.has(x.paragraph)) return;
    const opens = sentences[i - 1]?.paragraph !== x.paragraph;
    if (
      opensOnAnotherScene(x.text) ||
      (opens && x.paragraph > sentences[0]!.paragraph + 1 && REACTION_OPENING.test(x.text))
    )
      awayFrom.set(x.paragraph, x.start);
  });
  const eventDay = leadWeekday(sentences);
  const openingSentences = sentences.slice(0, 2);
  const opening = openingSentences.map((x) => x.text).join(' ');
  let subjectBefore: Subject | undefined;
  // The same, whether or not the sentence was about the event.
  let absentSubject: Subject | undefined;
  for (const sentence of sentences) {
    const s = sentence.text;
    const offstage =
      sentence.start >= (awayFrom.get(sentence.paragraph) ?? Infinity) ||
      saidOnAnotherDay(s, eventDay) ||
      (!openingSentences.includes(sentence) && inAnotherCity(s, opening));
    const elsewhere = offstage || spokenElsewhere(s);
    const written = writtenToTheEvent(s);
    const attending = ATTENDING.test(s);
    // The reporter's source: their later reporting cues are no speaking at the event.
    const addSource = (c: NameCandidate) => {
      const source = personOf(c, people, sentence.start, fullNames);
      if (source) sources.add(source);
    };
    // A lone capitalised word nobody bears ("Burundian defender X") is no name: left in, it
    // would break the list it sits in.
    const candidates = nameCandidates(s).filter(
      (c) =>
        insideRegion(regions, sentence.start + c.start) === undefined &&
        (!c.single || couldBeSomeone(c, people, fullNames, sentence.start)),
    );
    const befores = candidates.map((c) => s.slice(0, c.outerStart));
    // "Director of Centre Céramique", "the report of Asma Jahangir": a name governed by a
    // preposition is not the subject of the verb that follows.
    const governed = befores.map(
      (b, i) =>
        (PREPOSITION_BEFORE.test(b) && (!titlePreposition(b) || affiliationOf(s, candidates, i))) ||
        inApposition(s, candidates, i),
    );
    // "written by A and B, reviewed …": the second of a pair after a preposition is no subject
    // of the verb after it either (though a cue before the pair still carries to it).
    const paired = candidates.map((c, i) => {
      const previous = candidates[i - 1];
      return (
        previous !== undefined &&
        governed[i - 1] === true &&
        /^\s+(?:and|&)\s+$/.test(s.slice(previous.end, c.outerStart))
      );
    });
    // "introduced by X, who praised …": the passive gives the role, the relative clause X's words.
    const relatives: (Cue | undefined)[] = [];
    const cues: (Cue | undefined)[] = candidates.map((c, i) => {
      if (bodyOfTitle(s, candidates, befores, i)) return undefined;
      const found = beforeCue(befores[i] as string);
      // "moderated by A, B and C debated": a full name between the trigger and this one makes
      // this one a later item of that list, which the carrying below decides.
      const previous = candidates[i - 1];
      // (A body named in the title before, "the chief executive of Severnside Water, X", is
      // no item.)
      const before =
        found &&
        previous &&
        !previous.single &&
        !bodyOfTitle(s, candidates, befores, i - 1) &&
        previous.start >= found.at
          ? undefined
          : found;
      // Handing the floor says who spoke; what they said, if anything, follows the name. A
      // relative clause naming a weightier role wins ("read by the Dean, X, who welcomed
      // guests" is the host).
      const relative = afterCue(s.slice(c.end), Infinity);
      if (
        before &&
        relative?.rule === 'relative-clause' &&
        ROLE_PRIORITY[relative.role] > ROLE_PRIORITY[before.role]
      )
        return relative;
      if (before && before.rule !== 'floor-to' && !bodyOfTitle(s, candidates, befores, i)) {
        if (relative?.rule === 'relative-clause') relatives[i] = relative;
        return before;
      }
      // Only a full name can own the verb instead ("of Bangladesh described" is still X's).
      // …and not one inside this name's apposition ("X, president of Skyway Air, said") or
      // its affiliation ("X of Calder Real Estate said").
      const next = candidates.find(
        (other, j) =>
          j > i &&
          // "X, who …, is expected to miss it, Hartley added": a surname before its own verb.
          (!other.single || REPORTING_VERB_NEXT.test(s.slice(other.end))) &&
          !inApposition(s, candidates, j) &&
          !(j === i + 1 && affiliationOf(s, candidates, j)),
      );
      const after = afterCue(s.slice(c.end), next ? next.outerStart - c.end : Infinity);
      // "the award from X, who told her …": a relative clause is X's even after a preposition.
      if (after && (!(governed[i] || paired[i]) || after.rule === 'relative-clause')) return after;
      return before;
    });
    // "Mr Jenkins's partner, Lowri Evans, described …": a possessor is never the speaker.
    const possessive = candidates.map((c) => /^['’]s?(?![\p{L}])/u.test(s.slice(c.end)));
    candidates.forEach((c, i) => {
      if (possessive[i] && cues[i]?.rule !== 'read-on-behalf') cues[i] = undefined;
      // "The executive said Acme Transfers had cut its costs": a name with a verb of its own
      // after "said" is the reported clause's subject, not the one who said it.
      if (cues[i]?.rule === 'inverted-attribution' && FINITE_VERB_AFTER.test(s.slice(c.end)))
        cues[i] = undefined;
    });
    // A cue carries to the next item of a list or coordination ("chaired by A and Dr B").
    for (let i = 0; i < candidates.length; i += 1) {
      const c = candidates[i] as NameCandidate;
      const previous = candidates[i - 1];
      if (cues[i] || possessive[i]) continue;
      if (i === 0 && carried && /^\s*(?:and\s+)?$/.test(s.slice(0, c.outerStart))) {
        cues[i] = carried;
        continue;
      }
      if (!previous || governed[i]) continue;
      // The list goes on from the last item that had a cue, over bodies named in appositions.
      let k = i - 1;
      while (k > 0 && !cues[k]) k -= 1;
      const cue = cues[k];
      const between = s.slice((candidates[k] as NameCandidate).end, c.outerStart);
      const gap = s.includes(';') ? LIST_GAP : LIST_GAP_NO_SEMICOLON;
      if (
        cue &&
        // "by Professor Lisle, who called Siddiqui …": a name inside an open relative clause
        // is that clause's object, not the list's next item.
        !OPEN_RELATIVE.test(between) &&
        // "Mrs. Pemberton is Chair; Mr. Fisk remains Treasurer": a copula is its subject's own.
        !/^(?:subject-|copula-role)/.test(cue.rule) &&
        gap.test(between) &&
        !(between.includes(',') && subjectOfOwnVerb(s, candidates, i, gap))
      )
        cues[i] = cue;
      // "Jan Novak presented the youth report, Maria Ruiz the accounts": the verb is gapped.
      else if (
        cue &&
        k === i - 1 &&
        /^(?:subject-|delivered)/.test(cue.rule) &&
        GAPPED_BEFORE.test(between) &&
        GAPPED_AFTER.test(s.slice(c.end))
      )
        cues[i] = { ...cue, rule: 'gapping' };
    }
    // "Next year's lecture will be given by X": an announcement of a later occasion's speakers
    // (also in the sentence after one that names it: "The 2025 meeting will be held in
    // Leeds. The keynote will be given by X.").
    const previous = sentences[sentences.indexOf(sentence) - 1];
    const laterBefore =
      previous?.paragraph === sentence.paragraph && LATER_OCCASION.test(previous.text);
    if (LATER_OCCASION.test(s) || (laterBefore && FUTURE_ADDRESS.test(s)))
      cues.forEach((cue, i) => {
        if (cue && !/reporting|inverted|participle|adjunct|relative|pronoun/.test(cue.rule))
          cues[i] = undefined;
      });
    // "A and B co-moderated": the verb after B is A's too.
    for (let i = candidates.length - 2; i >= 0; i -= 1) {
      const c = candidates[i] as NameCandidate;
      const next = candidates[i + 1] as NameCandidate;
      if (!cues[i] && cues[i + 1] && AFTER_AND.test(s.slice(c.end, next.outerStart)))
        cues[i] = { ...(cues[i + 1] as Cue), rule: 'coordinated-subject' };
    }
    candidates.forEach((c, i) => {
      const cue = cues[i];
      const prefixTitle = c.prefix.replace(COURTESY, '').trim();
      // "a poem by the late Seamus Heaney", "X, …, who died last week": the dead address no
      // event, whatever cue is near.
      if (!c.single && (THE_LATE.test(befores[i] as string) || WHO_DIED.test(s.slice(c.end)))) {
        const person = personOf(c, people, sentence.start, fullNames);
        if (person) {
          deceased.add(person);
          sources.add(person);
        }
        return;
      }
      // "The minister, X, was represented by Y", "Y, who came in place of the minister, X,":
      // X sent another, and did not address the event.
      if (
        !c.single &&
        (REPRESENTED_AFTER.test(s.slice(c.end)) || IN_PLACE_OF_BEFORE.test(befores[i] ?? ''))
      ) {
        addSource(c);
        return;
      }
      if (!cue) {
        // "Among the crowd was Tanya Reyes", "X – who chairs the families' group – stayed
        // away": quoted later ("…," Reyes said) as the reporter's source, not as a speaker.
        // ("But X of the Institute for Y said in an emailed statement …": the first name of a
        // sentence whose words were given elsewhere is a source too, cue or not.)
        const elsewhereSubject =
          elsewhere &&
          i === 0 &&
          !PREPOSITION_BEFORE.test(befores[i] ?? '') &&
          SAYS_AFTER.test(s.slice(c.end));
        if (
          !c.single &&
          (attending || elsewhereSubject || (i === 0 && NOT_THERE.test(s.slice(c.end))))
        ) {
          addSource(c);
          return;
        }
        // "Governor Anandiben Patel attended": not a speaker yet, but "the governor told …"
        // later needs to find her, so a titled full name joins the article's people.
        if (!c.single && prefixTitle.length >= 3 && !governed[i]) {
          const person = people.addFull(c.name, {
            start: sentence.start + c.start,
            end: sentence.start + c.end,
          });
          people.addTitle(person, prefixTitle);
        }
        return;
      }
      const lowerTitle = lowercaseTitleBefore(befores[i] as string);
      const nounBefore = NOUN_BEFORE.exec(befores[i] as string)?.[1] ?? '';
      // "Political scientist X": the words right before the name, whatever their case.
      const wordsBefore = WORDS_BEFORE.exec(befores[i] as string)?.[0] ?? '';
      // After the name, its own apposition only (", a resident of Leeds,"): not the rest of
      // the sentence (", who presided, had the protesters removed").
      const ownApposition =
        /^[^,;]*(?:,[^,;]*,?)?/u.exec(
          s.slice(c.end, c.end + 60).split(REPORTING_AFTER)[0] ?? '',
        )?.[0] ?? '';
      const fronted = FRONTED_DESCRIPTION.exec(befores[i] as string)?.[0] ?? '';
      const described = `${lowerTitle} ${nounBefore} ${wordsBefore} ${fronted} ${c.prefix} ${ownApposition}`;
      const reporting = /reporting|inverted|participle|adjunct|relative/.test(cue.rule);
      // Words given to the press, or by a spokesman or a protester, are no address to the event;
      // and such a source stays one when named again ("…," Talbot said).
      // '"…," said X, a student who travelled from Durban for the rally': the inverted
      // subject's own clause puts X in the audience.
      const audience = cue.rule === 'inverted-attribution' && ATTENDING.test(s.slice(c.end));
      // (A spokesman the sentence places at the event, "on the sidelines of the congress",
      // addressed it.)
      const source = isSourceTitle(described) && !placedAtAnEvent(s);
      if (reporting && (offstage || audience || source)) {
        addSource(c);
        return;
      }
      // "X did not attend; her award was collected by Y, who read …": after a semicolon an
      // absence or an elsewhere is the other clause's.
      const away = s.includes(';') ? offstage || spokenElsewhere(clauseAround(s, c)) : elsewhere;
      if (away && reporting) {
        // "Keith Marlow, who came with his sons, said": in the audience, so a source after too;
        // "…, says X, who was not at the summit": not there, so "X argues" later is no speaking.
        if (attending || NOT_THERE.test(s)) {
          addSource(c);
        }
        const quoted = personOf(c, people, sentence.start, fullNames);
        if (quoted) quotedElsewhere.set(quoted, sentence);
        return;
      }
      const person = personOf(c, people, sentence.start, fullNames);
      if (!person || (reporting && sources.has(person))) return;
      // "X, speaking outside the court, said …. “…,” X said.": the next sentence of the
      // paragraph goes on with the words given elsewhere.
      const before = quotedElsewhere.get(person);
      if (reporting && before && goesOnFrom(before, sentence, sentences)) return;
      // "Governor", "higher education minister": lets "the governor said" find them later.
      const title = `${lowerTitle} ${prefixTitle}`.trim();
      if (title.length >= 3) people.addTitle(person, title);
      // "X … graced the occasion as Chief Guest": "the Chief Guest said" later finds X.
      if (cue.title) people.addTitle(person, cue.title);
      // "Moderator Jane Doe asked …", "Forum chair Tom Berg said …", "The panel's moderator,
      // Jane Doe, asked …": a role noun in the title names the role a plain verb does not.
      // An office noun ("chairwoman") names the event's role only with what was chaired
      // right before it ("Forum chair"), not anywhere near ("Opening the forum, port
      // authority chairwoman X said").
      const titled = `${befores[i] ?? ''} ${c.prefix}`;
      const roleNoun = cue.role === 'speaker' ? TITLE_ROLE_NOUN.exec(titled) : null;
      const compound = roleNoun
        ? titled.slice(
            Math.max(0, roleNoun.index - 16),
            roleNoun.index + 1 + (roleNoun[1]?.length ?? 0),
          )
        : '';
      const titleRole = roleNoun?.[1] ? roleOfRoleNoun(roleNoun[1], compound) : cue.role;
      out.push({
        person,
        // (Who read the message out, "read to the rally by X", addressed the event.)
        role:
          written && cue.role === 'speaker' && cue.rule !== 'passive-by'
            ? 'written message'
            : titleRole,
        evidence: { start: sentence.start, end: sentence.end },
        rule: cue.rule,
      });
      const relative = relatives[i];
      if (relative && !elsewhere)
        out.push({
          person,
          role: relative.role,
          evidence: { start: sentence.start, end: sentence.end },
          rule: relative.rule,
        });
    });
    // "Senior coroner Rhian Price recorded a verdict. She said she would write …": "She
    // said" opening the next sentence of the paragraph speaks for that subject.
    // (A pronoun opening a sentence that names no one points back to the subject before.)
    // ("X won the vote. The congress ends on Sunday.\n\n“…,” she told delegates": a
    // paragraph opening on a quotation goes on from the subject of the one before.)
    const opensOnQuote = previous?.paragraph !== sentence.paragraph && /^[“"]/u.test(s);
    const carriedSubject =
      subjectBefore &&
      !elsewhere &&
      (subjectBefore.paragraph === sentence.paragraph ||
        (opensOnQuote && subjectBefore.paragraph === sentence.paragraph - 1))
        ? { ...subjectBefore, paragraph: sentence.paragraph }
        : undefined;
    const antecedent = candidates.length === 0 ? carriedSubject : undefined;
    const pronoun = antecedent ? PRONOUN_SPEAKS.exec(s) : null;
    const speaking =
      antecedent && pronoun
        ? personOf(antecedent.candidate, people, antecedent.offset, fullNames)
        : undefined;
    const subject =
      speaking && genderAgrees(speaking, pronoun?.[1] ?? pronoun?.[2] ?? '', sentences)
        ? speaking
        : undefined;
    if (subject && !sources.has(subject) && !out.some((c) => c.person === subject))
      out.push({
        person: subject,
        role: 'speaker',
        evidence: { start: sentence.start, end: sentence.end },
        rule: 'pronoun-subject',
      });
    // "Board President X said …. She presided over a meeting that ran late.": an event-role
    // verb after the pronoun gives that subject its role, whatever was said before.
    const pronounRole = antecedent ? PRONOUN_OPENING.exec(s) : null;
    const roleCue = pronounRole ? afterCue(s.slice(pronounRole[0].length)) : undefined;
    const chairing =
      antecedent && roleCue?.rule === 'subject-role-verb'
        ? personOf(antecedent.candidate, people, antecedent.offset, fullNames)
        : undefined;
    if (chairing && roleCue && !sources.has(chairing))
      out.push({
        person: chairing,
        role: roleCue.role,
        evidence: { start: sentence.start, end: sentence.end },
        rule: 'pronoun-subject',
      });
    // ("did not attend" puts that subject away from the event, not their words read at it.)
    const readOut = PRONOUN_READ_OUT.exec(s);
    const author =
      readOut && absentSubject?.paragraph === sentence.paragraph
        ? personOf(absentSubject.candidate, people, absentSubject.offset, fullNames)
        : undefined;
    if (author && genderAgrees(author, readOut?.[1] === 'Her' ? 'she' : 'he', sentences))
      out.push({
        person: author,
        role: 'written message',
        evidence: { start: sentence.start, end: sentence.end },
        rule: 'read-on-behalf',
      });
    absentSubject = sentenceSubject(sentence, candidates, befores);
    // "X told Meridian by phone that … “…,” she said": the words go on where they were given.
    // A sentence that names no one keeps the subject before it ("The two-day gathering
    // ends on Sunday." changes no one's turn).
    subjectBefore = elsewhere
      ? undefined
      : (sentenceSubject(sentence, candidates, befores) ??
        (candidates.length === 0 ? carriedSubject : undefined));
    const last = cues[cues.length - 1];
    carried = /[;:]\s*$/.test(s) && last && /list|by/.test(last.rule) ? last : undefined;
  }
  for (const { sentence, candidate, offset } of sessionHeadingNames(sentences)) {
    const span = {
      start: sentence.start + offset + candidate.start,
      end: sentence.start + offset + candidate.end,
    };
    out.push({
      person: people.addFull(candidate.name, span),
      role: headingRole(sentence.text),
      evidence: { start: sentence.start, end: sentence.end },
      rule: 'session-heading',
    });
  }
  // "In a statement after the rally, X said …. The minister said …": someone quoted only
  // with words given elsewhere is the report's source, whatever names them next; a cue at
  // the event (before or after) still makes them a speaker.
  for (const person of quotedElsewhere.keys()) sources.add(person);
  // A cue found before "the late X" names X is no speaking either.
  return out.filter((c) => !deceased.has(c.person));
}
