/**
 * Separately ingested articles never share a node by accident: `npm run ingest` run once per
 * file, as a user runs it, against an embedded Neo4j of this file's own (empty at the start,
 * so every relationship in it comes from these articles). The articles, in
 * test/fixtures/ingest/, were written for this test: two undated meetings in no named city
 * (whose events were once both `event:undated-unknown-meeting`), a dated panel, and a fourth
 * unrelated meeting under the same headline as the first. Not a test of extraction quality:
 * that is `npm run eval`.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { createDriver } from '../platform/neo4j/connect';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { applySchema } from '../platform/neo4j/schema';
import { toPlain } from '../platform/neo4j/values';
import { freePort } from './support/free-port';
import { runSeedCli, type CliRun } from './support/seed-cli';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/ingest');
const FILES = [
  'library-meeting.txt',
  'orchard-meeting.txt',
  'archive-panel.txt',
  'library-meeting-again.txt',
];

let home: string;
let embedded: EmbeddedNeo4j;
let driver: Driver;
const runs = new Map<string, CliRun>();

const ingest = (file: string) => runSeedCli(embedded.uri, 'ingest', [path.join(FIXTURES, file)]);

/** Rows as plain JSON values (integers as numbers, dates as ISO strings). */
async function rows(query: string): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(query);
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

/** Every node and relationship with its id and properties, in a stable order. */
async function dump(): Promise<string> {
  const nodes = await rows(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id',
  );
  const rels = await rows(
    'MATCH (a)-[r]->(b) RETURN a.id + " " + type(r) + " " + b.id AS key, properties(r) AS p ORDER BY key',
  );
  // Property maps come back in no fixed key order.
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return JSON.stringify(sorted({ nodes, rels }));
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-ingest-'));
  embedded = new EmbeddedNeo4j({ home, boltPort: await freePort(), heap: '1g', pageCacheMb: 256 });
  await embedded.start();
  driver = createDriver(embedded.uri, 'neo4j', '');
  await applySchema(driver, loadCypherLibrary(), 'neo4j');
  // One command per file, one after the other, as a user adds reports as they come.
  for (const file of FILES) runs.set(file, await ingest(file));
}, 240_000);

