/**
 * Runs the per-article stages in order — sentences, people, event, participation, claims,
 * affiliations, organisations — and returns everything found in one article, still in local
 * terms (article offsets, local people). Identity across articles and graph ids are the
 * builder's job; this module has no notion of the corpus.
 */
import { attributeSentences } from './attribution';
import { findAffiliations, type FoundAffiliation } from './affiliations';
import { findClaims, type FoundClaim } from './claims';
import { findEvent, type FoundEvent } from './events';
import { collectPeople } from './mentions';
import { findOrganizations, type OrganizationMention } from './organizations';
import {
  ROLE_PRIORITY,
  findParticipation,
  type Participation,
  type PersonOrganizer,
} from './participation';
import { ArticlePeople } from './people';
import { splitSentences, type Sentence } from './sentences';
import { findSpeakerCues, type CueFinding } from './speaker-cues';
import { combinedConfidence } from './rule-confidence';
import type { Article } from './split';

export interface ArticleAnalysis {
  article: Article;
  sentences: Sentence[];
  people: ArticlePeople;
  event?: FoundEvent;
  /** One per person, the highest-priority role found. */
  participations: Participation[];
  personOrganizers: PersonOrganizer[];
  claims: FoundClaim[];
  affiliations: FoundAffiliation[];
  organizations: OrganizationMention[];
}

function mergeClaims(claims: FoundClaim[]): FoundClaim[] {
  const byQuote = new Map<string, FoundClaim>();
  for (const claim of claims) {
    const key = `${claim.quote.start}:${claim.quote.end}`;
    const existing = byQuote.get(key);
    if (!existing) byQuote.set(key, { ...claim, people: [...claim.people] });
    else
      for (const person of claim.people)
        if (!existing.people.includes(person)) existing.people.push(person);
  }
  return [...byQuote.values()].sort((a, b) => a.quote.start - b.quote.start);
}

/** One finding per person and role, its rules joined and their measured confidences combined. */
function speakerFindings(cues: CueFinding[]): Participation[] {
  const byKey = new Map<string, { cue: CueFinding; rules: string[] }>();
  for (const cue of cues) {
    const key = `${cue.person.index}|${cue.role}`;
    const entry = byKey.get(key) ?? { cue, rules: [] };
    if (!entry.rules.includes(cue.rule)) entry.rules.push(cue.rule);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ cue, rules }) => ({
    person: cue.person,
    role: cue.role,
    evidence: cue.evidence,
    rule: rules.join('+'),
    confidence: combinedConfidence(rules),
  }));
}

export function analyzeArticle(article: Article, fileYear?: number): ArticleAnalysis {
  const { text } = article;
  const sentences = splitSentences(text);
  const people = new ArticlePeople();
  collectPeople(text, sentences, people);
  const event = findEvent(article, sentences, fileYear);
  const cues = findSpeakerCues(text, sentences, people);
  const participation = findParticipation(text, sentences, people);
  const found = findClaims(text, sentences, people);
  const listClaims: FoundClaim[] = participation.listClaims.map((list) => ({
    people: list.people,
    sentence: list.sentence,
    quote: list.sentence,
    confidence: 0.8,
    contentStart: list.sentence.start,
  }));
  const corpusClaims = mergeClaims([...found, ...listClaims]);
  // One claim per sentence: the attribution component adds the sentences the corpus stage missed.
  const attributed = attributeSentences(text, sentences, people, cues).filter(
    (claim) =>
      !corpusClaims.some(
        (c) =>
          c.quote.start < claim.quote.end &&
          c.quote.end > claim.quote.start &&
          // Only a speaker named in the sentence adds a claim the corpus stage gave another.
          (claim.confidence < 0.8 || claim.people.every((p) => c.people.includes(p))),
      ),
  );
  const claims = mergeClaims([...corpusClaims, ...attributed]);
  // Everyone reported speaking at the event spoke at it, whatever the lists say.
  const all: Participation[] = [...participation.participations, ...speakerFindings(cues)];
  for (const claim of claims) {
    for (const person of claim.people)
      all.push({ person, role: 'speaker', evidence: claim.sentence, confidence: 0.8 });
  }
  const best = new Map<number, Participation>();
  for (const p of all) {
    const current = best.get(p.person.index);
    if (!current || ROLE_PRIORITY[p.role] > ROLE_PRIORITY[current.role])
      best.set(p.person.index, p);
  }
  const result: ArticleAnalysis = {
    article,
    sentences,
    people,
    participations: [...best.values()].sort((a, b) => a.person.index - b.person.index),
    personOrganizers: participation.personOrganizers,
    claims,
    affiliations: findAffiliations(text, sentences, people.all()),
    organizations: findOrganizations(text),
  };
  if (event) result.event = event;
  return result;
}
