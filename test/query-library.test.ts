/**
 * The built-in query library (`cypher/queries/*.cypher`): every query has a complete header,
 * is listed read-only beside the saved queries, exports to the same `.cypher` format, and runs
 * read-only with its defaults, returning the columns it promises. On the seeded corpus, the
 * answers are checked against what the articles say.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import type { SavedQueryList } from '../api';
import { apiError } from './support/api-error';
import { testApp, testDb, testDriver } from './support/neo4j';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { libraryQueries } from '../server/saved-queries/library';
import { fromCypherFile } from '../server/saved-queries/format';

const driver = testDriver();
const app = testApp(driver);
const library = libraryQueries(loadCypherLibrary());
let seeded = false;

const COLUMNS: Record<string, string[]> = {
  'lib:co-speakers': ['coSpeaker', 'event', 'date', 'path'],
  'lib:organization-events': [
    'event',
    'date',
    'organizationRole',
    'speakers',
    'organized',
    'talks',
  ],
  'lib:topic-claims': [
    'claimedBy',
    'claim',
    'event',
    'article',
    'topic',
    'about',
    'claimed',
    'madeAt',
  ],
  'lib:multi-city-speakers': ['person', 'placeCount', 'places', 'talks'],
  'lib:organizers-sharing-speakers': [
    'organizer',
    'otherOrganizer',
    'sharedSpeakers',
    'speakers',
    'talks',
  ],
  'lib:bridges-between-groups': [
    'bridge',
    'kind',
    'pairsConnected',
    'fromGroupA',
    'toGroupB',
    'paths',
  ],
  'lib:article-contents': ['subject', 'relation', 'object', 'evidence', 'confidence', 'statement'],
  'lib:assertion-echoes': ['date', 'claimedBy', 'event', 'quote', 'asserts', 'claimed', 'madeAt'],
};

beforeAll(async () => {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person) RETURN count(p) > 0 AS seeded',
    {},
    { database: testDb(driver).database },
  );
  seeded = Boolean(records[0]?.get('seeded'));
});

afterAll(() => driver.close());

async function run(id: string, params: Record<string, unknown> = {}) {
  const response = await request(app).post(`/api/queries/${id}/run`).send({ params });
  expect(response.status, JSON.stringify(apiError(response))).toBe(200);
  return response.body as {
    columns: string[];
    rows: unknown[][];
    elements: { nodes: { data: { id: string; label: string } }[]; edges: unknown[] };
  };
}

const column = (body: { columns: string[]; rows: unknown[][] }, name: string) =>
  body.rows.map((row) => row[body.columns.indexOf(name)]);

describe('the built-in query library', () => {
  it('has the queries the issue asks for, each with title, description, parameters and tags', () => {
    expect(library.map((q) => q.id).sort()).toEqual(Object.keys(COLUMNS).sort());
    for (const query of library) {
      expect(query.title.length, query.id).toBeGreaterThan(5);
      expect(query.description.length, query.id).toBeGreaterThan(20);
      expect(query.tags.length, query.id).toBeGreaterThan(0);
      for (const param of query.params)
        expect(param.default, `${query.id} $${param.name}`).toBeDefined();
    }
  });

  it('is listed apart from saved queries, read-only', async () => {
    const list = (await request(app).get('/api/queries')).body as SavedQueryList;
    expect(list.library.map((q) => q.id).sort()).toEqual(Object.keys(COLUMNS).sort());
    expect(list.library.every((q) => q.builtin)).toBe(true);
    expect(list.queries.some((q) => q.id.startsWith('lib:'))).toBe(false);
    const put = await request(app)
      .put('/api/queries/lib:co-speakers')
      .send({ title: 'x', cypher: 'RETURN 1', version: 1 });
    expect(put.status).toBe(403);
    expect(apiError(put).code).toBe('read_only');
    expect((await request(app).delete('/api/queries/lib:co-speakers')).status).toBe(403);
  });

  it('exports each query as a .cypher file that reads back as the same query', async () => {
    for (const query of library) {
      const file = await request(app).get(`/api/queries/${query.id}/cypher`);
      expect(file.status).toBe(200);
      const { input } = fromCypherFile(file.text, `${query.id.slice(4)}.cypher`);
      expect(input).toEqual({
        title: query.title,
        description: query.description,
        cypher: query.cypher,
        params: query.params,
        tags: query.tags,
      });
    }
  });

  for (const [id, columns] of Object.entries(COLUMNS)) {
    it(`runs ${id} read-only with its defaults and returns its columns`, async () => {
      const body = await run(id);
      expect(body.columns).toEqual(columns);
    });
  }
});

describe('the built-in library on the seeded corpus', () => {
  it('finds Rama Yade’s co-speakers at the Geneva side event', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:co-speakers', { personId: 'person:rama-yade' });
    expect(column(body, 'coSpeaker')).toEqual(
      expect.arrayContaining(['Alfred de Zayas', 'Kirsty Brimelow']),
    );
    expect(body.elements.nodes.map((n) => n.data.id)).toContain('person:rama-yade');
  });

  it('lists the speakers of the panel the NCRI organized in Washington', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:organization-events');
    // Event dates are Neo4j DATE values, which the workbench's typed JSON keeps as such.
    expect(column(body, 'date')).toContainEqual({ $type: 'date', value: '2017-12-04' });
    expect((column(body, 'speakers')[0] as string[]).length).toBeGreaterThanOrEqual(3);
  });

  it('attributes claims about international justice to the people who made them', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:topic-claims');
    expect(body.rows.length).toBeGreaterThan(3);
    expect(column(body, 'claimedBy').filter(Boolean).length).toBeGreaterThan(3);
  });

  it('finds people who spoke in two cities', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:multi-city-speakers');
    expect(column(body, 'person')).toEqual(expect.arrayContaining(['Rama Yade']));
  });

  it('pairs the co-sponsors of the Paris conference by their shared speakers', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:organizers-sharing-speakers');
    expect(body.rows.length).toBeGreaterThan(0);
  });

  it('finds bridges between the Geneva and Paris speakers', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:bridges-between-groups');
    expect(column(body, 'bridge')).toEqual(expect.arrayContaining(['Rama Yade']));
  });

  it('lists what one article says, each statement with its evidence', async (ctx) => {
    if (!seeded) ctx.skip();
    const body = await run('lib:article-contents');
    expect(body.rows.length).toBeGreaterThan(10);
    expect(column(body, 'relation')).toEqual(expect.arrayContaining(['SPOKE_AT', 'CLAIMED']));
    expect(column(body, 'evidence').every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
  });
});
