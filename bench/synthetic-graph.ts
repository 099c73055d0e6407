/**
 * A synthetic graph document at any scale, shaped like the corpus graph: events reported by one
 * article each, held in a city, with speakers (SPOKE_AT) the article also mentions (MENTIONS),
 * every relationship carrying provenance whose evidence is the verbatim sentence of its article
 * at its offsets. Deterministic (a seeded generator) so runs compare. Used by the seed
 * benchmark and by the loader's interruption test; not test data for the extractor.
 */
import type { GraphDocument, GraphNode, GraphRelationship } from '../model/graph-document';
import { seededRandom } from './seeded-random';

export interface SyntheticSize {
  people: number;
  events: number;
  /** Speakers per event; each also gets a MENTIONS edge, so ≈ 2 × this per event. */
  speakersPerEvent: number;
}

/** 100k people, 10k events, ≈1M relationships (issue #3's benchmark size). */
export const FULL_SIZE: SyntheticSize = { people: 100_000, events: 10_000, speakersPerEvent: 50 };

const random = seededRandom;

const CITIES = ['Paris', 'Geneva', 'Brussels', 'Washington', 'Berlin', 'Rome', 'Ottawa', 'Tirana'];

export function syntheticGraph(size: SyntheticSize, seed = 1988): GraphDocument {
  const rand = random(seed);
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const personName = (i: number) => `Speaker ${i} Synthetic`;
  for (let i = 0; i < size.people; i += 1)
    nodes.push({
      id: `person:synthetic-${i}`,
      label: 'Person',
      properties: { name: personName(i), aliases: [`S. ${i}`], titles: [`delegate ${i % 97}`] },
    });
  for (const city of CITIES)
    nodes.push({ id: `place:${city.toLowerCase()}`, label: 'Place', properties: { name: city } });

  for (let e = 0; e < size.events; e += 1) {
    const city = CITIES[e % CITIES.length] as string;
    const day = String((e % 28) + 1).padStart(2, '0');
    const month = String((e % 12) + 1).padStart(2, '0');
    const eventId = `event:synthetic-${e}`;
    const articleId = `article:synthetic-${e}`;
    const speakers = new Set<number>();
    while (speakers.size < Math.min(size.speakersPerEvent, size.people))
      speakers.add(Math.floor(rand() * size.people));
    let text = `Conference ${e} was held in ${city} on 2017-${month}-${day}.`;
    const lead = { start: 0, end: text.length };
    const sentences: { person: number; start: number; end: number }[] = [];
    for (const person of speakers) {
      const sentence = ` ${personName(person)} spoke at conference ${e}.`;
      sentences.push({ person, start: text.length + 1, end: text.length + sentence.length });
      text += sentence;
    }
    nodes.push({
      id: eventId,
      label: 'Event',
      properties: {
        name: `Conference ${e}`,
        kind: 'conference',
        date: `2017-${month}-${day}`,
        city,
      },
    });
    nodes.push({
      id: articleId,
      label: 'Article',
      properties: { title: `Report on conference ${e}`, text },
    });
    const provenance = (start: number, end: number) => ({
      source: articleId,
      evidence: text.slice(start, end),
      evidenceStart: start,
      evidenceEnd: end,
      method: 'pattern' as const,
      confidence: 0.9,
    });
    relationships.push({
      id: `HELD_IN:${eventId}->place:${city.toLowerCase()}`,
      type: 'HELD_IN',
      from: eventId,
      to: `place:${city.toLowerCase()}`,
      properties: provenance(lead.start, lead.end),
    });
    relationships.push({
      id: `REPORTED_IN:${eventId}->${articleId}`,
      type: 'REPORTED_IN',
      from: eventId,
      to: articleId,
      properties: provenance(lead.start, lead.end),
    });
    for (const s of sentences) {
      const personId = `person:synthetic-${s.person}`;
      relationships.push({
        id: `SPOKE_AT:${personId}->${eventId}`,
        type: 'SPOKE_AT',
        from: personId,
        to: eventId,
        properties: { ...provenance(s.start, s.end), role: 'speaker' },
      });
      relationships.push({
        id: `MENTIONS:${articleId}->${personId}`,
        type: 'MENTIONS',
        from: articleId,
        to: personId,
        properties: provenance(s.start, s.end),
      });
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  nodes.sort(byId);
  relationships.sort(byId);
  return { version: 1, inputs: ['synthetic'], nodes, relationships };
}
