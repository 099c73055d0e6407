/**
 * Attributed statements: finds, sentence by sentence, who is reported as saying what —
 * "X argued that …", "Title, X, said, “…”", "…, she said.", "In her view, …", a quotation
 * that continues the previous speaker's words — and returns claims with verbatim quote offsets.
 * Pronouns resolve to the last speaker in the article; titled descriptions ("The Independent
 * Expert reminded …") to the person holding that title. Words written elsewhere (a report, a
 * fatwa) are not claims made at the event. It does not decide topics or assertions.
 */
import { PERSON_NAME, cleanPersonName } from './names';
import type { ArticlePeople, LocalPerson, Span } from './people';
import { quotedRegions, insideRegion, type Region, type Sentence } from './sentences';
import { ADVERBS, SPEECH_VERB, TRAILING_VERB, spokenElsewhere } from './speech';
import { genderAgrees, subjectOfSentenceBefore } from './pronouns';
import { foldTokens } from './text';
import { welcomesPeople } from './vocab';

export interface FoundClaim {
  people: LocalPerson[];
  /** The attributed sentence (evidence). */
  sentence: Span;
  /** The verbatim statement: the quoted words, or the sentence(s) of reported speech. */
  quote: Span;
  confidence: number;
  /** Offset where the statement's content starts (after "X argued that"), for short labels. */
  contentStart: number;
  /** Offset where it ends, when an attribution trails it; else the quote's end. */
  contentEnd?: number;
}

// (An opening adverb is tried before the start, or "Later X said" would read "Later X" as a name.)
const LEAD = String.raw`(?:\b(?:Finally|Also|However|Then|Moreover|Later|Next),?\s+|^|[,;:]["”]?\s+|—\s+|\bIn (?:his|her|their) (?:remarks|speech|intervention|address|message),\s+)`;
const NAMED = new RegExp(
  String.raw`${LEAD}(${PERSON_NAME})(?:\s*\([^)]*\))?(,(?:(?!\b(?:who|which|that)\b)[^“”\n]){0,200}?,?)?\s+${ADVERBS}(${SPEECH_VERB})\b`,
  'gu',
);
// "Dr X of the University of Y", between a name and its apposition or relative clause.
const AFFILIATION = String.raw`(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'&.-]*\s*(?:of\s+|for\s+|and\s+)?){1,8}?(?=,))?`;
// "a reading by X, who told mourners that …", "Y, director of the Z, who presented a study
// estimating that …", "Dr X of the University of Y, who called Z “…”": "X, who chaired the
// meeting, opened it by promising that …": the relative clause, or the verb right after it, is
// X's when it reports something (a that-clause, a quotation, 'said' + a clause, 'told' + who
// was told + a clause: "who told marchers he would …", or "described X as “…”"); "X, who
// welcomed the guests," reports nothing. Also "X, former Secretary, Ministry of Y, who said"
// (two appositions) and "X, a physician who has worked …, described" (a noun before "who").
const RELATIVE = new RegExp(
  String.raw`(${PERSON_NAME})(?:\s*\([^)]*\))?${AFFILIATION}(?:,\s+(?!who\b)[^,;“”\n]{1,100}?){0,2},\s+(?:(?:a|an|the)\s+[^,;“”\n]{1,40}?\s+)?who\s+(?:[^,;“”\n]{1,120}?,\s+)?${ADVERBS}(${SPEECH_VERB})\b(?=(?<=\bsaid|\bsays)\s+\p{Ll}|(?<=\btold|\btells)\s+(?:the\s+)?[\p{L}’'-]+\s+(?:he|she|they|it|we|I)\s|(?:\s+[\p{L}’'-]+){0,4}?\s+that\b|(?:\s+[\p{L}’'-]+){0,3}?\s*[,:]?\s*[“"]|(?:\s+[\p{L}’'-]+){1,8}?\s+as\s+[“"])`,
  'gu',
);
const GOVERNED_NAME = /\bof\s+(?:the\s+)?$/i;
const DESCRIBED = new RegExp(
  String.raw`(?:^|,\s+)((?:[Tt]he|[Ff]ormer)\s+[^,;“”]{3,60}?)\s+${ADVERBS}(${SPEECH_VERB})\b`,
  'g',
);
const ANY_NAME = new RegExp(PERSON_NAME, 'gu');
const PRONOUN = new RegExp(String.raw`\b(He|She|he|she)\s+${ADVERBS}(${SPEECH_VERB})\b`, 'g');
const TRAILING = new RegExp(
  String.raw`,["”’]?\s+(?:\p{Ll}[\p{L}.-]*\s+){0,4}?(he|she|${PERSON_NAME})\s+${TRAILING_VERB}[.!]?["”]?\s*$`,
  'u',
);
const OPINION = new RegExp(
  String.raw`^In (?:(his|her) (?:view|opinion)|the opinion of\s+(${PERSON_NAME}|the [^,]+)),`,
  'u',
);

