/**
 * The explorer API (search, node details, article text, neighbours, paths, co-speakers,
 * timeline, overview) against the real embedded Neo4j with the seeded corpus. Expected values
 * come from independent Cypher over the same database, not from hard-coded answers, except for
 * the corpus facts the issue names (misspelled aliases, Rama Yade's events).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { apiError } from './support/api-error';
import { testApp, testDriver, testNeo4j, graphCounts } from './support/neo4j';
import type {
  ArticleResponse,
  AssertionDetails,
  CoSpeakerEdgeData,
  CoSpeakersResponse,
  EventDetails,
  NeighborsResponse,
  NodeResponse,
  OverviewResponse,
  PathsResponse,
  PersonDetails,
  Provenance,
  SearchResponse,
  TimelineResponse,
  TopicDetails,
} from '../api';

const driver = testDriver();
const app = testApp(driver);
let before: { nodes: number; relationships: number };

async function rows<T = Record<string, unknown>>(
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, {
    database: testNeo4j().database,
  });
  return records.map((r) => r.toObject() as T);
}

const get = (url: string) => request(app).get(url);
const enc = encodeURIComponent;

beforeAll(async () => {
  before = await graphCounts(driver);
});
afterAll(async () => {
  // Reading never changes the graph.
  expect(await graphCounts(driver)).toEqual(before);
  await driver.close();
});

function expectBadParameter(res: request.Response, parameter: string) {
  expect(res.status).toBe(400);
  expect(apiError(res).code).toBe('invalid_argument');
  expect(apiError(res).details?.parameter).toBe(parameter);
}

describe('GET /api/search', () => {
  it('finds Ingrid Betancourt from the misspelled alias "Ingrida Betancur"', async () => {
    const res = await get('/api/search?q=Ingrida%20Betancur');
    expect(res.status).toBe(200);
    const body = res.body as SearchResponse;
    expect(body.hits[0]).toMatchObject({
      id: 'person:ingrid-betancourt',
      label: 'Person',
      name: 'Ingrid Betancourt',
      matchedAlias: 'Ingrida Betancourt',
    });
    expect(typeof body.hits[0]!.score).toBe('number');
  });

  it('finds Ingrid Betancourt from the prefix "Ingrida" and Sid Ahmed Ghozali from "ghozali"', async () => {
    const ingrida = (await get('/api/search?q=Ingrida')).body as SearchResponse;
    expect(ingrida.hits[0]?.id).toBe('person:ingrid-betancourt');
    const ghozali = (await get('/api/search?q=ghozali')).body as SearchResponse;
    expect(ghozali.hits[0]?.id).toBe('person:sid-ahmed-ghozali');
    expect(ghozali.hits[0]?.context).toContain('Prime Minister');
  });

  it('tolerates a typo inside a name ("Boumedre")', async () => {
    const body = (await get('/api/search?q=Tahar%20Boumedre')).body as SearchResponse;
    expect(body.hits[0]?.id).toBe('person:tahar-boumedra');
  });

  it('ranks hits by score and keeps only the requested labels', async () => {
    const all = (await get('/api/search?q=geneva')).body as SearchResponse;
    const scores = all.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(all.hits.map((h) => h.label)).size).toBeGreaterThan(1);
    const events = (await get('/api/search?q=geneva&labels=Event')).body as SearchResponse;
    expect(events.hits.length).toBeGreaterThan(0);
    expect(events.hits.every((h) => h.label === 'Event')).toBe(true);
    expect(events.hits[0]?.context).toMatch(/^2017-\d\d-\d\d · Geneva$/);
  });

  it('finds an assertion by the words of its text', async () => {
    const [assertion] = await rows<{ id: string; text: string }>(
      'MATCH (a:Assertion) RETURN a.id AS id, a.text AS text ORDER BY a.id LIMIT 1',
    );
    const word = assertion!.text.split(/\s+/).find((w) => w.length > 4)!;
    const body = (await get(`/api/search?q=${enc(word)}&labels=Assertion`)).body as SearchResponse;
    expect(body.hits.map((h) => h.id)).toContain(assertion!.id);
  });

  it('escapes Lucene syntax in the query instead of failing', async () => {
    for (const q of ['")(*', 'name:"Rama', 'AND OR NOT', 'a\\b', '[x TO y]', '~', 'ra?a*']) {
      const res = await get(`/api/search?q=${enc(q)}`);
      expect(res.status, q).toBe(200);
      expect(Array.isArray((res.body as SearchResponse).hits)).toBe(true);
    }
  });

  it('honours limit', async () => {
    const body = (await get('/api/search?q=e&limit=3')).body as SearchResponse;
    expect(body.hits.length).toBeLessThanOrEqual(3);
  });

  it('answers 400 for a missing, empty or too long q, a bad limit, an unknown label', async () => {
    expectBadParameter(await get('/api/search'), 'q');
    expectBadParameter(await get('/api/search?q=%20%20'), 'q');
    const long = await get(`/api/search?q=${'a'.repeat(201)}`);
    expectBadParameter(long, 'q');
    expect(apiError(long).details?.maxLength).toBe(200);
    expectBadParameter(await get('/api/search?q=rama&limit=0'), 'limit');
    expectBadParameter(await get('/api/search?q=rama&limit='), 'limit');
    expectBadParameter(await get('/api/search?q=rama&limit=51'), 'limit');
    expectBadParameter(await get('/api/search?q=rama&limit=2.5'), 'limit');
    expectBadParameter(await get('/api/search?q=rama&q=yade'), 'q');
    const label = await get('/api/search?q=rama&labels=Person,Claim');
    expectBadParameter(label, 'labels');
    expect(apiError(label).details?.value).toBe('Claim');
    expect(apiError(label).details?.allowed).toContain('Person');
    expect(apiError(label).message).toContain('"Claim"');
  });
});

function expectProvenance(p: Provenance) {
  expect(p.article).toMatch(/^article:/);
  expect(typeof p.articleTitle).toBe('string');
  expect(typeof p.evidence).toBe('string');
  expect(['pattern', 'ner', 'curation']).toContain(p.method);
  expect(typeof p.confidence).toBe('number');
}

describe('GET /api/nodes/:id', () => {
  it('describes Rama Yade: events by date with roles, co-speakers, claims with provenance', async () => {
    const res = await get('/api/nodes/person:rama-yade');
    expect(res.status).toBe(200);
    const body = res.body as NodeResponse;
    expect(body.node).toMatchObject({ id: 'person:rama-yade', label: 'Person', name: 'Rama Yade' });
    const details = body.details as PersonDetails;
    expect(details.label).toBe('Person');

    const events = await rows<{ id: string; role: string; date: string }>(
      `MATCH (:Person {id: 'person:rama-yade'})-[r:SPOKE_AT]->(e:Event)
       RETURN e.id AS id, r.role AS role, toString(e.date) AS date ORDER BY e.date`,
    );
    expect(details.events.map((l) => [l.node.id, l.role, l.node.date])).toEqual(
      events.map((e) => [e.id, e.role, e.date]),
    );
    for (const link of details.events) expectProvenance(link.provenance);

    const coSpeakers = await rows<{ id: string; shared: number }>(
      `MATCH (p:Person {id: 'person:rama-yade'})-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(o:Person)
       WHERE o <> p RETURN o.id AS id, count(DISTINCT e) AS shared`,
    );
    expect(coSpeakers.length).toBeGreaterThan(0);
    expect(
      Object.fromEntries(details.coSpeakers.map((c) => [c.person.id, c.sharedEvents])),
    ).toEqual(Object.fromEntries(coSpeakers.map((c) => [c.id, Number(c.shared)])));

    const claims = await rows<{ id: string }>(
      `MATCH (:Person {id: 'person:rama-yade'})-[:CLAIMED]->(c:Claim) RETURN c.id AS id`,
    );
    expect(details.claims.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    for (const claim of details.claims) {
      expect(claim.claimedBy.map((l) => l.node.id)).toContain('person:rama-yade');
      for (const link of claim.claimedBy) expectProvenance(link.provenance);
    }
    const dates = details.claims.map((c) => c.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
  });

  it('converts integers and dates to JSON at the edge', async () => {
    const body = (await get('/api/nodes/event:2017-09-14-geneva-side-event-7a5ab7ba'))
      .body as NodeResponse;
    expect(body.node.date).toBe('2017-09-14');
    for (const entry of body.degree) expect(Number.isInteger(entry.count)).toBe(true);
    const [total] = await rows<{ n: number }>(
      `MATCH (:Event {id: 'event:2017-09-14-geneva-side-event-7a5ab7ba'})-[r]-() RETURN count(r) AS n`,
    );
    expect(body.degreeTotal).toBe(Number(total!.n));
    const details = body.details as EventDetails;
    const withOffsets = details.speakers.filter((l) => l.provenance.evidenceStart !== null);
    expect(withOffsets.length).toBeGreaterThan(0);
    for (const link of withOffsets) {
      expect(Number.isInteger(link.provenance.evidenceStart)).toBe(true);
      expect(Number.isInteger(link.provenance.evidenceEnd)).toBe(true);
    }
  });

  it('describes an event: speakers with roles, place, claims made there', async () => {
    const body = (await get('/api/nodes/event:2017-09-14-geneva-side-event-7a5ab7ba'))
      .body as NodeResponse;
    const details = body.details as EventDetails;
    expect(details).toMatchObject({ label: 'Event', date: '2017-09-14', city: 'Geneva' });
    const speakers = await rows<{ id: string; role: string }>(
      `MATCH (p:Person)-[r:SPOKE_AT]->(:Event {id: 'event:2017-09-14-geneva-side-event-7a5ab7ba'})
       RETURN p.id AS id, r.role AS role`,
    );
    expect(details.speakers.map((l) => `${l.node.id}/${l.role}`).sort()).toEqual(
      speakers.map((s) => `${s.id}/${s.role}`).sort(),
    );
    expect(details.places.map((l) => l.node.id)).toEqual(['place:geneva-ch']);
    const [made] = await rows<{ n: number }>(
      `MATCH (c:Claim)-[:MADE_AT]->(:Event {id: 'event:2017-09-14-geneva-side-event-7a5ab7ba'}) RETURN count(DISTINCT c) AS n`,
    );
    expect(details.claims).toHaveLength(Number(made!.n));
    for (const claim of details.claims)
      expect(claim.event?.node.id).toBe('event:2017-09-14-geneva-side-event-7a5ab7ba');
  });

  it('says who asserted an assertion, by date, and who said it first', async () => {
    const [top] = await rows<{ id: string }>(
      `MATCH (a:Assertion)<-[:ASSERTS]-(c:Claim) WITH a, count(c) AS n RETURN a.id AS id ORDER BY n DESC, id LIMIT 1`,
    );
    const body = (await get(`/api/nodes/${enc(top!.id)}`)).body as NodeResponse;
    const details = body.details as AssertionDetails;
    expect(details.label).toBe('Assertion');
    const claims = await rows<{ id: string }>(
      'MATCH (:Assertion {id: $id})<-[:ASSERTS]-(c:Claim) RETURN DISTINCT c.id AS id',
      { id: top!.id },
    );
    expect(details.claims.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    const dated = details.claims.filter((c) => c.date !== null);
    expect(dated.map((c) => c.date)).toEqual(dated.map((c) => c.date).sort());
    expect(details.first?.id).toBe(dated[0]?.id);
    const [earliest] = await rows<{ date: string }>(
      `MATCH (:Assertion {id: $id})<-[:ASSERTS]-(:Claim)-[:MADE_AT]->(e:Event)
       RETURN toString(min(e.date)) AS date`,
      { id: top!.id },
    );
    expect(details.first?.date).toBe(earliest!.date);
    expect(details.claimedBy.length).toBeGreaterThan(0);
  });

  it('gives every label its own section', async () => {
    const ids = await rows<{ id: string; label: string }>(
      `UNWIND ['Person','Organization','Event','Claim','Assertion','Article','Place','Topic'] AS label
       CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN n.id AS id ORDER BY n.id LIMIT 1 }
       RETURN id, label`,
    );
    expect(ids).toHaveLength(8);
    for (const { id, label } of ids) {
      const res = await get(`/api/nodes/${enc(id)}`);
      expect(res.status, id).toBe(200);
      expect((res.body as NodeResponse).details.label, id).toBe(label);
    }
  });

  it('answers 404 quoting an unknown id, 400 for an over-long one', async () => {
    const res = await get('/api/nodes/person:nobody-at-all');
    expect(res.status).toBe(404);
    expect(apiError(res).code).toBe('not_found');
    expect(apiError(res).details?.id).toBe('person:nobody-at-all');
    expect(apiError(res).message).toContain('"person:nobody-at-all"');
    expectBadParameter(await get(`/api/nodes/${'x'.repeat(301)}`), 'id');
  });
});

describe('GET /api/nodes/:id on a node with more relationships than details read', () => {
  // Own nodes (extra label ExplorerApiTest), removed afterwards; the corpus is not touched.
  const hub = 'topic:explorer-api-test-hub';
  beforeAll(async () => {
    await rows(
      `CREATE (t:Topic:ExplorerApiTest {id: $hub, name: 'Explorer API test hub'})
       WITH t UNWIND range(1, 2005) AS i
       CREATE (:Claim:ExplorerApiTest {id: 'claim:explorer-api-test-' + i, text: 'claim ' + i, topics: [$hub]})
              -[:ABOUT {source: 'article:none', evidence: 'e', method: 'pattern', confidence: 1.0}]->(t)`,
      { hub },
    );
  });
  afterAll(async () => {
    await rows('MATCH (n:ExplorerApiTest) DETACH DELETE n');
  });

  it('says the details are truncated, keeps the exact degree, and pages the rest', async () => {
    const res = await get(`/api/nodes/${enc(hub)}`);
    expect(res.status).toBe(200);
    const body = res.body as NodeResponse;
    expect(body.truncated).toBe(true);
    expect(body.degreeTotal).toBe(2005);
    expect((body.details as TopicDetails).claims).toHaveLength(2000);
    const page = (await get(`/api/nodes/${enc(hub)}/neighbors?limit=500&offset=2000`))
      .body as NeighborsResponse;
    expect(page).toMatchObject({ total: 2005, returned: 5, more: 0 });
  });

  it('is not truncated for a corpus node, and counts its degree per type and direction', async () => {
    const body = (await get('/api/nodes/person:rama-yade')).body as NodeResponse;
    expect(body.truncated).toBe(false);
    const counted = await rows<{ type: string; direction: string; count: number }>(
      `MATCH (n:Person {id: 'person:rama-yade'})-[r]-()
       RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
              toFloat(count(*)) AS count`,
    );
    const key = (d: { type: string; direction: string }) => `${d.type} ${d.direction}`;
    expect(body.degree.map((d) => `${key(d)} ${d.count}`).sort()).toEqual(
      counted.map((d) => `${key(d)} ${d.count}`).sort(),
    );
    const counts = body.degree.map((d) => d.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('GET /api/nodes/:id on nodes outside the model (an external database)', () => {
  beforeAll(async () => {
    await rows(
      `CREATE (m:ExplorerMemo {id: 'memo:explorer-api-test', title: 'A memo'})
       CREATE (m)-[:FILED_UNDER]->(:ExplorerMemo {note: 'no id property'})`,
    );
  });
  afterAll(async () => {
    await rows('MATCH (n:ExplorerMemo) DETACH DELETE n');
  });

  it('describes a node by its id property, with properties and degree, as label "Other"', async () => {
    const res = await get('/api/nodes/memo:explorer-api-test');
    expect(res.status).toBe(200);
    const body = res.body as NodeResponse;
    expect(body.details).toEqual({ label: 'Other' });
    expect(body.node).toMatchObject({ id: 'memo:explorer-api-test', title: 'A memo' });
    expect(body.degree).toEqual([{ type: 'FILED_UNDER', direction: 'out', count: 1 }]);
  });

  it('finds a node without an id by the neo4j-element: name the app gives it', async () => {
    const [memo] = await rows<{ eid: string }>(
      'MATCH (n:ExplorerMemo) WHERE n.id IS NULL RETURN elementId(n) AS eid',
    );
    const eid = memo!.eid;
    const res = await get(`/api/nodes/${enc(`neo4j-element:${eid}`)}`);
    expect(res.status).toBe(200);
    expect((res.body as NodeResponse).node).toMatchObject({
      id: `neo4j-element:${eid}`,
      note: 'no id property',
    });
    expect((res.body as NodeResponse).degree).toEqual([
      { type: 'FILED_UNDER', direction: 'in', count: 1 },
    ]);
    expect((await get('/api/nodes/neo4j-element:4:nothing:here')).status).toBe(404);
  });

  it('never returns a saved query, which is app data rather than graph', async () => {
    await rows("CREATE (:SavedQuery {id: 'sq:explorer-api-test', title: 't', cypher: 'RETURN 1'})");
    try {
      expect((await get('/api/nodes/sq:explorer-api-test')).status).toBe(404);
    } finally {
      await rows("MATCH (q:SavedQuery {id: 'sq:explorer-api-test'}) DELETE q");
    }
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the text, and every provenance offset points at its evidence sentence', async () => {
    const person = (await get('/api/nodes/person:rama-yade')).body as NodeResponse;
    const details = person.details as PersonDetails;
    const provenances = [
      ...details.events.map((l) => l.provenance),
      ...details.claims.flatMap((c) => c.claimedBy.map((l) => l.provenance)),
    ].filter((p) => p.evidenceStart !== null && p.evidenceEnd !== null);
    expect(provenances.length).toBeGreaterThan(0);
    const texts = new Map<string, ArticleResponse>();
    for (const p of provenances) {
      if (!texts.has(p.article!)) {
        const res = await get(`/api/articles/${enc(p.article!)}`);
        expect(res.status).toBe(200);
        texts.set(p.article!, res.body as ArticleResponse);
      }
      const article = texts.get(p.article!)!;
      expect(article.title).toBe(p.articleTitle);
      expect(article.text.slice(p.evidenceStart!, p.evidenceEnd!)).toBe(p.evidence);
    }
    for (const article of texts.values()) {
      expect(article.spans.length).toBeGreaterThan(0);
      const starts = article.spans.map((s) => s.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const span of article.spans) expect(span.end).toBeLessThanOrEqual(article.text.length);
    }
  });

  it('answers 404 for an id that is not an article', async () => {
    expect((await get('/api/articles/article:nope')).status).toBe(404);
    const person = await get('/api/articles/person:rama-yade');
    expect(person.status).toBe(404);
    expect(apiError(person).details?.id).toBe('person:rama-yade');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  const center = 'event:2017-09-14-geneva-side-event-7a5ab7ba';

  it('pages through every relationship once, with totals that match the graph', async () => {
    const [count] = await rows<{ n: number }>(
      'MATCH (:Event {id: $id})-[r]-() RETURN count(r) AS n',
      { id: center },
    );
    const total = Number(count!.n);
    const seen = new Set<string>();
    let offset = 0;
    for (;;) {
      const res = await get(`/api/nodes/${enc(center)}/neighbors?limit=20&offset=${offset}`);
      expect(res.status).toBe(200);
      const body = res.body as NeighborsResponse;
      expect(body.total).toBe(total);
      expect(body.returned).toBe(body.elements.edges.length);
      expect(body.more).toBe(Math.max(0, total - offset - body.returned));
      for (const edge of body.elements.edges) {
        expect(seen.has(edge.data.id)).toBe(false);
        seen.add(edge.data.id);
        const ends = [edge.data.source, edge.data.target];
        expect(ends).toContain(center);
        for (const end of ends) expect(body.elements.nodes.map((n) => n.data.id)).toContain(end);
      }
      const groupTotal = body.groups.reduce((sum, g) => sum + g.total, 0);
      expect(groupTotal).toBe(total);
      if (body.more === 0) break;
      offset += body.returned;
    }
    expect(seen.size).toBe(total);
  });

  it('filters by type, label and direction, and counts what is left per group', async () => {
    const res = await get(
      `/api/nodes/${enc(center)}/neighbors?types=SPOKE_AT&labels=Person&direction=in&limit=3`,
    );
    const body = res.body as NeighborsResponse;
    const [count] = await rows<{ n: number }>(
      'MATCH (:Person)-[r:SPOKE_AT]->(:Event {id: $id}) RETURN count(r) AS n',
      { id: center },
    );
    expect(body.total).toBe(Number(count!.n));
    expect(body.returned).toBe(3);
    expect(body.elements.edges.every((e) => e.data.type === 'SPOKE_AT')).toBe(true);
    const group = body.groups.find(
      (g) => g.type === 'SPOKE_AT' && g.direction === 'in' && g.label === 'Person',
    );
    expect(group).toMatchObject({ total: Number(count!.n), returned: 3 });
    expect(group!.more).toBe(Number(count!.n) - 3);
    const none = await get(`/api/nodes/${enc(center)}/neighbors?types=SPOKE_AT&direction=out`);
    expect((none.body as NeighborsResponse).total).toBe(0);
  });

  it('answers 400 naming the bad parameter and listing the allowed values', async () => {
    const type = await get(`/api/nodes/${enc(center)}/neighbors?types=SPOKE`);
    expectBadParameter(type, 'types');
    expect(apiError(type).details?.allowed).toContain('SPOKE_AT');
    expect(apiError(type).message).toContain('"SPOKE"');
    const label = await get(`/api/nodes/${enc(center)}/neighbors?labels=Persn`);
    expectBadParameter(label, 'labels');
    expect(apiError(label).details?.allowed).toContain('Person');
    expectBadParameter(await get(`/api/nodes/${enc(center)}/neighbors?direction=up`), 'direction');
    expectBadParameter(await get(`/api/nodes/${enc(center)}/neighbors?limit=501`), 'limit');
    expectBadParameter(await get(`/api/nodes/${enc(center)}/neighbors?offset=-1`), 'offset');
    const missing = await get('/api/nodes/event:none/neighbors');
    expect(missing.status).toBe(404);
    expect(apiError(missing).details?.id).toBe('event:none');
  });
});

describe('GET /api/paths', () => {
  it('links two speakers of different events, in words and as elements', async () => {
    // Two people who never spoke at a common event but are linked through a shared speaker.
    const [pair] = await rows<{ a: string; b: string }>(
      `MATCH (a:Person)-[:SPOKE_AT]->(e1:Event)<-[:SPOKE_AT]-(m:Person)-[:SPOKE_AT]->(e2:Event)<-[:SPOKE_AT]-(b:Person)
       WHERE e1 <> e2 AND a <> b AND NOT EXISTS { (a)-[:SPOKE_AT]->(:Event)<-[:SPOKE_AT]-(b) }
       RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const [shortest] = await rows<{ n: number }>(
      `MATCH (a:Person {id: $a}), (b:Person {id: $b})
       MATCH p = shortestPath((a)-[:SPOKE_AT|AFFILIATED_WITH|ORGANIZED|HELD_IN|CLAIMED|MADE_AT|ABOUT|ASSERTS*..10]-(b))
       RETURN length(p) AS n`,
      pair,
    );
    const res = await get(`/api/paths?from=${enc(pair!.a)}&to=${enc(pair!.b)}`);
    expect(res.status).toBe(200);
    const body = res.body as PathsResponse;
    expect(body.length).toBe(Number(shortest!.n));
    expect(body.paths.length).toBeGreaterThan(0);
    const edgeIds = new Set(body.elements.edges.map((e) => e.data.id));
    for (const path of body.paths) {
      expect(path.length).toBe(body.length);
      expect(path.steps).toHaveLength(2 * path.length + 1);
      expect(path.steps[0]).toMatchObject({ kind: 'node', id: pair!.a });
      expect(path.steps.at(-1)).toMatchObject({ kind: 'node', id: pair!.b });
      path.steps.forEach((step, i) => {
        expect(step.kind).toBe(i % 2 === 0 ? 'node' : 'relationship');
        if (step.kind === 'relationship') expect(edgeIds.has(step.id)).toBe(true);
        else expect(step.label).not.toBe('Article');
      });
      expect(path.text.startsWith(path.steps[0]!.kind === 'node' ? path.steps[0]!.name : '')).toBe(
        true,
      );
    }
  });

  it('prints "Rama Yade — spoke at — … — spoke at — <co-speaker>" for co-speakers', async () => {
    const res = await get('/api/paths?from=person:rama-yade&to=person:ingrid-betancourt&limit=50');
    const body = res.body as PathsResponse;
    expect(body.length).toBe(2);
    const viaEvent = body.paths.find(
      (p) => p.steps[1]?.kind === 'relationship' && p.steps[1].type === 'SPOKE_AT',
    );
    expect(viaEvent?.text).toMatch(/^Rama Yade — spoke at — .+ — spoke at — Ingrid Betancourt$/);
    expect(viaEvent?.steps[1]).toMatchObject({ direction: 'forward', verb: 'spoke at' });
    expect(viaEvent?.steps[3]).toMatchObject({ direction: 'backward', verb: 'spoke at' });
  });

  it('excludes article hops unless asked, and caps the number of paths', async () => {
    const without = (await get('/api/paths?from=person:rama-yade&to=person:ingrid-betancourt'))
      .body as PathsResponse;
    expect(without.includeArticles).toBe(false);
    const withArticles = (
      await get(
        '/api/paths?from=person:rama-yade&to=person:ingrid-betancourt&includeArticles=true&limit=50',
      )
    ).body as PathsResponse;
    expect(withArticles.includeArticles).toBe(true);
    expect(
      withArticles.paths.some((p) =>
        p.steps.some((s) => s.kind === 'node' && s.label === 'Article'),
      ),
    ).toBe(true);
    const one = (
      await get(
        '/api/paths?from=person:rama-yade&to=person:ingrid-betancourt&includeArticles=true&limit=1',
      )
    ).body as PathsResponse;
    expect(one.paths).toHaveLength(1);
    expect(one.truncated).toBe(true);
  });

  it('answers the empty path from a node to itself', async () => {
    const body = (await get('/api/paths?from=person:rama-yade&to=person:rama-yade'))
      .body as PathsResponse;
    expect(body).toMatchObject({ length: 0, truncated: false });
    expect(body.paths).toEqual([
      {
        steps: [{ kind: 'node', id: 'person:rama-yade', name: 'Rama Yade', label: 'Person' }],
        length: 0,
        text: 'Rama Yade',
      },
    ]);
  });

  it('answers with no path when max is too short', async () => {
    const body = (await get('/api/paths?from=person:rama-yade&to=person:ingrid-betancourt&max=1'))
      .body as PathsResponse;
    expect(body).toMatchObject({ length: null, paths: [], truncated: false });
  });

  it('answers 400 for bad parameters and 404 for unknown ends', async () => {
    expectBadParameter(await get('/api/paths?to=person:rama-yade'), 'from');
    expectBadParameter(await get('/api/paths?from=person:rama-yade&to='), 'to');
    expectBadParameter(await get('/api/paths?from=person:rama-yade&to=person:x&max=11'), 'max');
    expectBadParameter(await get('/api/paths?from=person:rama-yade&to=person:x&limit=0'), 'limit');
    expectBadParameter(
      await get('/api/paths?from=person:rama-yade&to=person:x&includeArticles=yes'),
      'includeArticles',
    );
    const missing = await get('/api/paths?from=person:rama-yade&to=person:x');
    expect(missing.status).toBe(404);
    expect(apiError(missing).details).toMatchObject({ id: 'person:x', parameter: 'to' });
  });
});

describe('GET /api/network/co-speakers', () => {
  it("gives Rama Yade's real co-speakers, weighted by the events they shared", async () => {
    const res = await get('/api/network/co-speakers?person=person:rama-yade');
    expect(res.status).toBe(200);
    const body = res.body as CoSpeakersResponse;
    const expected = await rows<{ id: string; shared: number }>(
      `MATCH (p:Person {id: 'person:rama-yade'})-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(o:Person)
       WHERE o <> p RETURN o.id AS id, count(DISTINCT e) AS shared`,
    );
    expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual(
      ['person:rama-yade', ...expected.map((e) => e.id)].sort(),
    );
    const edges = body.elements.edges.map((e) => e.data as CoSpeakerEdgeData);
    for (const { id, shared } of expected) {
      const [a, b] = ['person:rama-yade', id].sort();
      const edge = edges.find((e) => e.id === `co:${a}|${b}`);
      expect(edge, id).toMatchObject({ source: a, target: b, type: 'SPOKE_ALONGSIDE' });
      expect(edge!.weight).toBe(Number(shared));
      expect(edge!.events).toHaveLength(Number(shared));
      for (const event of edge!.events) expect(event.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    // Edges among her co-speakers are kept too; every edge stays inside the node set.
    const ids = new Set(body.elements.nodes.map((n) => n.data.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(edges.length).toBeGreaterThan(expected.length);
    for (const node of body.elements.nodes) expect(node.data.eventCount).toBeGreaterThan(0);
  });

  it('respects the date range', async () => {
    const all = (await get('/api/network/co-speakers')).body as CoSpeakersResponse;
    const autumn = (await get('/api/network/co-speakers?from=2017-09-01&to=2017-10-31'))
      .body as CoSpeakersResponse;
    expect(autumn.elements.edges.length).toBeGreaterThan(0);
    expect(autumn.elements.edges.length).toBeLessThan(all.elements.edges.length);
    for (const edge of autumn.elements.edges) {
      for (const event of (edge.data as CoSpeakerEdgeData).events) {
        expect(event.date! >= '2017-09-01' && event.date! <= '2017-10-31').toBe(true);
      }
    }
    const [pairs] = await rows<{ n: number }>(
      `MATCH (a:Person)-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(b:Person)
       WHERE a.id < b.id AND e.date >= date('2017-09-01') AND e.date <= date('2017-10-31')
       RETURN count(DISTINCT [a.id, b.id]) AS n`,
    );
    expect(autumn.elements.edges).toHaveLength(Number(pairs!.n));
  });

  it('around one person, keeps only co-speakers within the range and minShared', async () => {
    const body = (
      await get('/api/network/co-speakers?person=person:rama-yade&from=2017-11-01&to=2017-12-31')
    ).body as CoSpeakersResponse;
    const expected = await rows<{ id: string }>(
      `MATCH (p:Person {id: 'person:rama-yade'})-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(o:Person)
       WHERE o <> p AND e.date >= date('2017-11-01') RETURN DISTINCT o.id AS id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual(
      ['person:rama-yade', ...expected.map((e) => e.id)].sort(),
    );
    const [most] = await rows<{ n: number }>(
      `MATCH (p:Person {id: 'person:rama-yade'})-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(o:Person)
       WHERE o <> p WITH o, count(DISTINCT e) AS n RETURN max(n) AS n`,
    );
    const strict = (
      await get(`/api/network/co-speakers?person=person:rama-yade&minShared=${Number(most!.n) + 1}`)
    ).body as CoSpeakersResponse;
    expect(strict.elements.nodes.map((n) => n.data.id)).toEqual(['person:rama-yade']);
    expect(strict.elements.edges).toEqual([]);
  });

  it('answers 400 for bad dates or minShared, 404 for a person id that is not a person', async () => {
    expectBadParameter(await get('/api/network/co-speakers?from=2017-02-30'), 'from');
    expectBadParameter(await get('/api/network/co-speakers?to=yesterday'), 'to');
    expectBadParameter(await get('/api/network/co-speakers?from=2017-12-01&to=2017-01-01'), 'from');
    expectBadParameter(await get('/api/network/co-speakers?minShared=0'), 'minShared');
    const event = await get(
      '/api/network/co-speakers?person=event:2017-09-14-geneva-side-event-7a5ab7ba',
    );
    expect(event.status).toBe(404);
    expect(apiError(event).details?.parameter).toBe('person');
  });
});

describe('GET /api/timeline', () => {
  it('lists the 2017 events by date and, apart, the articles by publication date', async () => {
    const res = await get('/api/timeline');
    expect(res.status).toBe(200);
    const body = res.body as TimelineResponse;
    const events = await rows<{ id: string }>(
      'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.id AS id',
    );
    expect(body.events.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(body.events.every((e) => e.date.startsWith('2017-'))).toBe(true);
    const dates = body.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(body.range.events).toEqual({ min: dates[0], max: dates.at(-1) });
    const published = await rows<{ id: string }>(
      'MATCH (a:Article) WHERE a.published IS NOT NULL RETURN a.id AS id',
    );
    expect(body.articles.map((a) => a.id).sort()).toEqual(published.map((a) => a.id).sort());
    const [undated] = await rows<{ n: number }>(
      'MATCH (a:Article) WHERE a.published IS NULL RETURN count(a) AS n',
    );
    expect(body.undated.articles).toBe(Number(undated!.n));
    for (const e of body.events) expect(Number.isInteger(e.speakers)).toBe(true);
  });

  it('filters both lists by a date range', async () => {
    const body = (await get('/api/timeline?from=2017-09-01&to=2017-09-30'))
      .body as TimelineResponse;
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events.every((e) => e.date >= '2017-09-01' && e.date <= '2017-09-30')).toBe(true);
    expectBadParameter(await get('/api/timeline?from=17-09-01'), 'from');
    expectBadParameter(await get('/api/timeline?to='), 'to');
  });
});

describe('GET /api/overview', () => {
  it('draws every event with its speakers, organizers and places', async () => {
    const res = await get('/api/overview');
    expect(res.status).toBe(200);
    const body = res.body as OverviewResponse;
    expect(body.truncated).toBe(false);
    const ids = new Set(body.elements.nodes.map((n) => n.data.id));
    const events = await rows<{ id: string }>('MATCH (e:Event) RETURN e.id AS id');
    for (const e of events) expect(ids.has(e.id)).toBe(true);
    const [links] = await rows<{ n: number }>(
      'MATCH (:Event)-[r:SPOKE_AT|ORGANIZED|HELD_IN]-() RETURN count(DISTINCT r) AS n',
    );
    expect(body.elements.edges).toHaveLength(Number(links!.n));
    for (const e of body.elements.edges) {
      expect(['SPOKE_AT', 'ORGANIZED', 'HELD_IN']).toContain(e.data.type);
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    }
    const person = body.graph.labels.find((l) => l.label === 'Person');
    const [people] = await rows<{ n: number }>('MATCH (p:Person) RETURN count(p) AS n');
    expect(person?.count).toBe(Number(people!.n));
  });

  it('caps the node count and says so', async () => {
    const body = (await get('/api/overview?limit=10')).body as OverviewResponse;
    expect(body.truncated).toBe(true);
    expect(body.elements.nodes).toHaveLength(10);
    const ids = new Set(body.elements.nodes.map((n) => n.data.id));
    for (const e of body.elements.edges)
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    expectBadParameter(await get('/api/overview?limit=5'), 'limit');
  });
});
