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
import { isSurnameOf } from './name-match';
import { nameCandidates } from './name-candidates';
import { ORGANIZATION_HEAD_WORDS, isOccupation, isPartyNoun, isTitleWord } from './names';
import { type ArticlePeople, type LocalPerson } from './people';
import { genderAgrees, subjectOfSentenceBefore } from './pronouns';
import { quotedRegions, type Region, type Sentence } from './sentences';
import type { CueFinding } from './speaker-cues';
import { speechVerbRegex, spokenElsewhere } from './speech';
import { foldTokens } from './text';
import {
  REPORTED_STATE_WORDS,
  REPORTING_PARTICIPLE_SOURCE,
  WORDS_PARTICIPLE_SOURCE,
  REPORTING_VERB_SOURCE,
  WORDS_VERB,
  escape,
  spellOutHonorifics,
  isSourceTitle,
  roleNamedBy,
} from './vocab';

const CLAIM_RULES = new Set([
  'subject-reporting-verb',
  'inverted-attribution',
  'participle-lead',
  'speech-adjunct',
  'delivered-speech',
  'passive-reporting-verb',
  'relative-clause',
  'pronoun-subject',
  // "The board chairman, Olaf Brandt, said profits fell": the apposition gives the role, the
  // verb after the name the words (reportsWords below).
  'role-apposition',
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
  String.raw`(?:(?:^|[,”"’]\s*|^\p{Lu}\p{Ll}+ing\b[^,;]{0,80}?\s)the\s+|^(?:In|During) (?:his|her|their) [\w-]+(?: [\w-]+)?,?\s+(?:the\s+)?)((?:\d{1,3}-year-old\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+|\d{1,3}-year-old)(?:,\s+(?:who|a|an|in (?:his|her|their))\s[^,;“”"]{1,160},)?\s+${ADVERBS}(?:${REPORTING_VERB_SOURCE})\b`,
  'iu',
);

// "WASHINGTON — The chief executive of Halvern defended its prices, telling lawmakers …": a
// news lead describes its speaker and names them only in the next paragraph.
const LEDE_DESCRIPTION = new RegExp(
  String.raw`^(?:[^–—.]{2,80}?\s[–—-]\s+)?The\s+((?:[\p{L}\p{M}’'.&-]+\s+){1,10}?)${ADVERBS}(?:(?:${REPORTING_VERB_SOURCE})\b|[^.;“”"]{0,120}?,\s+(?:${REPORTING_PARTICIPLE_SOURCE})\b)`,
  'u',
);

/** Whether "chief executive of Halvern", "former harbour master of X" describe a person. */
function describesAPerson(description: string): boolean {
  const head = description.split(/\s+(?:of|at|for|from|in|on)\s+/u)[0]?.trim() ?? '';
  const words = head.split(/\s+/u).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  // ("The Security Council was told": a passive, the words said to the subject.)
  if (words.length === 0 || /^\p{Lu}/u.test(last) || ORGANIZATION_HEAD_WORDS.has(last))
    return false;
  if (words.some((w) => /^(?:was|were|is|are|been|being)$/u.test(w))) return false;
  if (isSourceTitle(description)) return false;
  return words.some(isTitleWord) || isOccupation(last);
}

/**
 * The speaker a lead sentence describes without naming: the first person of the next
 * paragraph, when a speaker cue names them there first.
 */
function ledeSpeaker(
  sentence: Sentence,
  sentences: Sentence[],
  people: ArticlePeople,
  cues: CueFinding[],
): LocalPerson | undefined {
  // The lead: the first sentence of its paragraph, among the first (a date line may come first).
  const index = sentences.indexOf(sentence);
  if (index > 2 || sentences[index - 1]?.paragraph === sentence.paragraph) return undefined;
  const description = LEDE_DESCRIPTION.exec(sentence.text)?.[1];
  if (!description || !describesAPerson(description)) return undefined;
  if (mentionedIn(people, sentence).length > 0) return undefined;
  const next = sentences.filter((x) => x.paragraph === sentence.paragraph + 1);
  const first = next
    .flatMap((x) => mentionedIn(people, x).map((p) => ({ p, at: firstMention(p, x) })))
    .sort((a, b) => a.at - b.at)[0]?.p;
  const cued = cues.some(
    (c) => c.person === first && next.some((x) => x.start === c.evidence.start),
  );
  return first && cued ? first : undefined;
}

const DASH_SIGNATURE = /[”"]\s*[–—-]\s*([^–—\n]{3,120})$/u;
const THIS_WAS_SAID =
  /^(?:This|That|These words|Those words)\s+(?:was|were)\s+(?:said|stated|spoken|told)\s+by\b/;

// "X opened the session by reminding members that …", "Y closed the rally, urging …": the
// event-role verb, then the words that went with it.
const ROLE_THEN_WORDS = new RegExp(String.raw`(?:\bby|,)\s+(?:${WORDS_PARTICIPLE_SOURCE})\b`, 'u');

const REPORTED_CONTENT = new RegExp(String.raw`\b(?:that|${REPORTING_PARTICIPLE_SOURCE})\b`, 'u');

/** Whether a sentence reports words: a verb of saying, reported content or a quotation. */
function reportsWords(sentence: string): boolean {
  return WORDS_VERB.test(sentence) || REPORTED_CONTENT.test(sentence) || /[“”":]/u.test(sentence);
}

interface Attributed {
  sentence: Sentence;
  person: LocalPerson;
  confidence: number;
}

/** The person a description such as "minister" or "former governor" points to, if one does. */
function byTitle(
  text: string,
  people: ArticlePeople,
  description: string,
  recent: LocalPerson[],
  /** Where the description is: who it points back to was named before it. */
  before: number,
): LocalPerson | undefined {
  const words = description.toLowerCase().split(/\s+/);
  const word = words[words.length - 1] ?? '';
  // "the party said": a body speaks, not one of its titled members ("the party's youth leader").
  if (word.length < 3 || ORGANIZATION_HEAD_WORDS.has(word)) return undefined;
  // "the Chief Guest": the whole title first, so the Guest of Honour is not taken for it.
  if (words.length > 1) {
    const whole = byPattern(
      text,
      people,
      new RegExp(`\\b${words.map(escape).join('\\s+')}\\b`, 'i'),
      recent,
      before,
    );
    if (whole) return whole;
  }
  return (
    byPattern(text, people, new RegExp(`\\b${escape(word)}\\b`, 'i'), recent, before) ??
    people.byDescription(description) ??
    undefined
  );
}

const CLAUSE_WORDS = /\b(?!(?:of|for|and|the|on|in|to)\b)\p{Ll}{2,}\b/u;

function byPattern(
  text: string,
  people: ArticlePeople,
  pattern: RegExp,
  recent: LocalPerson[],
  before: number,
): LocalPerson | undefined {
  // A title recorded for someone first, then one written right before a mention ("Minister of
  // Justice Han Dong-hoon"), which may belong to the name before instead ("X graced it as
  // Chief Guest, while Dr. Y …"). Only people named before the description: "the minister
  // said" is not the trade minister who is named a paragraph later.
  const earlier = (p: LocalPerson) => p.mentions.some((m) => m.start < before);
  const titled = (p: LocalPerson) => earlier(p) && p.titles.some((t) => pattern.test(t));
  // The words before a mention, back to the name before it: "Nigeria's Minister of Industry,
  // Trade and Investment, H.E. Amina …" is a long title; in "a message from the Minister, X,
  // was read out by Fr Y" the title is X's, not Y's.
  const ends = people
    .all()
    .flatMap((p) => p.mentions.map((m) => m.end))
    .sort((a, b) => a - b);
  // (A name inside the title, "of Ports and Inland Waterways, H.E. X", does not end it: only
  // one with words of a clause between, "X TD, was read out by Fr Y".)
  const titleBefore = (start: number) => {
    const previous =
      ends.filter((end) => end <= start && CLAUSE_WORDS.test(text.slice(end, start))).pop() ?? 0;
    return text.slice(Math.max(0, start - 60, previous), start);
  };
  const written = (p: LocalPerson) =>
    p.mentions.some(
      (m) =>
        m.start < before &&
        // ("the professor said" after "Prof. X": the abbreviation spelt out.)
        pattern.test(spellOutHonorifics(titleBefore(m.start))),
    );
  for (const holds of [titled, written]) {
    const recentHolder = [...recent].reverse().find(holds);
    if (recentHolder) return recentHolder;
    const all = people.all().filter(holds);
    if (all.length === 1) return all[0];
    if (all.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Whether a sentence names anyone, the speaker included: "Since becoming mayor, Mayor Lund has
 * met …" is the reporter's narrative about the speaker, not the speaker's words going on.
 */
function namesSomeone(
  people: ArticlePeople,
  sentence: Sentence,
  regions: Region[],
  surnames: ReadonlySet<string>,
): boolean {
  // A surname alone counts outside quotation marks: "Okoye, 31, missed last year's final" is
  // narrative; "“My thanks go to President Ferriani”" is still the speaker's.
  const unquoted = [...sentence.text]
    .map((ch, i) =>
      regions.some((r) => sentence.start + i >= r.start && sentence.start + i < r.end) ? ' ' : ch,
    )
    .join('');
  return (
    mentionedIn(people, sentence).length > 0 ||
    nameCandidates(sentence.text).some((c) => !c.single) ||
    nameCandidates(unquoted).some((c) => c.single && surnames.has(foldTokens(c.name).pop() ?? ''))
  );
}

const REPORTS_WORDS_NEXT = /^\p{Ll}+(?:\s+[^\s“"]+){0,3}?\s*(?:\bthat\b|[:“"])/u;
const PRONOUN_THEN_WORD = /^(?:He|She|They)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/**
 * Whether a sentence narrates what its pronoun subject did ("He read three poems in Welsh"):
 * the reporter's words, not more of the speaker's. A verb of reported speech or state ("He
 * would not accept it", "She added …"), of the speech's course ("He began from the war") or
 * one that brings words ("She accepted that …") may still be theirs.
 */
function narratesItsSubject(sentence: Sentence): boolean {
  const m = PRONOUN_THEN_WORD.exec(sentence.text);
  if (!m) return false;
  const rest = sentence.text.slice(m[0].length - (m[1]?.length ?? 0));
  return (
    !REPORTED_STATE_WORDS.has(m[1] ?? '') &&
    !speechVerbRegex.test(rest) &&
    // "She accepted that …", "He conceded: “…”": any verb that brings words reports them.
    !REPORTS_WORDS_NEXT.test(rest)
  );
}

/** The article's people mentioned inside a sentence. */
function mentionedIn(people: ArticlePeople, sentence: Sentence): LocalPerson[] {
  return people
    .all()
    .filter((p) => p.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end));
}

// Reported speech rarely runs on unmarked for longer; narrative takes over.
const MAX_CONTINUATION = 2;
function firstMention(person: LocalPerson, sentence: Sentence): number {
  return Math.min(
    ...person.mentions.filter((m) => m.start >= sentence.start).map((m) => m.start),
    Number.MAX_SAFE_INTEGER,
  );
}

function regionOf(regions: Region[], sentence: Sentence): Region | undefined {
  return regions.find((r) => r.start < sentence.end && r.end > sentence.start);
}

/** "…” – Mayor Penn-te Strake": a quotation signed after a dash, by a known speaker. */
function signedBy(sentence: Sentence, speakers: LocalPerson[]): LocalPerson | undefined {
  const tail = DASH_SIGNATURE.exec(sentence.text)?.[1];
  if (!tail) return undefined;
  const words = foldTokens(tail);
  return speakers.find((p) =>
    [...p.variants.keys()].some((v) => {
      const name = foldTokens(v);
      return (
        name.length > 0 &&
        name.every((w) => words.includes(w) || w === name[0]) &&
        words.includes(name[name.length - 1] ?? '')
      );
    }),
  );
}

const ACCORDING_TO = /^(?:(?:But|And|Yet),?\s+)?[Aa]ccording to ([^,]{2,80}),/u;

/** "According to Nowak, ports that …": the words of a speaker of the event, by their name. */
function accordingTo(sentence: Sentence, speakers: LocalPerson[]): LocalPerson | undefined {
  const source = ACCORDING_TO.exec(sentence.text)?.[1];
  if (!source) return undefined;
  const words = foldTokens(source);
  // ("According to Dr. Nguyễn": a family name printed first names "Nguyễn Thị Lan" too.)
  const last = source.split(/\s+/u).pop() ?? '';
  const named = speakers.filter((p) =>
    [...p.variants.keys()].some(
      (v) => words.includes(foldTokens(v).pop() ?? '') || isSurnameOf(last, v),
    ),
  );
  return named.length === 1 ? named[0] : undefined;
}

export function attributeSentences(
  text: string,
  sentences: Sentence[],
  people: ArticlePeople,
  cues: CueFinding[],
): FoundClaim[] {
  const regions = quotedRegions(text);
  const explicit = new Map<Sentence, Attributed[]>();
  const speakers = [...new Set(cues.map((c) => c.person))];
  const recent: LocalPerson[] = [];
  const remember = (person: LocalPerson) => {
    const at = recent.indexOf(person);
    if (at >= 0) recent.splice(at, 1);
    recent.push(person);
  };
  sentences.forEach((sentence, index) => {
    const s = sentence.text;
    const here = cues.filter((c) => c.evidence.start === sentence.start);
    const claimCues = here.filter(
      (c) =>
        (CLAIM_RULES.has(c.rule) || (c.rule === 'subject-role-verb' && ROLE_THEN_WORDS.test(s))) &&
        // "A, B and C, who called for …": in a list the clause may speak for every item.
        (c.rule !== 'relative-clause' || !here.some((o) => o.rule === 'list-trigger')) &&
        // "gave her report" is an act; "gave remarks, stating that …" reports what was said.
        (c.rule !== 'delivered-speech' || REPORTED_CONTENT.test(s)) &&
        // "Accepting the award, Nwankwo thanked her coach": an act too, unless words follow or
        // the sentence frames it as speech ("In her welcome remarks, the director thanked …").
        (c.rule === 'inverted-attribution' || c.rule === 'speech-adjunct' || reportsWords(s)),
    );
    // "This was said by X" gives the sentence before to X; it is no claim itself.
    const pointsBack = THIS_WAS_SAID.test(s);
    let found: Attributed[] = [...new Set(pointsBack ? [] : claimCues.map((c) => c.person))].map(
      (person) => ({
        sentence,
        person,
        confidence: 0.8,
      }),
    );
    if (found.length === 0 && here.length === 0) {
      const last = recent[recent.length - 1];
      const described = DESCRIBED.exec(s);
      // "The 54-year-old said …", "the 61-year-old Democrat said …" (also with ", who …,"
      // before the verb): an age stands for the person being written about, the last speaker,
      // unless the rest names someone else.
      const description = described?.[1] ?? '';
      const aged = /^\d{1,3}-year-old\s*/u.exec(description);
      const rest = aged ? description.slice(aged[0].length) : description;
      // "the Maine Democrat said": a party member's noun, like an age, describes that person.
      const partisan = isPartyNoun(rest.split(/\s+/).pop() ?? '');
      // "The Chairman, in his closing remarks, urged …": the one who has that role here.
      const role = rest ? roleNamedBy(rest) : undefined;
      const holders = role
        ? [...new Set(cues.filter((c) => c.role === role).map((c) => c.person))]
        : [];
      const person = described
        ? ((rest ? byTitle(text, people, rest, recent, sentence.start) : undefined) ??
          (aged || partisan ? recent[recent.length - 1] : undefined) ??
          (holders.length === 1 ? holders[0] : undefined))
        : undefined;
      const signed =
        signedBy(sentence, speakers) ??
        accordingTo(sentence, speakers) ??
        (reportsWords(s) ? ledeSpeaker(sentence, sentences, people, cues) : undefined);
      if (person) found = [{ sentence, person, confidence: 0.7 }];
      else if (signed) found = [{ sentence, person: signed, confidence: 0.7 }];
      else {
        const pronoun = last ? (PRONOUN_LEAD.exec(s) ?? PRONOUN_TRAILING.exec(s)) : null;
        if (last && pronoun) {
          const word = pronoun[1] ?? '';
          // No fallback to a last speaker the pronoun cannot mean ("she" after "Don Feliciano").
          const agreeing = [...recent].reverse().find((p) => genderAgrees(p, word, sentences));
          // "X … sent a message, in which she declared": a person named first is the antecedent.
          const named = mentionedIn(people, sentence).sort(
            (a, b) => firstMention(a, sentence) - firstMention(b, sentence),
          )[0];
          const antecedent =
            named && firstMention(named, sentence) < sentence.start + pronoun.index
              ? named
              : agreeing;
          // The sentence before opening on someone who is no speaker: the words are theirs. A
          // quotation's "she said" looks before the quotation, and a quotation opening its
          // paragraph before that paragraph ("X said she came to …¶“…,” she said").
          const region = regionOf(regions, sentence);
          const opening = region
            ? (sentences.find((x) => x.start <= region.start && region.start < x.end) ?? sentence)
            : sentence;
          const prior = subjectOfSentenceBefore(
            people,
            sentences,
            opening,
            word,
            region !== undefined && opening.start === region.start,
          );
          // "The keynote was delivered by X. … she argued": a paragraph that opens by bringing a
          // speaker on goes on about them.
          const before = sentences[sentences.indexOf(opening) - 1];
          const introduced =
            prior !== undefined &&
            before !== undefined &&
            before.paragraph === opening.paragraph &&
            sentences[sentences.indexOf(before) - 1]?.paragraph !== before.paragraph &&
            cues.some(
              (c) =>
                c.person === prior &&
                c.evidence.start === before.start &&
                !/reporting|inverted|participle|pronoun/.test(c.rule),
            );
          if (introduced || (prior && !antecedent))
            found = [{ sentence, person: prior, confidence: 0.7 }];
          else if (antecedent && (!prior || speakers.includes(prior) || prior === antecedent))
            found = [{ sentence, person: antecedent, confidence: 0.7 }];
        }
      }
    }
    // "No government can succeed without rights. This was said by X": the words before are X's.
    const said = here[0];
    const before = sentences[index - 1];
    if (said && before && pointsBack && !explicit.has(before))
      explicit.set(before, [{ sentence: before, person: said.person, confidence: 0.7 }]);
    for (const c of here) remember(c.person);
    if (found.length > 0 && spokenElsewhere(s)) found = [];
    if (found.length > 0) {
      explicit.set(sentence, found);
      for (const f of found) remember(f.person);
    }
  });
  // A quotation's sentences all belong to whoever one of them attributes it to; a quotation
  // that opens a sentence, or a whole paragraph, right after a speaker's words continues them.
  const paragraphStarts = new Map<number, number>();
  for (const x of sentences)
    if (!paragraphStarts.has(x.paragraph)) paragraphStarts.set(x.paragraph, x.start);
  const paragraphStart = (x: Sentence) => paragraphStarts.get(x.paragraph) ?? -1;
  // Unmarked continuation only where the paragraph quotes someone: elsewhere an unmarked
  // sentence after reported speech is as often the reporter's own narrative.
  const quotedParagraphs = new Set(
    sentences.filter((x) => regionOf(regions, x) !== undefined).map((x) => x.paragraph),
  );
  // The last words of every full name the article writes, whoever it names.
  const surnames = new Set(
    sentences.flatMap((x) =>
      nameCandidates(x.text)
        .filter((c) => !c.single)
        .map((c) => foldTokens(c.name).pop() ?? ''),
    ),
  );
  const claims: FoundClaim[] = [];
  let continued = 0;
  let previous: Attributed | undefined;
  for (const sentence of sentences) {
    let found = explicit.get(sentence) ?? [];
    const region = regionOf(regions, sentence);
    if (found.length === 0 && region) {
      const owner = sentences
        .filter((other) => other.start < region.end && other.end > region.start)
        .map((other) => explicit.get(other)?.[0])
        .find(Boolean);
      if (owner) found = [{ sentence, person: owner.person, confidence: 0.7 }];
    }
    const continues =
      previous !== undefined &&
      (previous.sentence.paragraph === sentence.paragraph ||
        (previous.sentence.paragraph === sentence.paragraph - 1 && region !== undefined));
    if (found.length === 0 && previous && continues && /^[“"]/.test(sentence.text))
      found = [{ sentence, person: previous.person, confidence: 0.6 }];
    // A paragraph that opens with a quotation goes on with the previous paragraph's speaker.
    if (
      found.length === 0 &&
      previous &&
      continues &&
      region &&
      region.start === paragraphStart(sentence)
    )
      found = [{ sentence, person: previous.person, confidence: 0.6 }];
    // Quoted speech goes on in its paragraph: the next sentences, naming nobody else.
    if (
      found.length === 0 &&
      previous &&
      previous.sentence.paragraph === sentence.paragraph &&
      continued < MAX_CONTINUATION &&
      quotedParagraphs.has(sentence.paragraph) &&
      sentence.text.split(/\s+/).length >= 4 &&
      !namesSomeone(people, sentence, regions, surnames) &&
      !narratesItsSubject(sentence)
    ) {
      found = [{ sentence, person: previous.person, confidence: 0.5 }];
      continued += 1;
    } else if (found.length > 0) continued = 0;
    previous =
      found[0] ??
      (continues || sentence.paragraph === previous?.sentence.paragraph ? previous : undefined);
    for (const f of found)
      claims.push({
        people: [f.person],
        sentence: { start: sentence.start, end: sentence.end },
        quote: { start: sentence.start, end: sentence.end },
        confidence: f.confidence,
        contentStart: sentence.start,
      });
  }
  return claims;
}
