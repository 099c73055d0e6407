/**
 * Saved queries through the API against the real Neo4j: create, read, update with optimistic
 * concurrency (a stale version is a 409 and loses nobody's edit), delete, the APP_TOKEN guard,
 * runs with typed and text parameters, the read-only built-in library, and import/export as
 * JSON and `.cypher` files. Every query made here is deleted afterwards.
 */
import { describe, it, expect, afterAll } from 'vitest';
import request from 'supertest';
import type {
  CypherResult,
  SavedQueriesExport,
  SavedQueriesImported,
  SavedQuery,
  SavedQueryList,
} from '../api';
import { apiError } from './support/api-error';
import { testApp, testDb, testDriver, graphCounts } from './support/neo4j';

const driver = testDriver();
const database = testDb(driver).database;
const app = testApp(driver);
const TOKEN = 'test-token-0123456789abcdef';
const guarded = testApp(driver, { appToken: TOKEN });

const draft = {
  title: 'WB test: numbers up to a bound',
  description: 'Counts up to $upTo from a date.',
  cypher: 'UNWIND range(1, $upTo) AS n RETURN n, $since AS since',
  params: [
    { name: 'upTo', type: 'integer', default: 3, description: 'highest number' },
    { name: 'since', type: 'date', default: '2017-06-30' },
  ],
  tags: ['Test', 'numbers', 'test'],
};

afterAll(async () => {
  await driver.executeQuery(
    "MATCH (q:SavedQuery) WHERE q.title STARTS WITH 'WB test' DETACH DELETE q",
    {},
    { database },
  );
  await driver.close();
});

async function create(body: object = draft): Promise<SavedQuery> {
  const response = await request(app).post('/api/queries').send(body);
  expect(response.status).toBe(201);
  return response.body as SavedQuery;
}

/** The fields a client sets, which an import must carry over. */
const COPIED = ['title', 'description', 'cypher', 'params', 'tags'] as const;

