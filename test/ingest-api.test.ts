/**
 * Adding documents through the API (`POST /api/ingest`, `GET /api/ingest/jobs/:id`) on the
 * run's shared Neo4j: a batch of one report in each format (text, Word, PDF, web page, all
 * invented: seed/fixtures/wire/) previewed, then written by a job that writes exactly what the
 * preview showed; every bad input of issue 15 refused with its code, naming the file, with
 * the graph untouched; the limits (413), the token, and the upload directory left empty.
 * What this file adds to the graph is removed at the end (every node whose id was not there
 * before), and the counts are checked to be back where they were.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { IngestJob, IngestPreview, type DocumentPreview } from '../api/ingest';
import { validator } from '../server/http/schema-validator';
import { apiError } from './support/api-error';
import { graphCounts, testApp, testDriver, testNeo4j } from './support/neo4j';
import { graphSnapshot } from './support/graph-snapshot';
import {
  corruptPdf,
  docxOf,
  emptyHtmlPage,
  encryptedPdf,
  htmlPageOf,
  multipart,
  pdfOf,
  plainZip,
  scannedPdf,
  wireText,
  zipBombDocx,
  type Part,
} from './support/ingest-documents';

/** Each batch starts a worker that loads the extraction stack: slow on a busy 2-core machine. */
const WORKER_TEST_MS = 240_000;

const driver = testDriver();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-api-'));
const TOKEN = 'ingest-test-token-0123456789';
const app = testApp(driver, { ingest: { dataDir } });
const guarded = testApp(driver, { appToken: TOKEN, ingest: { dataDir } });
const small = testApp(driver, {
  ingest: { dataDir, limits: { maxFileBytes: 64 * 1024, maxFiles: 3, maxTotalBytes: 150 * 1024 } },
});

let snapshot: Awaited<ReturnType<typeof graphSnapshot>>;

const nodeIds = () => snapshot.current();

function post(target: typeof app, parts: Part[], query = '') {
  const { body, contentType } = multipart(parts);
  return request(target).post(`/api/ingest${query}`).set('Content-Type', contentType).send(body);
}

const preview = async (parts: Part[]) => {
  const res = await post(app, parts, '?dryRun=true');
  expect(res.status).toBe(200);
  const valid = validator(IngestPreview);
  expect(valid(res.body), JSON.stringify(valid.errors)).toBe(true);
  return (res.body as IngestPreview).documents;
};

