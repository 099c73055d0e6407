/**
 * The stages that decide one answer from several findings: one claim per quotation (the
 * corpus stage's, then the attribution's for sentences it left, people merged when they share
 * a quote; a sentence that only reports a question asked is none), and one speaker edge per person (the highest-priority role, the rules that found
 * it joined, their measured confidences combined). Everyone reported speaking at the event
 * spoke at it, whatever the lists say.
 */
import type { FoundClaim } from '../claims';
import { ROLE_PRIORITY, type Participation } from '../participation';
import { combinedConfidence } from '../rule-confidence';
import type { LocalPerson } from '../people';
import type { CueFinding } from '../speaker-cues';
import { onlyAsks, saysNothing } from '../speech';
import type { FoundEvent } from '../events';
import { presidesAsChair } from '../presiding-chair';
import type { Component } from './pipeline';

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

export const claims: Component = {
  name: 'claims',
  needs: ['reported-claim', 'list-claim', 'attributed-claim', 'quoted-source', 'speaker-cue'],
  provides: ['claim'],
  run(doc) {
    // A person quoted only as the report's source (no cue made them a speaker) claims nothing
    // at the event: "…," Talbot, a protester outside, said.
    const cued = new Set(doc.values<CueFinding>('speaker-cue').map((c) => c.person));
    const sourcesOnly = new Set(
      doc.values<LocalPerson>('quoted-source').filter((person) => !cued.has(person)),
    );
    const corpus = mergeClaims([
      ...doc.values<FoundClaim>('reported-claim'),
      ...doc.values<FoundClaim>('list-claim'),
    ]);
    // One claim per sentence: the attribution adds the sentences the corpus stage missed, and
    // a speaker named in a sentence adds a claim the corpus stage gave another.
    const added = doc
      .values<FoundClaim>('attributed-claim')
      .filter(
        (claim) =>
          !corpus.some(
            (c) =>
              c.quote.start < claim.quote.end &&
              c.quote.end > claim.quote.start &&
              (claim.confidence < 0.8 || claim.people.every((p) => c.people.includes(p))),
          ),
      );
    for (const merged of mergeClaims([...corpus, ...added])) {
      const claim = { ...merged, people: merged.people.filter((p) => !sourcesOnly.has(p)) };
      if (claim.people.length === 0) continue;
      const said = doc.text.slice(claim.quote.start, claim.quote.end);
      if (onlyAsks(said) || saysNothing(said)) continue;
      doc.add<FoundClaim>('claim', {
        ...claim.quote,
        label: 'claim',
        attrs: claim,
        rule: corpus.includes(merged) ? 'pattern' : 'attribution',
        score: claim.confidence,
      });
    }
  },
};

/** One finding per person and role, its rules joined and their measured confidences combined. */
function cueParticipations(cues: CueFinding[]): Participation[] {
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

export const speakers: Component = {
  name: 'speakers',
  needs: ['listed-speaker', 'speaker-cue', 'quoted-source', 'claim', 'event'],
  provides: ['speaker'],
  run(doc) {
    const kind = doc.values<FoundEvent>('event')[0]?.kind;
    // The corpus patterns know no sources: a person the cues found only quoted as one is none.
    const cued = new Set(doc.values<CueFinding>('speaker-cue').map((c) => c.person));
    const sourcesOnly = new Set(
      doc.values<LocalPerson>('quoted-source').filter((person) => !cued.has(person)),
    );
    const all: Participation[] = [
      ...doc.values<Participation>('listed-speaker').filter((p) => !sourcesOnly.has(p.person)),
      ...cueParticipations(doc.values<CueFinding>('speaker-cue')),
    ];
    for (const claim of doc.values<FoundClaim>('claim'))
      for (const person of claim.people)
        all.push({ person, role: 'speaker', evidence: claim.sentence, confidence: 0.8 });
    const best = new Map<number, Participation>();
    for (const p of all) {
      const current = best.get(p.person.index);
      if (!current || ROLE_PRIORITY[p.role] > ROLE_PRIORITY[current.role])
        best.set(p.person.index, p);
    }
    for (const found of [...best.values()].sort((a, b) => a.person.index - b.person.index)) {
      // At a hearing the committee's chair presides, whatever verb reports them.
      const p =
        found.role === 'speaker' && presidesAsChair(doc.text, doc.sentences, kind, found.person)
          ? { ...found, role: 'moderator' as const }
          : found;
      doc.add<Participation>('speaker', {
        ...p.evidence,
        label: p.role,
        attrs: p,
        rule: p.rule ?? 'pattern',
        score: p.confidence,
      });
    }
  },
};