describe('saved queries CRUD', () => {
  it('creates a query at version 1 with normalised tags and reads it back', async () => {
    const created = await create();
    expect(created).toMatchObject({
      title: draft.title,
      version: 1,
      builtin: false,
      tags: ['test', 'numbers'],
    });
    expect(created.id).toMatch(/^sq-[0-9a-f]{12}$/);
    expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const read = await request(app).get(`/api/queries/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
    const list = await request(app).get('/api/queries');
    expect((list.body as SavedQueryList).queries.map((q) => q.id)).toContain(created.id);
  });

  it('detects parameters from $name when none are declared', async () => {
    const created = await create({ title: 'WB test: detected', cypher: 'RETURN $a AS a, $b AS b' });
    expect(created.params).toEqual([
      { name: 'a', type: 'any' },
      { name: 'b', type: 'any' },
    ]);
  });

  it('updates with the current version and bumps it', async () => {
    const created = await create();
    const response = await request(app)
      .put(`/api/queries/${created.id}`)
      .send({ ...draft, title: 'WB test: renamed', version: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'WB test: renamed', version: 2 });
  });

  it('answers 409 for a stale version and keeps the other edit', async () => {
    const created = await create();
    await request(app)
      .put(`/api/queries/${created.id}`)
      .send({ ...draft, title: 'WB test: first edit', version: 1 });
    const stale = await request(app)
      .put(`/api/queries/${created.id}`)
      .send({ ...draft, title: 'WB test: second edit', version: 1 });
    expect(stale.status).toBe(409);
    expect(apiError(stale).code).toBe('conflict');
    expect(apiError(stale).details?.currentVersion).toBe(2);
    const read = await request(app).get(`/api/queries/${created.id}`);
    expect(read.body).toMatchObject({ title: 'WB test: first edit', version: 2 });
  });

  it('gives exactly one 409 for concurrent updates from the same version', async () => {
    const created = await create();
    const edits = ['WB test: edit A', 'WB test: edit B', 'WB test: edit C', 'WB test: edit D'];
    const responses = await Promise.all(
      edits.map((title) =>
        request(app)
          .put(`/api/queries/${created.id}`)
          .send({ ...draft, title, version: 1 }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const winner = responses.find((r) => r.status === 200)!.body as SavedQuery;
    const read = await request(app).get(`/api/queries/${created.id}`);
    expect(read.body).toMatchObject({ title: winner.title, version: 2 });
  });

  it('refuses an update without a version', async () => {
    const created = await create();
    const response = await request(app).put(`/api/queries/${created.id}`).send(draft);
    expect(response.status).toBe(400);
  });

  it('deletes, then answers 404', async () => {
    const created = await create();
    const stale = await request(app).delete(`/api/queries/${created.id}?version=7`);
    expect(stale.status).toBe(409);
    const deleted = await request(app).delete(`/api/queries/${created.id}?version=1`);
    expect(deleted.status).toBe(204);
    expect((await request(app).get(`/api/queries/${created.id}`)).status).toBe(404);
    expect((await request(app).delete(`/api/queries/${created.id}`)).status).toBe(404);
  });

  it('validates input with 400s', async () => {
    for (const body of [
      {},
      { title: 'WB test: x' },
      { title: '', cypher: 'RETURN 1' },
      { title: 'WB test: x', cypher: 'RETURN 1', params: [{ name: 'a b', type: 'string' }] },
      { title: 'WB test: x', cypher: 'RETURN 1', params: [{ name: 'a', type: 'uuid' }] },
      { title: 'WB test: x', cypher: 'RETURN 1', tags: 'x'.repeat(50) },
    ]) {
      const response = await request(app).post('/api/queries').send(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('running saved queries', () => {
  it('runs with defaults, typed values and text values from a shared link', async () => {
    const created = await create();
    const byDefault = await request(app).post(`/api/queries/${created.id}/run`).send({});
    expect(byDefault.status).toBe(200);
    expect((byDefault.body as CypherResult).rows).toEqual([
      [1, { $type: 'date', value: '2017-06-30' }],
      [2, { $type: 'date', value: '2017-06-30' }],
      [3, { $type: 'date', value: '2017-06-30' }],
    ]);
    const fromLink = await request(app)
      .post(`/api/queries/${created.id}/run`)
      .send({ params: { upTo: '2', since: '2018-01-02' } });
    expect((fromLink.body as CypherResult).rows).toEqual([
      [1, { $type: 'date', value: '2018-01-02' }],
      [2, { $type: 'date', value: '2018-01-02' }],
    ]);
    const bad = await request(app)
      .post(`/api/queries/${created.id}/run`)
      .send({ params: { upTo: 'many' } });
    expect(bad.status).toBe(400);
    expect(apiError(bad).message).toContain('upTo');
  });

  it('runs a saved write attempt read-only: refused, graph unchanged', async () => {
    const created = await create({
      title: 'WB test: sneaky',
      cypher: "CREATE (:WbSneaky {id: 'x'})",
    });
    const before = await graphCounts(driver);
    const response = await request(app).post(`/api/queries/${created.id}/run`).send({});
    expect(response.status).toBe(403);
    expect(apiError(response).code).toBe('read_only');
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('APP_TOKEN', () => {
  it('is required to create, update, delete and import', async () => {
    const created = await create();
    const attempts = [
      request(guarded).post('/api/queries').send(draft),
      request(guarded)
        .put(`/api/queries/${created.id}`)
        .send({ ...draft, version: 1 }),
      request(guarded).delete(`/api/queries/${created.id}`),
      request(guarded)
        .post('/api/queries/import')
        .send({ json: [draft] }),
      request(guarded)
        .post('/api/queries')
        .set('Authorization', 'Bearer wrong-token-0123456789')
        .send(draft),
      request(guarded).post('/api/queries').set('Authorization', `Basic ${TOKEN}`).send(draft),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(401);
      expect(apiError(response).code).toBe('unauthorized');
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    }
    const read = await request(app).get(`/api/queries/${created.id}`);
    expect((read.body as SavedQuery).version).toBe(1);
  });

  it('lets the right bearer token change queries', async () => {
    const response = await request(guarded)
      .post('/api/queries')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send(draft);
    expect(response.status).toBe(201);
  });

  it('is never needed to list, read or run', async () => {
    const created = await create();
    const list = await request(guarded).get('/api/queries');
    expect((list.body as SavedQueryList).tokenRequired).toBe(true);
    expect((await request(guarded).get(`/api/queries/${created.id}`)).status).toBe(200);
    expect((await request(guarded).post(`/api/queries/${created.id}/run`).send({})).status).toBe(
      200,
    );
    expect(
      (await request(guarded).post('/api/cypher').send({ query: 'RETURN 1 AS one' })).status,
    ).toBe(200);
  });
});

describe('import and export', () => {
  it('exports JSON that imports back as equal queries', async () => {
    const created = await create({ ...draft, title: 'WB test: exported' });
    const exported = await request(app).get(`/api/queries/export?ids=${created.id}`);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('saved-queries.json');
    const file = exported.body as SavedQueriesExport;
    expect(file.format).toBe('knowledge-graph-explorer/saved-queries');
    const imported = await request(app).post('/api/queries/import').send({ json: file });
    expect(imported.status).toBe(201);
    const [copy] = (imported.body as SavedQueriesImported).created;
    // The id is taken here, so the copy gets a new one.
    expect(copy!.id).not.toBe(created.id);
    for (const key of COPIED) expect(copy![key]).toEqual(created[key]);
  });

  it('keeps an imported id that is free, so shared links survive a move', async () => {
    const id = `sq-wbtest${Date.now().toString(16).slice(-4)}`;
    const imported = await request(app)
      .post('/api/queries/import')
      .send({ json: [{ ...draft, id, title: 'WB test: kept id' }] });
    expect((imported.body as SavedQueriesImported).created[0]!.id).toBe(id);
  });

  it('exports a .cypher file with the header comment that imports back', async () => {
    const created = await create({ ...draft, title: 'WB test: as cypher file' });
    const file = await request(app).get(`/api/queries/${created.id}/cypher`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('wb-test-as-cypher-file.cypher');
    expect(file.text).toContain('// @title WB test: as cypher file');
    expect(file.text).toContain('// @param upTo integer = 3 - highest number');
    expect(file.text).toContain('// @tags test, numbers');
    const imported = await request(app)
      .post('/api/queries/import')
      .send({ files: [{ name: 'x.cypher', content: file.text }] });
    expect(imported.status).toBe(201);
    const [copy] = (imported.body as SavedQueriesImported).created;
    for (const key of COPIED) expect(copy![key]).toEqual(created[key]);
  });

  it('refuses a .cypher file that uses an undeclared parameter, naming the file', async () => {
    const response = await request(app)
      .post('/api/queries/import')
      .send({ files: [{ name: 'bad.cypher', content: '// @title WB test: bad\nRETURN $nope' }] });
    expect(response.status).toBe(400);
    expect(apiError(response).details?.file).toBe('bad.cypher');
  });
});
