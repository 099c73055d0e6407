/**
 * An ingest job from the browser (`POST /api/ingest`) takes analysts' corrections off before it
 * writes and puts them back after, as `npm run ingest` does (docs/corrections.md): a rename
 * made before the job is still in effect after it, though the job's article names the renamed
 * person and its load writes the extracted name again; the batch is prepared against the
 * extracted graph, so the corrected name never becomes extracted data (undo gives it back).
 * The preview (`?dryRun=true`) is prepared against the same extracted graph, so with a rename
 * and a merge in effect it is exactly what the job then writes, and the corrections still
 * stand on top of it afterwards. What the tests add is removed at the end.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { IngestPreview } from '../api/ingest';
import type { Static } from '@sinclair/typebox';
import type { Correction, CorrectionList } from '../api/corrections';
import { testApp, testDriver, testNeo4j } from './support/neo4j';
import { graphSnapshot } from './support/graph-snapshot';
import { multipart } from './support/ingest-documents';
import { waitForJob } from './support/ingest-job';

const driver = testDriver();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-corrections-'));
const app = testApp(driver, { ingest: { dataDir } });
afterAll(async () => {
  await driver.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Our own report naming a person of the corpus as a speaker: its load writes that person's
// extracted name again, which the rename must survive.
const PARIS_TALK = `Rights forum meets in Paris

PARIS, 4 March 2024 - A forum on press freedom met in Paris on Monday.

Rama Yade told the forum that reporters needed better protection. Yade said laws had to change.
`;

// Names two people of the corpus (one the analyst renamed, one merged into another) and one
// new person; the preview must say of each what the job then writes.
const GENEVA_PANEL = `Lawyers' panel meets in Geneva

GENEVA, 12 March 2024 - A panel on fair trials met in Geneva on Tuesday.

Rama Yade told the panel that trials had to be open. Kirsty Brimelow said judges must be independent. Odile Marchetti, a law professor, told the panel that witnesses needed protection.
`;

async function correct(body: Record<string, string>): Promise<string> {
  const res = await request(app).post('/api/corrections').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { correction: Static<typeof Correction> }).correction.id;
}

async function speakersOf(event: string): Promise<[string, string][]> {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person)-[:SPOKE_AT]->(:Event {id: $event}) RETURN p.id AS id, p.name AS name ORDER BY id',
    { event },
    { database: testNeo4j().database },
  );
  return records.map((r) => [r.get('id') as string, r.get('name') as string]);
}

async function nameOf(id: string): Promise<string> {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person {id: $id}) RETURN p.name AS name',
    { id },
    { database: testNeo4j().database },
  );
  return records[0]?.get('name') as string;
}

describe('an ingest job and the corrections', () => {
  it('keeps a rename made before the job in effect after it', { timeout: 300_000 }, async () => {
    const snapshot = await graphSnapshot(driver);
    const created = await request(app)
      .post('/api/corrections')
      .send({ action: 'rename', node: 'person:rama-yade', name: 'Rama Yade (checked)' });
    expect(created.status).toBe(201);
    const correction = (created.body as { correction: Static<typeof Correction> }).correction;
    try {
      const { body, contentType } = multipart([
        { name: 'paris-talk.txt', bytes: Buffer.from(PARIS_TALK, 'utf8') },
      ]);
      const started = await request(app)
        .post('/api/ingest')
        .set('Content-Type', contentType)
        .send(body);
      expect(started.status).toBe(202);
      const job = await waitForJob(app, (started.body as { job: { id: string } }).job.id);
      expect(job?.state).toBe('done');
      expect(job?.summary.written).toBe(1);
      // Prepared against the extracted graph: the corrected name never becomes extracted data.
      const speakers = job?.summary.documents[0]?.articles[0]?.speakers ?? [];
      expect(speakers.find((p) => p.id === 'person:rama-yade')?.name).toBe('Rama Yade');
      expect(await nameOf('person:rama-yade')).toBe('Rama Yade (checked)');
      const list = (await request(app).get('/api/corrections')).body as Static<
        typeof CorrectionList
      >;
      const after = list.corrections.find((c) => c.id === correction.id);
      expect(after).toMatchObject({ applied: true, orphaned: false });
    } finally {
      expect((await request(app).delete(`/api/corrections/${correction.id}`)).status).toBe(200);
      await snapshot.restore();
    }
    expect(await nameOf('person:rama-yade')).toBe('Rama Yade');
  });

  it(
    'previews a batch exactly as the job then writes it, with a rename and a merge in effect',
    { timeout: 300_000 },
    async () => {
      const snapshot = await graphSnapshot(driver);
      const made = [
        await correct({ action: 'rename', node: 'person:rama-yade', name: 'Rama Yade (checked)' }),
        await correct({
          action: 'merge',
          into: 'person:tahar-boumedra',
          from: 'person:kirsty-brimelow',
        }),
      ];
      try {
        const part = { name: 'geneva-panel.txt', bytes: Buffer.from(GENEVA_PANEL, 'utf8') };
        const dry = multipart([part]);
        const previewed = await request(app)
          .post('/api/ingest?dryRun=true')
          .set('Content-Type', dry.contentType)
          .send(dry.body);
        expect(previewed.status).toBe(200);
        const preview = (previewed.body as IngestPreview).documents;
        const [article] = preview[0]?.articles ?? [];
        // Against the extracted graph: both corpus people join their own extracted nodes, and
        // the preview says what the corrections, replayed after the write, make of them.
        expect(
          article?.people
            .map((p) => [p.id, p.name, p.status, p.reason ?? null, p.corrected ?? null])
            .sort(),
        ).toEqual([
          [
            'person:kirsty-brimelow',
            'Kirsty Brimelow',
            'merged',
            'same name',
            { id: 'person:tahar-boumedra', name: 'Tahar Boumedra' },
          ],
          ['person:odile-marchetti', 'Odile Marchetti', 'new', null, null],
          [
            'person:rama-yade',
            'Rama Yade',
            'merged',
            'same name',
            { id: 'person:rama-yade', name: 'Rama Yade (checked)' },
          ],
        ]);

        const job = multipart([part]);
        const started = await request(app)
          .post('/api/ingest')
          .set('Content-Type', job.contentType)
          .send(job.body);
        expect(started.status).toBe(202);
        const done = await waitForJob(app, (started.body as { job: { id: string } }).job.id);
        expect(done?.state).toBe('done');
        expect(done?.summary.written).toBe(1);
        expect(done?.summary.documents).toEqual(preview);
        // What the explorer then selects: nodes that are in the graph.
        expect([...(done?.summary.added.people ?? [])].sort()).toEqual([
          'person:odile-marchetti',
          'person:rama-yade',
          'person:tahar-boumedra',
        ]);

        // Written as previewed, and the corrections stand on top: the rename kept, the merged
        // person's new speech moved to the node it was merged into.
        expect(await speakersOf(article?.event?.id ?? '')).toEqual([
          ['person:odile-marchetti', 'Odile Marchetti'],
          ['person:rama-yade', 'Rama Yade (checked)'],
          ['person:tahar-boumedra', 'Tahar Boumedra'],
        ]);
        const list = (await request(app).get('/api/corrections')).body as Static<
          typeof CorrectionList
        >;
        for (const id of made)
          expect(list.corrections.find((c) => c.id === id)).toMatchObject({
            applied: true,
            orphaned: false,
          });
      } finally {
        for (const id of made.reverse())
          expect((await request(app).delete(`/api/corrections/${id}`)).status).toBe(200);
        await snapshot.restore();
      }
    },
  );
});