async function runJob(parts: Part[]): Promise<IngestJob> {
  const res = await post(app, parts);
  expect(res.status).toBe(202);
  const id = (res.body as { job: { id: string } }).job.id;
  for (let i = 0; i < 1000; i += 1) {
    const job = (await request(app).get(`/api/ingest/jobs/${id}`)).body as IngestJob;
    if (job.state === 'done' || job.state === 'failed') {
      const valid = validator(IngestJob);
      expect(valid(job), JSON.stringify(valid.errors)).toBe(true);
      return job;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${id} did not finish`);
}

const uploadsLeft = () => {
  const dir = path.join(dataDir, 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

let batch: Part[];

beforeAll(async () => {
  snapshot = await graphSnapshot(driver);
  batch = [
    { name: 'water-summit.txt', bytes: wireText('01-water-summit.txt') },
    { name: 'mine hearing.docx', bytes: await docxOf(wireText('02-mine-hearing.txt')) },
    { name: 'aid-conference.pdf', bytes: await pdfOf(wireText('03-aid-conference.txt')) },
    { name: 'oslo-panel.html', bytes: htmlPageOf(wireText('04-press-freedom-panel.txt')) },
  ];
});

afterAll(async () => {
  await snapshot.restore();
  await driver.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('POST /api/ingest', () => {
  let previewed: DocumentPreview[];

  it(
    'previews a batch of text, Word, PDF and a web page, writing nothing',
    async () => {
      previewed = await preview(batch);
      expect(previewed.map((d) => [d.file, d.format, d.ok])).toEqual([
        ['water-summit.txt', 'text', true],
        ['mine hearing.docx', 'docx', true],
        ['aid-conference.pdf', 'pdf', true],
        ['oslo-panel.html', 'html', true],
      ]);
      for (const doc of previewed) {
        const [article] = doc.articles;
        expect(article?.event).not.toBeNull();
        expect(article?.speakers.length).toBeGreaterThan(0);
        expect(article?.claims).toBeGreaterThan(0);
        // Invented reports: nobody in them is in the corpus graph.
        expect(article?.people.every((p) => p.status === 'new')).toBe(true);
      }
      expect(previewed[0]?.articles[0]).toMatchObject({
        title: 'Ministers pledge water fund at Lisbon summit',
        event: { place: 'Lisbon' },
      });
      expect(previewed[0]?.articles[0]?.event?.kind).toBeTruthy();
      expect(previewed[3]?.articles[0]?.source).toEqual({
        file: 'oslo-panel.html',
        url: 'https://fjord-news.example/2025/06/editors-oslo-panel',
        site: 'Fjord News Service',
        author: 'Ingrid Solheim',
      });
      expect(previewed[3]?.articles[0]?.published).toBe('2025-06-18');
      expect(await graphCounts(driver)).toEqual(snapshot.counts);
      expect(uploadsLeft()).toEqual([]);
    },
    WORKER_TEST_MS,
  );

  it(
    'writes, as a job, exactly what the preview showed',
    async () => {
      const job = await runJob(batch);
      expect(job.state).toBe('done');
      expect(job.summary.failed).toEqual([]);
      expect(job.summary.written).toBe(4);
      expect(job.summary.documents).toEqual(previewed);
      expect(job.progress).toMatchObject({ documents: 4, read: 4, done: 4 });
      const elements = previewed.reduce(
        (n, d) => n + d.elements.nodes + d.elements.relationships,
        0,
      );
      expect(job.progress.elements).toBe(elements);
      const ids = await nodeIds();
      for (const doc of previewed)
        for (const a of doc.articles) {
          expect(ids.has(a.id)).toBe(true);
          if (a.event) expect(ids.has(a.event.id)).toBe(true);
          for (const s of a.speakers) expect(ids.has(s.id)).toBe(true);
        }
      expect(job.summary.added.events).toHaveLength(4);
      const { records } = await driver.executeQuery(
        'MATCH (a:Article {id: $id}) RETURN a.url AS url, a.site AS site, a.author AS author, a.file AS file',
        { id: previewed[3]?.articles[0]?.id },
        { database: testNeo4j().database },
      );
      expect(records[0]?.toObject()).toEqual({
        url: 'https://fjord-news.example/2025/06/editors-oslo-panel',
        site: 'Fjord News Service',
        author: 'Ingrid Solheim',
        file: 'oslo-panel.html',
      });
      expect(uploadsLeft()).toEqual([]);
    },
    WORKER_TEST_MS,
  );

  it(
    'previews people already in the graph as merged, saying why, and adding it again changes nothing',
    async () => {
      const counts = await graphCounts(driver);
      const [again] = await preview([batch[0] as Part]);
      expect(again?.articles[0]?.id).toBe(previewed[0]?.articles[0]?.id);
      const people = again?.articles[0]?.people ?? [];
      expect(people.length).toBeGreaterThan(0);
      expect(people.every((p) => p.status === 'merged' && p.reason === 'same name')).toBe(true);
      expect(again?.articles[0]?.warnings[0]).toMatch(/^already in the graph/);
      const job = await runJob([batch[0] as Part]);
      expect(job.summary.written).toBe(1);
      expect(await graphCounts(driver)).toEqual(counts);
    },
    WORKER_TEST_MS,
  );

  it(
    'refuses every bad input with its code, naming the file, and writes none of them while the good one is added',
    async () => {
      const counts = await graphCounts(driver);
      const bad: [Part, string][] = [
        [{ name: 'empty.txt', bytes: '' }, 'empty-file'],
        [
          {
            name: 'photo.txt',
            bytes: Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'),
          },
          'binary-file',
        ],
        // No magic bytes for file-type to know, but NUL bytes no text has.
        [
          { name: 'data.txt', bytes: Buffer.from([0x53, 0x51, 0x00, 0x01, 0x02, 0x00, 0x41]) },
          'binary-file',
        ],
        [
          {
            name: 'latin1.txt',
            bytes: Buffer.from('Caf\xe9 talks open\n\nThe minister spoke.', 'latin1'),
          },
          'not-utf8',
        ],
        [{ name: 'broken.pdf', bytes: corruptPdf() }, 'corrupt-pdf'],
        [{ name: 'locked.pdf', bytes: await encryptedPdf() }, 'encrypted-pdf'],
        [{ name: 'scan.pdf', bytes: await scannedPdf() }, 'scanned-pdf'],
        [{ name: 'notes.docx', bytes: 'just some text, not Word' }, 'not-docx'],
        [{ name: 'archive.docx', bytes: await plainZip() }, 'not-docx'],
        [{ name: 'bomb.docx', bytes: await zipBombDocx(300) }, 'zip-bomb'],
        [{ name: 'home.html', bytes: emptyHtmlPage() }, 'no-article-text'],
      ];
      const good: Part = { name: 'port-forum.txt', bytes: wireText('05-port-forum.txt') };
      const [goodPreview] = await preview([good]);
      const job = await runJob([...bad.map(([part]) => part), good]);
      expect(job.state).toBe('done');
      expect(job.summary.written).toBe(1);
      expect(job.summary.failed.map((f) => [f.file, f.code])).toEqual(
        bad.map(([part, code]) => [part.name, code]),
      );
      for (const f of job.summary.failed) expect(f.message.startsWith(`${f.file}`)).toBe(true);
      const after = await graphCounts(driver);
      const added = goodPreview?.elements ?? { nodes: 0, relationships: 0 };
      // Only the good document's elements; a shared place may already have been there.
      expect(after.relationships).toBe(counts.relationships + added.relationships);
      expect(after.nodes).toBeLessThanOrEqual(counts.nodes + added.nodes);
      expect(uploadsLeft()).toEqual([]);
    },
    WORKER_TEST_MS,
  );

  it(
    'answers 413 naming a file over the size limit, and for too many files, keeping nothing',
    async () => {
      const counts = await graphCounts(driver);
      // A preview and a write alike: refused before anything is read.
      for (const query of ['?dryRun=true', '']) {
        const big = await post(
          small,
          [
            { name: 'short.txt', bytes: wireText('06-library-gala.txt') },
            { name: 'long.txt', bytes: 'word '.repeat(20_000) },
          ],
          query,
        );
        expect(big.status).toBe(413);
        expect(apiError(big).code).toBe('payload_too_large');
        expect(apiError(big).message).toContain('long.txt');
        const many = await post(
          small,
          ['a', 'b', 'c', 'd'].map((n) => ({
            name: `${n}.txt`,
            bytes: wireText('06-library-gala.txt'),
          })),
          query,
        );
        expect(many.status).toBe(413);
        expect(apiError(many).code).toBe('payload_too_large');
        const total = await post(
          small,
          ['a', 'b', 'c'].map((n) => ({ name: `${n}.txt`, bytes: 'word '.repeat(12_000) })),
          query,
        );
        expect(total.status).toBe(413);
        expect(apiError(total).message).toContain('c.txt');
      }
      // The good file sent beside the refused ones was not written either.
      expect(await graphCounts(driver)).toEqual(counts);
      expect(uploadsLeft()).toEqual([]);
    },
    WORKER_TEST_MS,
  );

  it(
    'refuses a file name with a path separator or control characters, writing nothing',
    async () => {
      const counts = await graphCounts(driver);
      for (const query of ['?dryRun=true', ''])
        for (const name of [
          '../../escape.txt',
          'sub\\dir.txt',
          'bell\u0007.txt',
          'tab\there.txt',
        ]) {
          const res = await post(app, [{ name, bytes: wireText('06-library-gala.txt') }], query);
          expect(res.status).toBe(400);
          expect(apiError(res).code).toBe('invalid_argument');
          expect(apiError(res).details).toMatchObject({ parameter: 'files', value: name });
        }
      expect(fs.existsSync(path.join(dataDir, '..', 'escape.txt'))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'escape.txt'))).toBe(false);
      expect(await graphCounts(driver)).toEqual(counts);
      expect(uploadsLeft()).toEqual([]);
    },
    WORKER_TEST_MS,
  );

  it(
    'refuses a body that is not multipart, and one with no file',
    async () => {
      const json = await request(app).post('/api/ingest?dryRun=true').send({ files: [] });
      expect(json.status).toBe(400);
      const none = await post(app, [], '?dryRun=true');
      expect(none.status).toBe(400);
    },
    WORKER_TEST_MS,
  );

  it(
    'needs the token to write when APP_TOKEN is set, but not to preview',
    async () => {
      const part = { name: 'gala.txt', bytes: wireText('06-library-gala.txt') };
      const { body, contentType } = multipart([part]);
      const refused = await request(guarded)
        .post('/api/ingest')
        .set('Content-Type', contentType)
        .send(body);
      expect(refused.status).toBe(401);
      const { body: b2, contentType: c2 } = multipart([part]);
      const dry = await request(guarded)
        .post('/api/ingest?dryRun=true')
        .set('Content-Type', c2)
        .send(b2);
      expect(dry.status).toBe(200);
    },
    WORKER_TEST_MS,
  );
});

describe('GET /api/ingest/jobs/:id', () => {
  it(
    'answers 404 for an unknown job and 400 for a malformed id',
    async () => {
      const missing = await request(app).get('/api/ingest/jobs/job-00000000-0000');
      expect(missing.status).toBe(404);
      expect(apiError(missing).code).toBe('not_found');
      const bad = await request(app).get('/api/ingest/jobs/nope');
      expect(bad.status).toBe(400);
    },
    WORKER_TEST_MS,
  );
});
