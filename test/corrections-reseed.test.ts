/**
 * Corrections survive re-extraction and reloading, as a user runs the commands: `npm run seed`,
 * `npm run seed -- --reset` and `npm run ingest` as child processes, and the server's seeding
 * of an empty database at start, against an embedded Neo4j
 * of this file's own (so --reset never touches the shared test graph). Every correction is
 * replayed and the corrected graph is the same, property for property, after each reload; the
 * same article extracted again keeps its ids; a correction whose target is no longer extracted
 * is kept and listed as orphaned; undoing them all gives back the extracted graph.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import { silentLogger } from '../platform/logger';
import { createApp } from '../server/app';
import { seedIfEmpty } from '../server/seed-on-start';
import { clearGraph } from '../platform/load/load-graph';
import type { CorrectionRecord } from '../model/corrections';
import { freePort } from './support/free-port';
import { runSeedCli } from './support/seed-cli';
import { graphDump, type GraphDump } from './support/graph-dump';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROME = path.join(ROOT, 'test/fixtures/ingest/rome-conference.txt');
const cypher = loadCypherLibrary();
const EVENT = 'event:2017-09-14-geneva-side-event-7a5ab7ba';
const ARTICLE = 'article:call-for-un-commission-of-inquiry-into-irans-1988massacre';

let home: string;
let embedded: EmbeddedNeo4j;
let driver: Driver;
let app: ReturnType<typeof createApp>;

const cli = (script: string, args: string[] = []) => runSeedCli(embedded.uri, script, args);
const snapshot = () => graphDump(driver);

async function correct(body: object): Promise<CorrectionRecord> {
  const response = await request(app).post('/api/corrections').send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return (response.body as { correction: CorrectionRecord }).correction;
}

async function corrections(): Promise<CorrectionRecord[]> {
  const body: unknown = (await request(app).get('/api/corrections')).body;
  return (body as { corrections: CorrectionRecord[] }).corrections;
}

async function ids(): Promise<{ nodes: string[]; relationships: string[] }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Correction RETURN collect(n.id) AS nodes } CALL () { MATCH ()-[r]->() RETURN collect(r.id) AS relationships } RETURN nodes, relationships',
  );
  return {
    nodes: (records[0]!.get('nodes') as string[]).sort(),
    relationships: (records[0]!.get('relationships') as string[]).sort(),
  };
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-corrections-'));
  embedded = new EmbeddedNeo4j({ home, boltPort: await freePort(), heap: '1g', pageCacheMb: 256 });
  await embedded.start();
  driver = createDriver(embedded.uri, 'neo4j', '');
  await applySchema(driver, cypher, 'neo4j');
  app = createApp({
    db: { driver, database: 'neo4j' },
    cypher,
    log: silentLogger,
    neo4j: { mode: 'embedded', version: 'test' },
  });
}, 120_000);

afterAll(async () => {
  await driver?.close();
  await embedded?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('corrections across reloads', () => {
  let extracted: GraphDump;
  let corrected: GraphDump;
  let extractedIds: Awaited<ReturnType<typeof ids>>;

  it('are replayed after seed --reset and seed, giving the same corrected graph', async () => {
    expect((await cli('seed')).code).toBe(0);
    extracted = await snapshot();
    extractedIds = await ids();
    const text = (
      await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.text AS t', { id: ARTICLE })
    ).records[0]!.get('t') as string;
    const start = text.indexOf('A number of survivors');
    await correct({ action: 'reject', relationship: `SPOKE_AT:person:tom-syrin->${EVENT}` });
    await correct({ action: 'rename', node: 'person:rama-yade', name: 'Rama Yade (test)' });
    await correct({
      action: 'merge',
      into: 'person:tahar-boumedra',
      from: 'person:mostafa-naderi',
    });
    await correct({
      action: 'set-role',
      relationship: `SPOKE_AT:person:simin-nouri->${EVENT}`,
      role: 'host',
    });
    await correct({
      action: 'add-speaker',
      event: EVENT,
      person: { name: 'Reseed Testperson' },
      role: 'speaker',
      article: ARTICLE,
      evidenceStart: start,
      evidenceEnd: start + 40,
    });
    await correct({ action: 'confirm', node: 'person:kirsty-brimelow' });
    // The answers to the resolver's merges: a split "UN" (its own node again, with the facts
    // of its own articles) and a confirmed one; both replayed over every extraction.
    await correct({ action: 'split', node: 'organization:united-nations', spelling: 'UN' });
    await correct({
      action: 'confirm-merge',
      node: 'organization:iranian-revolutionary-guards-corps',
      spelling: 'Revolutionary Guards',
    });
    corrected = await snapshot();
    expect(corrected.nodes.some((n) => n.includes('"id":"organization:un"'))).toBe(true);
    expect(corrected).not.toEqual(extracted);

    const reset = await cli('seed', ['--reset']);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/corrections: 8 replayed/);
    expect(await snapshot()).toEqual(corrected);
    expect((await corrections()).every((c) => c.applied && !c.orphaned)).toBe(true);

    const again = await cli('seed');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/corrections: 8 replayed/);
    expect(await snapshot()).toEqual(corrected);

    // The server's start on an emptied database: it seeds the corpus and replays them too.
    const db = { driver, database: 'neo4j' };
    await clearGraph(db, cypher);
    await seedIfEmpty(db, cypher, silentLogger);
    expect(await snapshot()).toEqual(corrected);
  }, 240_000);

  it('keep their targets when an article is ingested again, and orphans are kept and listed', async () => {
    expect((await cli('ingest', [ROME])).code).toBe(0);
    const { records } = await driver.executeQuery(
      "MATCH (:Person)-[r:SPOKE_AT]->(:Event {city: 'Rome'}) RETURN r.id AS id ORDER BY id LIMIT 1",
    );
    const romeEdge = records[0]!.get('id') as string;
    const rome = await correct({ action: 'reject', relationship: romeEdge });
    const withRome = await snapshot();
    const idsWithRome = await ids();

    const again = await cli('ingest', [ROME]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/corrections: 9 replayed/);
    expect(await ids()).toEqual(idsWithRome);
    expect(await snapshot()).toEqual(withRome);

    // The bundled corpus has no Rome article: its correction's target is gone, not the others.
    const reset = await cli('seed', ['--reset']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/corrections: 8 replayed, 1 orphaned/);
    expect(await snapshot()).toEqual(corrected);
    const listed = (await corrections()).find((c) => c.id === rome.id);
    expect(listed).toMatchObject({ orphaned: true, applied: false });
  }, 240_000);

  it('give back the extracted graph, with the same ids, once all are undone', async () => {
    for (const c of await corrections()) {
      expect((await request(app).delete(`/api/corrections/${c.id}`)).status).toBe(200);
    }
    expect(await snapshot()).toEqual(extracted);
    expect(await ids()).toEqual(extractedIds);
  }, 120_000);
});
