import { describe, it, expect } from 'vitest';
import { planLoad } from './plan';
import { syntheticGraph } from '../../bench/synthetic-graph';

const document = syntheticGraph({ people: 300, events: 40, speakersPerEvent: 10 });

function relIds(chunks: ReturnType<typeof planLoad>): string[] {
  return chunks.flatMap((c) => c.relationships.flatMap((g) => g.rows.map((r) => r.id)));
}

describe('planLoad', () => {
  it('puts every relationship in exactly one chunk', () => {
    const chunks = planLoad(document, 100);
    const ids = relIds(chunks);
    expect(ids.length).toBe(document.relationships.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps each article whole: its relationships sit in the chunk that holds the article', () => {
    const chunks = planLoad(document, 100);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      const articles = new Set(chunk.articles);
      for (const group of chunk.relationships)
        for (const row of group.rows)
          expect(articles.has(row.properties.source as string)).toBe(true);
    }
  });

  it('writes every node once, no later than the first chunk whose relationships touch it', () => {
    const present = new Set<string>();
    const chunks = planLoad(document, 100);
    const all = chunks.flatMap((c) => c.nodes.flatMap((g) => g.rows.map((r) => r.id)));
    expect(all.length).toBe(document.nodes.length);
    expect(new Set(all).size).toBe(all.length);
    for (const chunk of chunks) {
      for (const group of chunk.nodes) for (const row of group.rows) present.add(row.id);
      for (const group of chunk.relationships)
        for (const row of group.rows) {
          expect(present.has(row.from)).toBe(true);
          expect(present.has(row.to)).toBe(true);
        }
    }
  });

  it('fills chunks up to the budget without splitting an article', () => {
    const perArticle = 1 + 2 + 2 * 10 + 10 + 1; // article + event,place + rels + people
    const chunks = planLoad(document, 3 * perArticle);
    for (const chunk of chunks.slice(0, -1))
      expect(chunk.articles.length).toBeGreaterThanOrEqual(2);
    expect(planLoad(document, 1).length).toBe(40);
  });

  it('makes one chunk of a small document, so its load is all or nothing', () => {
    const small = syntheticGraph({ people: 20, events: 3, speakersPerEvent: 4 });
    expect(planLoad(small).length).toBe(1);
  });

  it('groups relationship rows by type and endpoint labels', () => {
    const [chunk] = planLoad(document);
    const keys = chunk!.relationships.map((g) => `${g.type}:${g.from}->${g.to}`).sort();
    expect(keys).toEqual([
      'HELD_IN:Event->Place',
      'MENTIONS:Article->Person',
      'REPORTED_IN:Event->Article',
      'SPOKE_AT:Person->Event',
    ]);
  });
});
