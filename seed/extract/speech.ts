/**
 * The reporting vocabulary of the genre as regular-expression sources: speech verbs ("argued",
 * "pointed out", "took the floor", "ended her intervention by …"), adverbs that may sit between
 * subject and verb, and the "vehicle" test that tells a speech at the event from words written
 * elsewhere (a report, a fatwa, a letter). Shared by the claim and participation stages; it
 * holds no logic of its own beyond those tests.
 */

import { kindMatches } from './event-kind';
import {
  ABSENT_OR_EARLIER,
  ACT_VERB_SOURCE,
  AFTER_THE_EVENT,
  BARE_SPEECH_VERB_SOURCE,
  FROM_AFAR,
  LETTER_VEHICLE,
  LINKED_TO_THE_EVENT,
  DELIVERY_VERB_SOURCE,
  READ_WORK_SOURCE,
  SPEECH_NOUN_SOURCE,
  SPOKEN_ELSEWHERE,
  TRAILING_VERB_SOURCE,
  WORDS_VERB_SOURCE,
  opensOnAnotherScene,
} from './vocab';

// The constructions a plain word list cannot say ("spoke" but not "spoke to", "ended her
// remarks by …", "called him “a thief”" but not "called a meeting"), then every verb of the
// vocabulary that reports words (not only an act).
const SPEECH_CONSTRUCTIONS = String.raw`spoke(?: out| of| about| on|(?! to\b))|speaks(?: of| about| on|(?! to\b))|took the floor|gave an overview|went on to \w+|(?:started|began|opened|closed|ended) [\w’' ]{0,30}?by \w+ing|ended (?:his|her|their) (?:intervention|remarks|speech|address|statement) (?:by|with)|paid tribute|welcomed|drew (?:on|attention to)|called(?=(?:\s+[^\s“”"]+){1,4}?\s+[“"])`;
export const SPEECH_VERB = String.raw`(?:${SPEECH_CONSTRUCTIONS}|${WORDS_VERB_SOURCE})`;

export const ADVERBS = String.raw`(?:(?:also|further|then|once again|again|strongly|even|later|finally|repeatedly|firmly|briefly|clearly)\s+)*`;

/**
 * Verbs that end a sentence as a trailing attribution: "…, she said.", "…," Otieno told
 * delegates.' (a few words of object after the verb).
 */
export const TRAILING_VERB = String.raw`${TRAILING_VERB_SOURCE}(?:\s+[^\s“”"]+){0,4}?`;

// "…, wrote the president in his report to the delegates": written to the event, so said at it.
// (Invited or travelling to the conference is no word addressed to it.)
const TO_THE_EVENT =
  /(?<!\b(?:invited|came|come|went|gone|travelled|traveled|returned|admitted|walked|marched)\s)\bto (?:the|all) (?:delegates|participants|attendees|congress|conference|meeting|audience|gathering|event|summit|forum|symposium|members|committee|panel|hearing|inquiry|inquest|tribunal|court|jury|commission|council|board|assembly|congregation|mourners|ceremony|service|rally|crowd)\b/;

// "In a statement read to the inquest by the coroner's officer": read out at the event.
const READ_OUT =
  /\b(?:statement|message|letter|tribute|words|note)\b(?:[^;]{0,80}?\b(?:was|were))?\s+read\s+(?:out\s+)?(?:to|at|before)\b/;

/** "In a letter to the committee, X said": written to the event, a written message at it. */
export function writtenToTheEvent(sentence: string): boolean {
  return (LETTER_VEHICLE.test(sentence) || READ_OUT.test(sentence)) && TO_THE_EVENT.test(sentence);
}

// "read a poem", "recited the psalm", "delivered a eulogy": words given now, whoever wrote them.
const DELIVERS = new RegExp(
  String.raw`\b(?:${DELIVERY_VERB_SOURCE}|recited)\s+(?:[“"][^“”"]{1,80}[”"],?\s+)?(?:[\w’'-]+\s+){0,6}?(?:${SPEECH_NOUN_SOURCE}|${READ_WORK_SOURCE})\b`,
  'u',
);

// "thanked the volunteers who had come from Leeds": an act at the event on people who came.
const ACTS_AT_THE_EVENT = new RegExp(String.raw`\b${ACT_VERB_SOURCE}\b`, 'u');

/** A verb of saying anywhere in the text tested: what is reported so far, or said beside. */
const SAYS_SOMETHING = new RegExp(String.raw`\b${SPEECH_VERB}\b`, 'u');
// "said Omar Reyes, an analyst at Ferris & Co, who": a relative clause on the inverted subject.
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const INVERTED_WHO = new RegExp(
  String.raw`\b${SPEECH_VERB}\s+(?:${NAME_WORD}\s+){0,3}${NAME_WORD},?\s+(?:(?:a|an|the)\s+[^;“”"]{0,60}?,?\s+)?who\s+$`,
  'u',
);

/**
 * Whether the sentence's words were given somewhere other than the event: a vehicle or medium
 * anywhere in it, or an absence or earlier time in its own clause, before any speech verb that
 * opens a report (a marker after one belongs to what is reported).
 */
