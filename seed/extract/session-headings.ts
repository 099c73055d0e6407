/**
 * Programme lines that name their speakers without a sentence: "Poems of the Harbour – Ana
 * Reyes and Tom Voss", one session per line. A line counts when it is a title, a dash, and
 * nothing but names after it; and only in an article that prints at least two such lines (a
 * programme), so a single caption or sign-off ("Photo – Tom Voss") is never taken for one.
 * A line whose label is a role noun ("Chair: Dr. Lucy Kamau", "Speakers: A, B (online)") counts
 * on its own: the label says what the names did, where a prize list's "The Cup: A" does not.
 * It returns the names with the rule `session-heading`; the speaker cues add them.
 */
import { nameCandidates, type NameCandidate } from './name-candidates';
import type { Sentence } from './sentences';
import { ROLE_NOUN_SOURCE } from './vocab';

const HEADING = /^([^\n–—:.!?]{3,90}?)\s+[–—-]\s+([^\n]{3,200})$/u;
// ("Chairs: A (LNEG) and B": the plural labels several.)
const LABELLED = new RegExp(String.raw`^(${ROLE_NOUN_SOURCE})s?\s*:\s+([^\n]{3,200})$`, 'iu');
// Between names: commas, "and", and a short note in brackets ("(online)", "(chair)").
const NAME_SEPARATORS = /^(?:\s*(?:,|&|\band\b|;|\([^()]{1,60}\))\s*)*$/u;

export interface HeadingName {
  sentence: Sentence;
  candidate: NameCandidate;
  /** Offset of the names part in the sentence. */
  offset: number;
}

function headingNames(sentence: Sentence, m: RegExpExecArray | null): HeadingName[] {
  const line = sentence.text.trim();
  if (!m || /[.!?]$/.test(line)) return [];
  const names = m[2] ?? '';
  const offset = sentence.text.indexOf(names, (m[1] ?? '').length);
  // A bracket holds a name's affiliation ("(Universidad de Huelva)"), not another name.
  const brackets = [...names.matchAll(/\([^()]*\)/gu)].map((b) => ({
    start: b.index ?? 0,
    end: (b.index ?? 0) + b[0].length,
  }));
  const candidates = nameCandidates(names).filter(
    (c) => !c.single && !brackets.some((b) => c.start > b.start && c.end < b.end),
  );
  if (candidates.length === 0) return [];
  // Nothing but names and separators after the dash.
  let rest = '';
  let at = 0;
  for (const c of candidates) {
    rest += names.slice(at, c.outerStart);
    at = c.end;
  }
  rest += names.slice(at);
  if (!NAME_SEPARATORS.test(rest)) return [];
  return candidates.map((candidate) => ({ sentence, candidate, offset }));
}

/** The speakers a programme's session lines name, when the article prints a programme. */
export function sessionHeadingNames(sentences: Sentence[]): HeadingName[] {
  const lines = sentences
    .map((x) => headingNames(x, HEADING.exec(x.text.trim())))
    .filter((names) => names.length > 0);
  const labelled = sentences.flatMap((x) => headingNames(x, LABELLED.exec(x.text.trim())));
  return [...(lines.length >= 2 ? lines.flat() : []), ...labelled];
}
