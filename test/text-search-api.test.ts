/**
 * GET /api/search/text against the real embedded Neo4j with the seeded corpus: words found in
 * claims' quotes and in articles' text (not in any name), each claim with its speaker, event
 * and article as the graph has them, the matched words as spans, and the request checked.
 */
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { apiError } from './support/api-error';
import { testApp, testDriver, testNeo4j } from './support/neo4j';
import type { SearchResponse, TextSearchResponse } from '../api';

const driver = testDriver();
const app = testApp(driver);
afterAll(() => driver.close());

const get = async (url: string) => request(app).get(url);
const marked = (s: { text: string; marks: number[][] }) =>
  s.marks.map(([a, b]) => s.text.slice(a, b).toLowerCase());

describe('GET /api/search/text', () => {
  it('finds claims by words of their quotes, with speaker, event and article from the graph', async () => {
    const res = await get('/api/search/text?q=fatwa');
    expect(res.status).toBe(200);
    const body = res.body as TextSearchResponse;
    expect(body.claims.length).toBeGreaterThan(0);
    for (const claim of body.claims) {
      expect(marked(claim.snippet).some((w) => w.startsWith('fatw'))).toBe(true);
      const { records } = await driver.executeQuery(
        `MATCH (c:Claim {id: $id})
         OPTIONAL MATCH (p:Person)-[:CLAIMED]->(c)
         OPTIONAL MATCH (c)-[:MADE_AT]->(e:Event)
         RETURN collect(DISTINCT p.id) AS speakers, collect(DISTINCT e.id) AS events`,
        { id: claim.id },
        { database: testNeo4j().database },
      );
      const speakers = records[0]!.get('speakers') as string[];
      const events = records[0]!.get('events') as string[];
      if (speakers.length) expect(speakers).toContain(claim.speaker?.id);
      else expect(claim.speaker).toBeNull();
      if (events.length) expect(events).toContain(claim.event?.id);
    }
  });

  it('finds articles by words of their text that no name holds', async () => {
    const names = (await get('/api/search?q=intimidated')).body as SearchResponse;
    expect(names.hits.filter((h) => h.label !== 'Article')).toEqual([]);
    const body = (await get('/api/search/text?q=intimidated')).body as TextSearchResponse;
    expect(body.claims.length + body.articles.length).toBeGreaterThan(0);
    for (const article of body.articles) {
      expect(marked(article.snippet)).toContain('intimidated');
      expect(article.snippet.text.length).toBeLessThan(260);
    }
  });

  it('tolerates a typo, as the name search does', async () => {
    const body = (await get('/api/search/text?q=Khomeni')).body as TextSearchResponse;
    expect(body.claims.length).toBeGreaterThan(0);
    expect(body.claims.some((c) => marked(c.snippet).includes('khomeini'))).toBe(true);
  });

  it('answers nothing for text with no letters or digits, and 400 without q', async () => {
    const body = (await get('/api/search/text?q=%2B%2B')).body as TextSearchResponse;
    expect(body).toEqual({ q: '++', claims: [], articles: [] });
    const res = await get('/api/search/text');
    expect(res.status).toBe(400);
    expect(apiError(res).code).toBe('invalid_argument');
  });
});

describe('GET /api/search by place', () => {
  it('finds the events held in a city by its name', async () => {
    const body = (await get('/api/search?q=Geneva')).body as SearchResponse;
    const { records } = await driver.executeQuery(
      "MATCH (e:Event) WHERE toLower(e.city) = 'geneva' RETURN collect(e.id) AS ids",
      {},
      { database: testNeo4j().database },
    );
    const ids = records[0]!.get('ids') as string[];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(body.hits.map((h) => h.id)).toContain(id);
    expect(body.hits.map((h) => h.id)).toContain('place:geneva-ch');
    // An event found both by name and by city is listed once.
    const hits = body.hits.map((h) => h.id);
    expect(hits).toEqual([...new Set(hits)]);
  });
});
