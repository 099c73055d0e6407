/**
 * Who presides at a hearing or an inquiry: the chair of the body holding it ("Committee chair
 * Sen. Dunleavy opened the hearing", "Senator Quist, the committee's chairman, …", "Gomez, the
 * Democrat who chairs the committee, …"). Elsewhere
 * a committee's chairman is a speaker like any other, so the rule needs the event's kind; the
 * kinds, bodies and chair nouns are data (`presidingChairs` in vocab/speech.json). It does not
 * find speakers, only changes the role of one already found.
 */
import type { LocalPerson } from './people';
import type { Sentence } from './sentences';
import { SPEECH_VOCABULARY, alternation } from './vocab';

const { eventKinds, bodies, chairNouns } = SPEECH_VOCABULARY.presidingChairs;
const KINDS = new Set(eventKinds);
const BODY_CHAIR = new RegExp(
  String.raw`\b${alternation(bodies)}(?:['’]s)?\s+${alternation(chairNouns)}\b|\b${alternation(chairNouns)}\s+of\s+the\s+${alternation(bodies)}\b|\b(?:co-)?chair(?:s|ed)\s+the\s+${alternation(bodies)}\b`,
  'iu',
);
/** How far from a mention of the person the body's chair may be named. */
const NEAR = 40;

/** Whether `person` is named, anywhere in the report, as the chair of the body holding an event of `kind`. */
export function presidesAsChair(
  text: string,
  sentences: readonly Sentence[],
  kind: string | undefined,
  person: LocalPerson,
): boolean {
  if (!kind || !KINDS.has(kind)) return false;
  return person.mentions.some((m) => {
    const sentence = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (!sentence) return false;
    const from = Math.max(sentence.start, m.start - NEAR);
    return BODY_CHAIR.test(text.slice(from, Math.min(sentence.end, m.end + NEAR)));
  });
}
