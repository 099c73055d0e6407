/**
 * Speech attribution sentence by sentence, after the speaker cues: which sentences report what
 * a speaker said, and who. A sentence is attributed when a speaker cue in it is a reporting
 * one (subject + reporting verb, an inverted "…,” said X", a participle or speech adjunct, a
 * delivered speech); when it opens with "He/She" + a reporting verb or ends with "…, she
 * said" (the last speaker); when "the minister said" names a speaker by a title they were
 * given; and every sentence of a quotation belongs to whoever the quotation is attributed to,
 * as does a quotation that opens a sentence right after a speaker's words in the same
 * paragraph. It returns claims with the sentence (or the quoted words) as the verbatim quote;
 * words written elsewhere ("in a statement") are skipped. The corpus's own claim stage
 * (`claims.ts`) runs beside it; the analysis keeps one claim per sentence.
 */
import type { FoundClaim } from './claims';
import type { ArticlePeople, LocalPerson } from './people';
import { quotedRegions, type Region, type Sentence } from './sentences';
import type { CueFinding } from './speaker-cues';
import { spokenElsewhere } from './speech';
import { REPORTING_VERB_SOURCE } from './vocab';

const CLAIM_RULES = new Set([
  'subject-reporting-verb',
  'inverted-attribution',
  'participle-lead',
  'speech-adjunct',
  'delivered-speech',
  'coordinated-subject',
]);
const ADVERBS = String.raw`(?:(?:also|then|further|later|finally|again|once again|even|too|however|briefly|clearly|strongly),?\s+)*`;
const PRONOUN_LEAD = new RegExp(
  String.raw`^(?:[“"][^”"]*[”"],?\s*)?(?:(?:But|And|Then|Later|Finally|Also|However|Moreover),?\s+)?(He|She)\s+${ADVERBS}(?:${REPORTING_VERB_SOURCE})\b`,
  'u',
);
const PRONOUN_TRAILING = new RegExp(
  String.raw`[,”"’]\s*(he|she)\s+${ADVERBS}(?:${REPORTING_VERB_SOURCE})\b`,
  'u',
);
const DESCRIBED = new RegExp(
  String.raw`(?:^|[,”"’]\s*)the\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+${ADVERBS}(?:${REPORTING_VERB_SOURCE})\b`,
  'iu',
);

const REPORTED_CONTENT =
  /\b(?:that|stating|saying|expressing|thanking|arguing|noting|stressing|highlighting|urging|calling for|warning|explaining|emphasi[sz]ing|underlining|reminding|praising|welcoming|recalling|insisting)\b/;

interface Attributed {
  sentence: Sentence;
  person: LocalPerson;
  confidence: number;
}

/** The person a description such as "minister" or "former governor" points to, if one does. */
function byTitle(
  people: ArticlePeople,
  description: string,
  recent: LocalPerson[],
): LocalPerson | undefined {
  const word = description.toLowerCase().split(/\s+/).pop() ?? '';
  if (word.length < 3) return undefined;
  const holds = (p: LocalPerson) => p.titles.some((t) => new RegExp(`\\b${word}\\b`, 'i').test(t));
  const recentHolder = [...recent].reverse().find(holds);
  if (recentHolder) return recentHolder;
  const all = people.all().filter(holds);
  return all.length === 1 ? all[0] : (people.byDescription(description) ?? undefined);
}

function regionOf(regions: Region[], sentence: Sentence): Region | undefined {
  return regions.find((r) => r.start < sentence.end && r.end > sentence.start);
}

export function attributeSentences(
  text: string,
  sentences: Sentence[],
  people: ArticlePeople,
  cues: CueFinding[],
): FoundClaim[] {
  const regions = quotedRegions(text);
  const explicit = new Map<Sentence, Attributed>();
  const recent: LocalPerson[] = [];
  const remember = (person: LocalPerson) => {
    const at = recent.indexOf(person);
    if (at >= 0) recent.splice(at, 1);
    recent.push(person);
  };
  let lastParagraph = -1;
  for (const sentence of sentences) {
    const s = sentence.text;
    const cue = cues.find(
      (c) =>
        c.evidence.start === sentence.start &&
        CLAIM_RULES.has(c.rule) &&
        // "gave her report" is an act; "gave remarks, stating that …" reports what was said.
        (c.rule !== 'delivered-speech' || REPORTED_CONTENT.test(s)),
    );
    const anyCue = cues.find((c) => c.evidence.start === sentence.start);
    let found: Attributed | undefined;
    if (cue) found = { sentence, person: cue.person, confidence: 0.8 };
    else if (!anyCue) {
      const last = recent[recent.length - 1];
      const described = DESCRIBED.exec(s);
      const person = described ? byTitle(people, described[1] ?? '', recent) : undefined;
      if (person) found = { sentence, person, confidence: 0.7 };
      else if (last && (PRONOUN_LEAD.test(s) || PRONOUN_TRAILING.test(s)))
        found = { sentence, person: last, confidence: 0.7 };
    }
    if (anyCue) remember(anyCue.person);
    if (found && spokenElsewhere(s)) found = undefined;
    if (found) {
      explicit.set(sentence, found);
      remember(found.person);
      lastParagraph = sentence.paragraph;
    } else if (sentence.paragraph !== lastParagraph) lastParagraph = -1;
  }
  // A quotation's sentences all belong to whoever one of them attributes it to; a quotation
  // opening a sentence right after a speaker's words in the same paragraph continues them.
  const claims: FoundClaim[] = [];
  let previous: Attributed | undefined;
  for (const sentence of sentences) {
    let found = explicit.get(sentence);
    const region = regionOf(regions, sentence);
    if (!found && region) {
      const owner = sentences
        .filter((other) => other.start < region.end && other.end > region.start)
        .map((other) => explicit.get(other))
        .find(Boolean);
      if (owner) found = { sentence, person: owner.person, confidence: 0.7 };
    }
    if (
      !found &&
      previous &&
      previous.sentence.paragraph === sentence.paragraph &&
      /^[“"]/.test(sentence.text)
    )
      found = { sentence, person: previous.person, confidence: 0.6 };
    previous =
      found ?? (sentence.paragraph === previous?.sentence.paragraph ? previous : undefined);
    if (!found) continue;
    claims.push({
      people: [found.person],
      sentence: { start: sentence.start, end: sentence.end },
      quote: { start: sentence.start, end: sentence.end },
      confidence: found.confidence,
      contentStart: sentence.start,
    });
  }
  return claims;
}
