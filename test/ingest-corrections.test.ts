/**
 * An ingest job from the browser (`POST /api/ingest`) takes analysts' corrections off before it
 * writes and puts them back after, as `npm run ingest` does (docs/corrections.md): a rename
 * made before the job is still in effect after it, though the job's article names the renamed
 * person and its load writes the extracted name again; the batch is prepared against the
 * extracted graph, so the corrected name never becomes extracted data (undo gives it back). What the test adds is removed at the end.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { IngestJob } from '../api/ingest';
import type { Static } from '@sinclair/typebox';
import type { Correction, CorrectionList } from '../api/corrections';
import { testApp, testDriver, testNeo4j } from './support/neo4j';
import { graphSnapshot } from './support/graph-snapshot';
import { multipart } from './support/ingest-documents';

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
      const jobId = (started.body as { job: { id: string } }).job.id;
      let job: IngestJob | undefined;
      for (let i = 0; i < 1200 && job?.state !== 'done' && job?.state !== 'failed'; i += 1) {
        await new Promise((r) => setTimeout(r, 200));
        job = (await request(app).get(`/api/ingest/jobs/${jobId}`)).body as IngestJob;
      }
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
});