afterAll(async () => {
  await driver?.close();
  await embedded?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('npm run ingest, one unrelated article after another', () => {
  it('loads every article', () => {
    for (const file of FILES) expect(runs.get(file)?.code, runs.get(file)?.stderr).toBe(0);
  });

  it('gives each article an Event of its own, reported in that article only', async () => {
    const events = await rows(
      `MATCH (e:Event)
       RETURN e.id AS id, COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles ORDER BY id`,
    );
    expect(events).toHaveLength(FILES.length);
    for (const event of events) expect(event.articles, String(event.id)).toBe(1);
    const perArticle = await rows(
      `MATCH (a:Article) RETURN a.file AS file, COUNT { (a)<-[:REPORTED_IN]-(:Event) } AS events
       ORDER BY file`,
    );
    expect(perArticle.map((a) => a.file)).toEqual([...FILES].sort());
    for (const article of perArticle) expect(article.events, String(article.file)).toBe(1);
    const undated = events.map((e) => e.id as string).filter((id) => id.includes('undated'));
    expect(undated).toHaveLength(3);
    for (const id of undated) expect(id).toMatch(/^event:undated-unknown-meeting-[0-9a-f]{8}$/);
  });

  it('makes no two articles’ speakers co-speakers', async () => {
    const pairs = await rows(
      `MATCH (p:Person)-[r1:SPOKE_AT]->(e:Event)<-[r2:SPOKE_AT]-(q:Person)
       WHERE p.id < q.id
       RETURN p.id AS p, q.id AS q, r1.source AS sourceP, r2.source AS sourceQ`,
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs)
      expect(pair.sourceP, `${String(pair.p)} and ${String(pair.q)}`).toBe(pair.sourceQ);
    // Everyone who spoke, spoke at one event only: these reports share nobody.
    const speakers = await rows(
      `MATCH (p:Person)-[:SPOKE_AT]->(e:Event)
       RETURN p.id AS id, count(DISTINCT e) AS events, collect(DISTINCT e.id) AS at`,
    );
    const events = new Set(speakers.flatMap((speaker) => speaker.at as string[]));
    expect(events.size).toBe(FILES.length);
    // Each report names two speakers, and each keeps both.
    const perEvent = await rows(
      `MATCH (e:Event)<-[:SPOKE_AT]-(p:Person) RETURN e.id AS id, count(DISTINCT p) AS n`,
    );
    for (const event of perEvent) expect(event.n, String(event.id)).toBeGreaterThanOrEqual(2);
    for (const speaker of speakers)
      expect(speaker.events, `${String(speaker.id)} at ${String(speaker.at)}`).toBe(1);
  });

  it('gives a different article under a headline already in the graph an id of its own', async () => {
    const articles = await rows(
      `MATCH (a:Article {title: 'Residents Press for Longer Library Hours'})
       RETURN a.id AS id, a.file AS file ORDER BY file`,
    );
    expect(articles).toEqual([
      {
        id: expect.stringMatching(
          /^article:residents-press-for-longer-library-hours-[0-9a-f]{8}$/,
        ) as unknown,
        file: 'library-meeting-again.txt',
      },
      { id: 'article:residents-press-for-longer-library-hours', file: 'library-meeting.txt' },
    ]);
  });

  it('stores and lists the articles that need review, with the reasons', async () => {
    expect(runs.get('library-meeting.txt')?.stdout).toContain(
      'ingest: needs review: Residents Press for Longer Library Hours (library-meeting.txt): no event date, no event place',
    );
    expect(runs.get('archive-panel.txt')?.stdout).not.toContain('needs review');
    const articles = await rows(
      `MATCH (a:Article)
       RETURN a.file AS file, a.needsReview AS needsReview, a.reviewReasons AS reasons
       ORDER BY file`,
    );
    expect(articles).toEqual([
      { file: 'archive-panel.txt', needsReview: false, reasons: [] },
      {
        file: 'library-meeting-again.txt',
        needsReview: true,
        reasons: ['no event date', 'no event place'],
      },
      {
        file: 'library-meeting.txt',
        needsReview: true,
        reasons: ['no event date', 'no event place'],
      },
      {
        file: 'orchard-meeting.txt',
        needsReview: true,
        reasons: ['no event date', 'no event place'],
      },
    ]);
  });

  it('changes nothing when a file is ingested again: the same ids', async () => {
    const before = await dump();
    for (const file of FILES) {
      const again = await ingest(file);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/nodes: 0 created, 0 updated, \d+ unchanged/);
      expect(again.stdout).toMatch(/relationships: 0 created, 0 updated, \d+ unchanged/);
    }
    expect(await dump()).toBe(before);
  }, 180_000);

  it('changes nothing when the same reports come again as a folder, analysed on worker threads', async () => {
    const before = await dump();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-ingest-folder-'));
    // Eight files or more go to the worker pool: each report twice, under another name; in
    // name order "library-meeting-again" now comes before "library-meeting", unlike the first
    // ingest, and both must keep the ids they were given then.
    for (const file of FILES) {
      fs.copyFileSync(path.join(FIXTURES, file), path.join(folder, file));
      fs.copyFileSync(path.join(FIXTURES, file), path.join(folder, `zz-copy-of-${file}`));
    }
    const run = await runSeedCli(embedded.uri, 'ingest', [folder, '--workers', '2']);
    fs.rmSync(folder, { recursive: true, force: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`ingest: analysed ${FILES.length * 2}/${FILES.length * 2} files`);
    expect(run.stdout).toMatch(/nodes: 0 created, 0 updated, \d+ unchanged/);
    expect(await dump()).toBe(before);
  }, 180_000);
});