interface Attribution {
  person: LocalPerson | undefined;
  /** End of the attribution phrase (verb), relative to the sentence. */
  verbEnd: number;
  /** Start of the verb, so a label can read "Called for …" when no "that" follows. */
  verbStart?: number;
  /** End of the statement when the attribution trails it ("…, she said."). */
  labelEnd?: number;
  confidence: number;
  pronoun: boolean;
}

function outsideQuotes(regions: Region[], sentence: Sentence, index: number): boolean {
  return insideRegion(regions, sentence.start + index) === undefined;
}

export function findClaims(
  text: string,
  sentences: Sentence[],
  people: ArticlePeople,
  /** Who a speaker cue names in a sentence (by its start): "he" next refers to them. */
  cued: ReadonlyMap<number, LocalPerson> = new Map(),
): FoundClaim[] {
  const regions = quotedRegions(text);
  const claims: FoundClaim[] = [];
  let lastSpeaker: LocalPerson | undefined;
  // A speaker only a cue found: "he" may point back to them, but a quotation that follows is
  // left to the attribution stage, which keeps it one claim per sentence.
  let cuedSpeaker: LocalPerson | undefined;
  const antecedent = () => lastSpeaker ?? cuedSpeaker;
  const speakers = new Set(cued.values());
  /** The one speaker the sentence before `sentence`, in its paragraph, names, if only one. */
  const namedJustBefore = (sentence: Sentence): LocalPerson | undefined => {
    const before = sentences[sentences.indexOf(sentence) - 1];
    if (!before || before.paragraph !== sentence.paragraph) return undefined;
    const words = foldTokens(before.text);
    const named = people
      .all()
      .filter(
        (p) =>
          (speakers.has(p) || p === lastSpeaker) &&
          (p.mentions.some((m) => m.start >= before.start && m.end <= before.end) ||
            [...p.variants.keys()].some((v) => words.includes(foldTokens(v).pop() ?? ''))),
      );
    return named.length === 1 ? named[0] : undefined;
  };
  let lastParagraph = -1;
  let coveredUntil = -1;
  /** Who "he"/"she" points to: nobody when the sentence before opens on someone else, no speaker. */
  const pronounPerson = (sentence: Sentence, pronoun: string): LocalPerson | undefined => {
    const prior = subjectOfSentenceBefore(people, sentences, sentence, pronoun);
    const last = antecedent();
    // "she" after the words of a "Don" or a "Mr" is not theirs (the attribution stage may
    // still give it to the woman the sentence before opens on).
    if (last && !genderAgrees(last, pronoun, sentences, true)) return undefined;
    if (prior && !speakers.has(prior) && prior !== last) return undefined;
    return last;
  };

  const attribute = (sentence: Sentence): Attribution | 'elsewhere' | undefined => {
    const s = sentence.text;
    let best: Attribution | undefined;
    const consider = (candidate: Attribution, index: number) => {
      if (!outsideQuotes(regions, sentence, index)) return;
      if (!best || candidate.verbEnd < best.verbEnd) best = candidate;
    };
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(s); m; m = NAMED.exec(s)) {
      const nameStart = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      // Candidates overlap ("Former Canadian Justice Minister, Douglas Whitfield, said"): resume
      // right after this candidate's name, not after its whole match.
      NAMED.lastIndex = nameStart + (m[1]?.length ?? 1);
      // An apposition naming someone else means the verb belongs to a later list item.
      if (m[2] && [...m[2].matchAll(ANY_NAME)].some((n) => cleanPersonName(n[0]))) continue;
      // "welcomed members and guests": a host's act; "welcomed the plan" reports a reaction.
      const after = s.slice((m.index ?? 0) + m[0].length);
      if (/^welcomed$/i.test(m[3] ?? '') && welcomesPeople(after) && !/\bthat\b|[“"]/u.test(after))
        continue;
      const person = people.resolve(m[1] ?? '', {
        start: sentence.start + nameStart,
        end: sentence.start + nameStart + (m[1]?.length ?? 0),
      });
      if (person)
        consider(
          {
            person,
            verbEnd: (m.index ?? 0) + m[0].length,
            verbStart: (m.index ?? 0) + m[0].length - (m[3]?.length ?? 0),
            confidence: 0.9,
            pronoun: false,
          },
          nameStart,
        );
    }
    // Only when no subject of the sentence's own says anything: "X, who told …" inside a
    // longer sentence is often an aside about X.
    // A match may start on a name that is nobody's ("City Leaders, opened … by X, who said"):
    // the next try starts right after that name, not after the whole match.
    RELATIVE.lastIndex = 0;
    for (let m = best ? null : RELATIVE.exec(s); m; m = RELATIVE.exec(s)) {
      const nameStart = m.index ?? 0;
      RELATIVE.lastIndex = nameStart + (m[1]?.length ?? 1);
      // "the Coalition of City Leaders, …": a name after "of" is a body's, not the clause's.
      if (GOVERNED_NAME.test(s.slice(0, nameStart))) continue;
      const person = people.resolve(m[1] ?? '', {
        start: sentence.start + nameStart,
        end: sentence.start + nameStart + (m[1]?.length ?? 0),
      });
      if (person)
        consider(
          {
            person,
            verbEnd: nameStart + m[0].length,
            verbStart: nameStart + m[0].length - (m[2]?.length ?? 0),
            confidence: 0.8,
            pronoun: false,
          },
          nameStart,
        );
    }
    for (const m of s.matchAll(DESCRIBED)) {
      const description = m[1] ?? '';
      const previous = antecedent();
      const person =
        people.byDescription(description) ??
        (previous && people.sharesNationality(previous, description) ? previous : undefined);
      if (person)
        consider(
          {
            person,
            verbEnd: (m.index ?? 0) + m[0].length,
            verbStart: (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0),
            confidence: 0.7,
            pronoun: false,
          },
          m.index ?? 0,
        );
    }
    for (const m of s.matchAll(PRONOUN)) {
      // "X, …, sent a video message, in which she declared": the antecedent is in the sentence.
      // "Malhotra, 52, took over in 2019. He said …": a speaker the sentence before names is
      // nearer than the last one quoted.
      let person = namedJustBefore(sentence) ?? pronounPerson(sentence, m[1] ?? '');
      for (const n of s.slice(0, m.index).matchAll(ANY_NAME)) {
        const at = sentence.start + (n.index ?? 0);
        const named = cleanPersonName(n[0])
          ? people.resolve(n[0], { start: at, end: at + n[0].length })
          : undefined;
        if (named && outsideQuotes(regions, sentence, n.index ?? 0)) {
          person = named;
          break;
        }
      }
      consider(
        {
          person,
          verbEnd: (m.index ?? 0) + m[0].length,
          verbStart: (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0),
          confidence: 0.75,
          pronoun: person === antecedent(),
        },
        m.index ?? 0,
      );
    }
    const opinion = OPINION.exec(s);
    if (opinion) {
      const named = opinion[2];
      const person = !named
        ? antecedent()
        : /^the\s/.test(named)
          ? people.byDescription(named)
          : people.resolve(named, {
              start: sentence.start + opinion[0].indexOf(named),
              end: sentence.start + opinion[0].indexOf(named) + named.length,
            });
      consider({ person, verbEnd: opinion[0].length, confidence: 0.75, pronoun: !named }, 0);
    }
    const trailing = TRAILING.exec(s);
    if (best && trailing && best.verbEnd >= (trailing.index ?? 0)) {
      // The attribution found is the trailing one: the statement is what precedes it.
      best = { ...best, verbEnd: 0, verbStart: undefined, labelEnd: trailing.index ?? 0 };
    }
    if (!best) {
      if (trailing && outsideQuotes(regions, sentence, trailing.index ?? 0)) {
        const who = trailing[1] ?? '';
        const person = /^(?:he|she)$/.test(who)
          ? pronounPerson(sentence, who)
          : people.resolve(who, {
              start: sentence.start + (trailing.index ?? 0),
              end: sentence.end,
            });
        best = {
          person,
          verbEnd: 0,
          labelEnd: trailing.index ?? 0,
          confidence: 0.75,
          pronoun: true,
        };
      }
    }
    if (best && spokenElsewhere(s)) return 'elsewhere';
    return best;
  };

  for (const sentence of sentences) {
    if (sentence.start < coveredUntil) continue;
    const found = attribute(sentence);
    if (found === 'elsewhere') {
      // Words from a report or decree: not a claim at the event, and "she" next is not our speaker.
      lastSpeaker = undefined;
      cuedSpeaker = undefined;
      continue;
    }
    const cuedHere = cued.get(sentence.start);
    // "X rejected the plan. “…,” he said": the cue that resolved this sentence's pronoun to
    // the subject before it knows better than the last speaker quoted.
    let attribution =
      found?.pronoun && cuedHere && found.person !== cuedHere
        ? { ...found, person: cuedHere }
        : found;
    if (!attribution && cuedHere) {
      // A speaker this stage's patterns did not see ("Committee chair X said …") is still the
      // one "he said" points back to in the next sentence.
      lastSpeaker = undefined;
      cuedSpeaker = cuedHere;
      continue;
    }
    if (
      !attribution &&
      sentence.paragraph === lastParagraph &&
      lastSpeaker &&
      /^[“"]/.test(sentence.text)
    ) {
      // A quotation that opens a sentence right after a speaker's introduction continues it.
      attribution = { person: lastSpeaker, verbEnd: 0, confidence: 0.65, pronoun: true };
    }
    if (!attribution?.person) continue;
    const person = attribution.person;
    lastSpeaker = person;
    speakers.add(person);
    cuedSpeaker = undefined;
    lastParagraph = sentence.paragraph;
    let quote: Span = { start: sentence.start, end: sentence.end };
    let contentStart = sentence.start + attribution.verbEnd;
    const after = sentence.text.slice(attribution.verbEnd);
    // A quotation right after the attribution verb is the claim; a sentence that merely opens
    // with a quotation (a continuation) keeps its whole span.
    const direct =
      attribution.verbEnd > 0 ? /^(?:\s+(?:that|in which \w+ \w+))?[\s,:]*[“"]/.exec(after) : null;
    const region = direct
      ? regions.find((r) => r.start === sentence.start + attribution.verbEnd + direct[0].length - 1)
      : undefined;
    if (region) {
      quote = { start: region.start + 1, end: region.end - 1 };
      // Drop a closing mark the unclosed-quote fallback may have left out.
      if (/[”"]$/.test(text.slice(region.start, region.end)))
        quote = { start: region.start + 1, end: region.end - 1 };
      else quote = { start: region.start + 1, end: region.end };
      contentStart = quote.start;
    } else {
      // Reported speech: the sentence, extended over a quotation that runs past its end.
      const spill = regions.find(
        (r) => r.start >= sentence.start && r.start < sentence.end && r.end > sentence.end,
      );
      if (spill) quote = { start: sentence.start, end: spill.end };
      const that = /^\s*(?:that|how|whether|why)\s+/.exec(after);
      if (that) contentStart += that[0].length;
      else if (attribution.verbStart !== undefined)
        contentStart = sentence.start + attribution.verbStart;
      if (attribution.verbEnd === 0) contentStart = sentence.start;
    }
    coveredUntil = Math.max(coveredUntil, quote.end);
    claims.push({
      people: [person],
      sentence: { start: sentence.start, end: Math.max(sentence.end, quote.end) },
      quote,
      confidence: attribution.confidence,
      contentStart,
      ...(attribution.labelEnd ? { contentEnd: sentence.start + attribution.labelEnd } : {}),
    });
  }
  return claims;
}
