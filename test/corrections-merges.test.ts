/**
 * The merges the entity resolver made, as an analyst meets them: the unsure ones are in the
 * review queue with both names and the articles each comes from (the corpus's "UN" folded into
 * "United Nations" by its initials), `confirm-merge` takes one out of the queue, `split` gives
 * the spelling its own node with the relationships of the articles that write only it, and
 * undoing either gives back the extracted graph property for property. Against the real Neo4j
 * and the shared corpus graph; every correction made here is undone.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { apiError } from './support/api-error';
import { correctionsClient } from './support/corrections-client';
import { testApp, testDb, testDriver } from './support/neo4j';
import { graphDump, type GraphDump } from './support/graph-dump';
import { decodeMergeRecords } from '../model/merge-records';
import { toPlain } from '../platform/neo4j/values';
import type { ReviewItem, ReviewResponse } from '../api';

const driver: Driver = testDriver();
const database = testDb(driver).database;
const app = testApp(driver);
const UN = 'organization:united-nations';
const GUARDS = 'organization:iranian-revolutionary-guards-corps';

let initial: GraphDump;
const { correct, undo, undoMade } = correctionsClient(app);

beforeAll(async () => {
  initial = await graphDump(driver, database);
});

afterAll(async () => {
  await undoMade();
  await driver.close();
});

async function queue(): Promise<ReviewItem[]> {
  const response = await request(app).get('/api/review?limit=500');
  expect(response.status).toBe(200);
  return (response.body as ReviewResponse).items;
}

const mergeItem = (items: ReviewItem[], node: string, spelling: string) =>
  items.find((i) => i.kind === 'merge' && i.id === node && i.merge?.spelling === spelling);

async function rows(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params, { database });
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

describe('merges the resolver was unsure of', () => {
  it('are in the review queue with both names and the articles each comes from', async () => {
    const items = await queue();
    const un = mergeItem(items, UN, 'UN');
    expect(un).toMatchObject({
      kind: 'merge',
      target: 'node',
      confidence: 0.75,
      version: 0,
      merge: { node: UN, spelling: 'UN', with: 'United Nations', reason: 'derived-acronym' },
    });
    // Each side lists its articles with their titles, and the sentence naming the node there.
    expect(un!.merge!.articles.length).toBe(6);
    expect(un!.merge!.withArticles.length).toBe(4);
    for (const a of [...un!.merge!.articles, ...un!.merge!.withArticles])
      expect(a.title, a.id).toBeTruthy();
    expect(un!.merge!.articles.some((a) => a.evidence)).toBe(true);
    expect(un!.merge!.splitArticles.length).toBe(2);
    // A sure merge (an acronym the article defines) is not a doubt worth listing.
    expect(mergeItem(items, 'organization:national-council-of-resistance-of-iran', 'NCRI')).toBe(
      undefined,
    );
    // Ranked with the rest, lowest confidence first.
    const confidences = items.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('confirm-merge keeps the merge and takes it out of the queue; undo puts it back', async () => {
    const c = await correct({
      action: 'confirm-merge',
      node: GUARDS,
      spelling: 'Revolutionary Guards',
      version: 0,
    });
    expect(c.summary).toContain('Revolutionary Guards');
    expect(mergeItem(await queue(), GUARDS, 'Revolutionary Guards')).toBe(undefined);
    const [node] = await rows(
      'MATCH (n {id: $id}) RETURN n.merges AS merges, n.curation AS c, n.curationVersion AS v',
      { id: GUARDS },
    );
    const record = decodeMergeRecords(node!.merges).find(
      (r) => r.spelling === 'Revolutionary Guards',
    );
    expect(record?.confirmedBy).toBe('local');
    // The node itself is not confirmed by it (its other merges stay to decide), but its version
    // moves, for the 409 of a decision made meanwhile.
    expect(node!).toMatchObject({ c: null, v: 1 });
    await undo(c.id);
    expect(mergeItem(await queue(), GUARDS, 'Revolutionary Guards')).toBeDefined();
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('confirming the node as a whole confirms its merges with it', async () => {
    const c = await correct({ action: 'confirm', node: UN });
    expect(mergeItem(await queue(), UN, 'UN')).toBe(undefined);
    await undo(c.id);
    expect(mergeItem(await queue(), UN, 'UN')).toBeDefined();
  });

  it('split gives the spelling its own node with the facts of its own articles; undo merges it back', async () => {
    const item = mergeItem(await queue(), UN, 'UN')!;
    const moving = await rows(
      'MATCH (n {id: $id})-[r]-() WHERE r.source IN $articles RETURN r.id AS id ORDER BY id',
      { id: UN, articles: item.merge!.splitArticles },
    );
    expect(moving.length).toBeGreaterThan(0);
    const c = await correct({ action: 'split', node: UN, spelling: 'UN', version: item.version });
    expect(c.summary).toBe('split "UN" from United Nations');

    const [split] = await rows(
      'MATCH (n:Organization {id: "organization:un"}) OPTIONAL MATCH (n)-[r]-() RETURN n.name AS name, n.curation AS curation, n.method AS method, collect(r.id) AS rels',
    );
    expect(split).toMatchObject({ name: 'UN', curation: 'added', method: 'curation' });
    expect((split!.rels as string[]).sort()).toEqual(moving.map((r) => r.id));
    const [rest] = await rows(
      'MATCH (n {id: $id}) RETURN n.aliases AS aliases, n.merges AS merges, n.curation AS c',
      { id: UN },
    );
    expect(rest!.aliases).not.toContain('UN');
    expect(decodeMergeRecords(rest!.merges)).toEqual([]);
    expect(rest!.c).toBe('changed');
    expect(mergeItem(await queue(), UN, 'UN')).toBe(undefined);

    await undo(c.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('refuses a spelling the node has no merge of (400 naming "spelling"), an unknown node (404) and a stale version (409)', async () => {
    const bad = await request(app)
      .post('/api/corrections')
      .send({ action: 'split', node: UN, spelling: 'Unesco' });
    expect(bad.status).toBe(400);
    expect(apiError(bad).details).toMatchObject({ parameter: 'spelling', value: 'Unesco' });
    const none = await request(app)
      .post('/api/corrections')
      .send({ action: 'split', node: 'person:rama-yade', spelling: 'Yade' });
    expect(none.status).toBe(400);
    expect(apiError(none).details).toMatchObject({ parameter: 'spelling' });
    const missingField = await request(app)
      .post('/api/corrections')
      .send({ action: 'confirm-merge', node: UN });
    expect(missingField.status).toBe(400);
    expect(apiError(missingField).details).toMatchObject({ parameter: 'spelling' });
    const unknown = await request(app)
      .post('/api/corrections')
      .send({ action: 'split', node: 'organization:nowhere', spelling: 'UN' });
    expect(unknown.status).toBe(404);

    const first = await correct({ action: 'add-alias', node: UN, alias: 'U.N.' });
    const stale = await request(app)
      .post('/api/corrections')
      .send({ action: 'split', node: UN, spelling: 'UN', version: 0 });
    expect(stale.status).toBe(409);
    expect(apiError(stale).details).toMatchObject({ id: UN, version: 1 });
    await undo(first.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });
});