export function spokenElsewhere(sentence: string): boolean {
  if (TO_THE_EVENT.test(sentence)) return false;
  if (SPOKEN_ELSEWHERE.test(sentence)) return true;
  if (FROM_AFAR.test(sentence) && !LINKED_TO_THE_EVENT.test(sentence)) return true;
  if (AFTER_THE_EVENT.test(sentence)) return true;
  // "Outside the gym after the meeting, X said": the sentence opens on another scene.
  if (opensOnAnotherScene(sentence)) return true;
  for (const match of sentence.matchAll(ABSENT_OR_EARLIER)) {
    const before = sentence.slice(0, match.index);
    // The marker may itself hold the verb ('said afterwards', 'had said'): look before it.
    // ("read a poem his grandfather wrote": the writing is the poem's, read out now.)
    if (!SAYS_SOMETHING.test(before) && !DELIVERS.test(before) && !ACTS_AT_THE_EVENT.test(before))
      return true;
    // "…,” said Omar Reyes, an analyst who was not on the call": the speaker's own clause.
    const quoting = (before.match(/[“”"]/gu) ?? []).length % 2 === 1;
    if (INVERTED_WHO.test(before) && !quoting) return true;
  }
  return false;
}

// "at the congress", "on the sidelines of Saturday's summit", "during a press conference".
const AT_AN_OCCASION =
  /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an|this|today['’]s|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?$/u;

/**
 * Whether the sentence itself places the words at an event ("Speaking at a press conference,
 * the coalition's spokesperson said", "told reporters on the sidelines of the congress"): a
 * spokesman so placed addressed it, and is no mere source of the reporter's.
 */
export function placedAtAnEvent(sentence: string): boolean {
  return kindMatches(sentence).some((m) =>
    AT_AN_OCCASION.test(sentence.slice(Math.max(0, m.start - 60), m.start)),
  );
}

export const speechVerbRegex = new RegExp(`^${ADVERBS}${SPEECH_VERB}\\b`);

// "asked the senator why the bill cut …", "asked pointed questions", "asked the board about the
// delays": a question put; "answered
// questions about the dive": questions taken, with nothing said of what was answered.
const ASKED_WHAT =
  /\b(?:asked|asks)\b(?:\s+[\p{L}’'.-]+){0,4}?\s+(?:why|whether|how|if|what|when|where|who|which|questions?|about)\b|\b(?:answered|took|fielded)\s+(?:[\p{L}’'-]+\s+){0,2}?questions\b(?!\s+(?:on|about)\b[^.]*\bthat\b)/u;

/**
 * Whether a sentence only reports a question ("X asked the senator why …") or questions taken
 * ("answered questions from the floor"): it asserts nothing, so it is no claim. A quotation, or another verb of saying beside the
 * question ("asked why …, and said it was unfair"), still reports words.
 */
export function onlyAsks(sentence: string): boolean {
  const m = ASKED_WHAT.exec(sentence);
  if (!m || /[“”"]/u.test(sentence)) return false;
  const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
  return !SAYS_SOMETHING.test(rest);
}

// "X disagreed.", "Y also spoke.": the sentence ends at its verb, with no clause before it.
const ENDS_AT_VERB = new RegExp(String.raw`^[^,;:“”"]{0,80}\b${SPEECH_VERB}\s*[.!]?\s*$`, 'u');
// "X proposed the vote of thanks.", "Y gave the keynote address.": the act ends the sentence.
const ENDS_AT_SPEECH_NOUN = new RegExp(
  String.raw`^[^“”"]*\b(?:${SPEECH_VERB}|${DELIVERY_VERB_SOURCE})\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${SPEECH_NOUN_SOURCE})\s*[.!]?\s*$`,
  'iu',
);
// "spoke by video from Oslo": "spoke" with nothing after it of what was spoken about.
const BARE_SPOKE = new RegExp(
  String.raw`\b${BARE_SPEECH_VERB_SOURCE}\b(?!\s+(?:of|about|on|out)\b)`,
  'u',
);
const EVERY_BARE_SPOKE = new RegExp(BARE_SPOKE.source, 'gu');
const REPORTED_WORDS = /\bthat\b|[“”":]/u;

/**
 * Whether a sentence names a speech act but reports no words: it ends at its verb ("Ayla Demir
 * disagreed.") or at a speech noun ("proposed the vote of thanks"), or its only verb of saying is a bare "spoke" or "testified" ("spoke by video from Oslo"), so
 * it is no claim. What was spoken of, a that-clause or a quotation are words.
 */
export function saysNothing(sentence: string): boolean {
  if (ENDS_AT_VERB.test(sentence) || ENDS_AT_SPEECH_NOUN.test(sentence)) return true;
  if (REPORTED_WORDS.test(sentence) || !BARE_SPOKE.test(sentence)) return false;
  return !SAYS_SOMETHING.test(sentence.replace(EVERY_BARE_SPOKE, ''));
}
