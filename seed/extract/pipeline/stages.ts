/**
 * The finding components as pipeline stages: thin adapters that run one module of
 * `seed/extract/` on the document and write what it found into that stage's own layers. The
 * modules keep their logic (and their tests); this file only says, for each, which layers it
 * reads and which it writes. The merging stages that decide one answer per person and per
 * sentence are in `merge-stages.ts`.
 */
import { findAffiliations, type FoundAffiliation } from '../affiliations';
import { attributeSentences } from '../attribution';
import { findClaims, type FoundClaim } from '../claims';
import { findEvent, type FoundEvent } from '../events';
import { collectPeople } from '../mentions';
import { findOrganizations, type OrganizationMention } from '../organizations';
import { findParticipation, type Participation, type PersonOrganizer } from '../participation';
import { preferredVariant, type LocalPerson } from '../people';
import { ruleConfidence } from '../rule-confidence';
import { findSpeakerCues, type CueFinding } from '../speaker-cues';
import type { Component } from './pipeline';

export const people: Component = {
  name: 'people',
  needs: ['sentence', 'quote'],
  provides: ['person-mention'],
  run(doc) {
    collectPeople(doc.text, doc.sentences, doc.people);
    for (const person of doc.people.all())
      for (const m of person.mentions)
        doc.add('person-mention', {
          ...m,
          label: preferredVariant(person.variants),
          attrs: person,
          rule: person.viaNer ? 'ner' : 'pattern',
          score: person.viaNer ? 0.7 : 0.85,
        });
  },
};

export const event: Component = {
  name: 'event',
  needs: ['sentence'],
  provides: ['event'],
  run(doc) {
    const found = findEvent(doc.article, doc.sentences, doc.fileYear);
    if (found)
      doc.add<FoundEvent>('event', {
        ...found.evidence,
        label: found.kind,
        attrs: found,
        rule: 'event',
        score: 0.9,
      });
  },
};

export const speakerCues: Component = {
  name: 'speaker-cues',
  needs: ['sentence', 'quote', 'person-mention'],
  provides: ['speaker-cue', 'quoted-source'],
  run(doc) {
    const sources = new Set<LocalPerson>();
    for (const cue of findSpeakerCues(doc.text, doc.sentences, doc.people, sources))
      doc.add<CueFinding>('speaker-cue', {
        ...cue.evidence,
        label: cue.role,
        attrs: cue,
        rule: cue.rule,
        score: ruleConfidence(cue.rule),
      });
    // Whom the report quotes as a source, not as a speaker: their words are no claim at the event.
    for (const person of sources)
      for (const m of person.mentions)
        doc.add<LocalPerson>('quoted-source', {
          ...m,
          label: preferredVariant(person.variants),
          attrs: person,
          rule: 'source-title',
          score: ruleConfidence('source-title'),
        });
  },
};

/** The corpus's list, role and message patterns (`participation.ts`). */
export const listedParticipation: Component = {
  name: 'listed-participation',
  needs: ['sentence', 'person-mention', 'speaker-cue'],
  provides: ['listed-speaker', 'list-claim', 'person-organizer'],
  run(doc) {
    const found = findParticipation(doc.text, doc.sentences, doc.people);
    for (const p of found.participations)
      doc.add<Participation>('listed-speaker', {
        ...p.evidence,
        label: p.role,
        attrs: p,
        rule: 'pattern',
        score: p.confidence,
      });
    for (const list of found.listClaims)
      doc.add<FoundClaim>('list-claim', {
        ...list.sentence,
        label: 'claim',
        attrs: {
          people: list.people,
          sentence: list.sentence,
          quote: list.sentence,
          confidence: 0.8,
          contentStart: list.sentence.start,
        },
        rule: 'pattern',
        score: 0.8,
      });
    for (const o of found.personOrganizers)
      doc.add<PersonOrganizer>('person-organizer', {
        ...o.evidence,
        label: o.role,
        attrs: o,
        rule: 'pattern',
        score: 0.8,
      });
  },
};

/** The corpus's attribution patterns (`claims.ts`). */
export const reportedClaims: Component = {
  name: 'reported-claims',
  needs: ['sentence', 'quote', 'person-mention', 'listed-speaker', 'speaker-cue'],
  provides: ['reported-claim'],
  run(doc) {
    // The subject of a sentence's own speech verb ("X closed the meeting. She said …") is who
    // "she" next points back to; a name in a list or after "by" is not.
    const cued = new Map<number, LocalPerson>();
    const cues = doc.values<CueFinding>('speaker-cue');
    // "The keynote was delivered by X. … she argued": a paragraph opening on one speaker goes
    // on about them, whatever brought them on.
    const opening = new Set(
      doc.sentences
        .filter((x, i) => doc.sentences[i - 1]?.paragraph !== x.paragraph)
        .map((x) => x.start),
    );
    const onlyOne = (start: number) =>
      new Set(cues.filter((c) => c.evidence.start === start).map((c) => c.person)).size === 1;
    for (const cue of cues)
      // "Among the speakers was X, 74, who …" makes X the subject too.
      if (
        /reporting|inverted|^subject-|delivered|pronoun-subject|^copula-|^relative-clause$/.test(
          cue.rule,
        ) ||
        (opening.has(cue.evidence.start) && onlyOne(cue.evidence.start))
      )
        cued.set(cue.evidence.start, cue.person);
    for (const claim of findClaims(doc.text, doc.sentences, doc.people, cued))
      doc.add<FoundClaim>('reported-claim', {
        ...claim.quote,
        label: 'claim',
        attrs: claim,
        rule: 'pattern',
        score: claim.confidence,
      });
  },
};

export const attribution: Component = {
  name: 'attribution',
  needs: ['sentence', 'quote', 'speaker-cue', 'reported-claim'],
  provides: ['attributed-claim'],
  run(doc) {
    const cues = doc.values<CueFinding>('speaker-cue');
    for (const claim of attributeSentences(doc.text, doc.sentences, doc.people, cues))
      doc.add<FoundClaim>('attributed-claim', {
        ...claim.quote,
        label: 'claim',
        attrs: claim,
        rule: 'attribution',
        score: claim.confidence,
      });
  },
};

export const affiliations: Component = {
  name: 'affiliations',
  needs: ['sentence', 'person-mention', 'speaker'],
  provides: ['affiliation'],
  run(doc) {
    for (const a of findAffiliations(doc.text, doc.sentences, doc.people.all()))
      doc.add<FoundAffiliation>('affiliation', {
        ...a.evidence,
        label: a.role ?? 'affiliated',
        attrs: a,
        rule: 'pattern',
        score: 0.8,
      });
  },
};

export const organizations: Component = {
  name: 'organizations',
  needs: [],
  provides: ['organization'],
  run(doc) {
    for (const org of findOrganizations(doc.text))
      doc.add<OrganizationMention>('organization', {
        start: org.start,
        end: org.end,
        label: org.name,
        attrs: org,
        rule: 'pattern',
        score: 0.75,
      });
  },
};
