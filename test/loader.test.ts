/**
 * The loader end to end, as a user runs it: `npm run seed` and `npm run ingest` as child
 * processes against their own embedded Neo4j (so --reset and interruptions never touch the
 * shared test graph). Covers idempotence, --reset, ingesting a new article that names known
 * people, every kind of bad input leaving the graph untouched, an article with no event loaded
 * and marked for review, a failing chunk rolling back, and SIGTERM mid-load leaving only whole
 * articles.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import type { Db } from '../platform/neo4j/db';
import { freePort } from './support/free-port';
import { runSeedCli } from './support/seed-cli';
import { syntheticGraph } from '../bench/synthetic-graph';
import { loadGraphDocument, LoadError } from '../platform/load/load-graph';
import type { GraphDocument } from '../model/graph-document';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/ingest');
const cypher = loadCypherLibrary();

let home: string;
let embedded: EmbeddedNeo4j;
let driver: Driver;
let db: Db;

function cli(script: string, args: string[], onStderr?: (text: string, kill: () => void) => void) {
  return runSeedCli(embedded.uri, script, args, onStderr);
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return {
    nodes: Number(records[0]?.get('nodes')),
    relationships: Number(records[0]?.get('relationships')),
  };
}

async function scalar(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { records } = await driver.executeQuery(query, params);
  const value: unknown = records[0]?.get(0);
  return neo4j.isInt(value) ? value.toNumber() : value;
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-loader-'));
  embedded = new EmbeddedNeo4j({ home, boltPort: await freePort(), heap: '1g', pageCacheMb: 256 });
  await embedded.start();
  driver = createDriver(embedded.uri, 'neo4j', '');
  db = { driver, database: 'neo4j' };
  await applySchema(driver, cypher, 'neo4j');
}, 120_000);

afterAll(async () => {
  await driver?.close();
  await embedded?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('npm run seed', () => {
  it('loads the corpus, and a second run changes nothing', async () => {
    const first = await cli('seed', []);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Loaded 7 article\(s\)/);
    const after = await counts();
    expect(after.nodes).toBeGreaterThan(150);
    expect(after.relationships).toBeGreaterThan(500);
    expect(await scalar('MATCH (e:Event) RETURN count(e)')).toBe(7);
    expect(await scalar('MATCH (e:Event) WHERE e.date IS :: DATE RETURN count(e)')).toBe(7);

    const second = await cli('seed', []);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /nodes: 0 created, 0 updated, \d+ unchanged; relationships: 0 created, 0 updated/,
    );
    expect(await counts()).toEqual(after);
  }, 120_000);

  it('--reset reloads the graph and keeps saved queries', async () => {
    const before = await counts();
    await driver.executeQuery("CREATE (:SavedQuery {id: 'loader-test-kept', title: 'kept'})");
    const run = await cli('seed', ['--reset']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/211 created|[1-9]\d* created/);
    expect(await scalar("MATCH (q:SavedQuery {id: 'loader-test-kept'}) RETURN count(q)")).toBe(1);
    await driver.executeQuery("MATCH (q:SavedQuery {id: 'loader-test-kept'}) DELETE q");
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('refuses a half-written graph document and writes nothing', async () => {
    const before = await counts();
    const file = path.join(home, 'half.json');
    const full = JSON.stringify(syntheticGraph({ people: 30, events: 3, speakersPerEvent: 5 }));
    fs.writeFileSync(file, full.slice(0, Math.floor(full.length / 2)));
    const run = await cli('seed', ['--graph', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('half.json');
    expect(run.stderr).toMatch(/nothing was written/);
    expect(await counts()).toEqual(before);
  }, 60_000);
});

describe('npm run ingest', () => {
  it('adds a new article and merges a known speaker written with another spelling', async () => {
    const peopleBefore = await scalar('MATCH (p:Person) RETURN count(p)');
    const run = await cli('ingest', [path.join(FIXTURES, 'rome-conference.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/person:ingrid-betancourt/);
    // Ingrid Betancourt and Tahar Boumedra are known; the moderator and a senator are new.
    expect(await scalar('MATCH (p:Person) RETURN count(p)')).toBe(Number(peopleBefore) + 2);
    expect(
      await scalar(
        "MATCH (p:Person {id: 'person:ingrid-betancourt'})-[:SPOKE_AT]->(e:Event {city: 'Rome'}) RETURN p.aliases",
      ),
    ).toContain('Ingrida Betancourt');
    expect(await scalar("MATCH (p:Person {id: 'person:ingrida-betancourt'}) RETURN count(p)")).toBe(
      0,
    );

    const before = await counts();
    const again = await cli('ingest', [path.join(FIXTURES, 'rome-conference.txt')]);
    expect(again.code).toBe(0);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it.each([
    ['empty.txt', /empty/],
    ['binary.bin', /binary/],
    ['latin1.txt', /UTF-8/],
    ['does-not-exist.txt', /no such file/],
  ])(
    'refuses %s with a message naming it, exit code 2 and the graph untouched',
    async (name, reason) => {
      const before = await counts();
      const run = await cli('ingest', [path.join(FIXTURES, name)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(name);
      expect(run.stderr).toMatch(reason);
      expect(await counts()).toEqual(before);
    },
    60_000,
  );

  it('loads an article with no recognisable event, marks it for review and lists it', async () => {
    const run = await cli('ingest', [path.join(FIXTURES, 'no-event.txt'), '--lenient']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'ingest: needs review: A Quiet Week in the Markets (no-event.txt): no event recognised, no speakers found',
    );
    const { records } = await driver.executeQuery(
      `MATCH (a:Article {title: 'A Quiet Week in the Markets'})<-[:REPORTED_IN]-(e:Event)
       RETURN a.needsReview AS needsReview, a.reviewReasons AS reasons, a.file AS file,
              e.kind AS kind, e.name AS name, e.date AS date, e.city AS city`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        needsReview: true,
        reasons: ['no event recognised', 'no speakers found'],
        file: 'no-event.txt',
        kind: 'event',
        name: 'Event reported in A Quiet Week in the Markets',
        date: null,
        city: null,
      },
    ]);
    // The corpus articles, seeded before, are not marked.
    expect(await scalar('MATCH (a:Article) WHERE a.needsReview RETURN count(a)')).toBe(1);
    expect(await scalar('MATCH (a:Article {needsReview: false}) RETURN count(a)')).toBe(8);
  }, 60_000);
});

describe('loadGraphDocument', () => {
  it('rolls back a chunk that fails half way: none of its nodes stay', async () => {
    const doc = syntheticGraph({ people: 40, events: 4, speakersPerEvent: 5 }, 7);
    const renamed = JSON.parse(
      JSON.stringify(doc).replaceAll('synthetic-', 'rollback-'),
    ) as GraphDocument;
    // A property Neo4j cannot store, on the last relationship written: the database refuses it
    // only after every node and most relationships of the chunk were written.
    const last = renamed.relationships.at(-1)!;
    (last.properties as Record<string, unknown>).nested = { not: 'storable' };
    const before = await counts();
    await expect(loadGraphDocument(db, cypher, renamed, { trusted: true })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  }, 60_000);

  it('refuses a relationship to a node the document lacks before writing anything', async () => {
    const doc = syntheticGraph({ people: 10, events: 2, speakersPerEvent: 3 }, 9);
    const rel = doc.relationships[0]!;
    doc.relationships[0] = { ...rel, to: 'person:nobody' };
    const before = await counts();
    await expect(loadGraphDocument(db, cypher, doc, { trusted: true })).rejects.toBeInstanceOf(
      LoadError,
    );
    await expect(loadGraphDocument(db, cypher, doc)).rejects.toThrow(/person:nobody/);
    expect(await counts()).toEqual(before);
  }, 60_000);

  it('leaves whole articles after SIGTERM mid-load, and the next run completes', async () => {
    const doc = syntheticGraph({ people: 1500, events: 300, speakersPerEvent: 10 }, 42);
    const file = path.join(home, 'synthetic.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const interrupted = await cli(
      'seed',
      ['--graph', file, '--chunk-elements', '500'],
      (text, kill) => {
        if (/transaction 1\//.test(text)) kill();
      },
    );
    expect(interrupted.code).toBe(143);
    expect(interrupted.stderr, interrupted.stderr).toMatch(/rolled back/);

    const mentionsPerArticle = async () => {
      const { records } = await driver.executeQuery(
        "MATCH (a:Article) WHERE a.id STARTS WITH 'article:synthetic-' RETURN a.id AS id, COUNT { (a)-[:MENTIONS]->() } AS n, COUNT { (a)<-[:REPORTED_IN]-() } AS reports",
      );
      return records.map((r) => ({
        id: r.get('id') as string,
        n: Number(r.get('n')),
        reports: Number(r.get('reports')),
      }));
    };
    const partial = await mentionsPerArticle();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(300);
    for (const article of partial) expect(article).toEqual({ id: article.id, n: 10, reports: 1 });

    const rerun = await cli('seed', ['--graph', file, '--chunk-elements', '500']);
    expect(rerun.code).toBe(0);
    const complete = await mentionsPerArticle();
    expect(complete.length).toBe(300);
    for (const article of complete) expect(article).toEqual({ id: article.id, n: 10, reports: 1 });
  }, 240_000);
});
