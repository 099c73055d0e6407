/**
 * A document whose write fails half way, on the run's shared Neo4j: while the test holds, in a
 * transaction of its own, the unique-id lock of the article one document of a batch is about
 * to create (an uncommitted node with that id, as a concurrent writer would), the job's
 * transaction for that document waits on it until the job's write timeout ends it. That
 * document must leave nothing of itself (no article, event, claim, new person, relationship)
 * while the batch's other documents are written, and the job's summary names the file that
 * failed and why. What this file adds is removed at the end.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { IngestJob, IngestPreview } from '../api/ingest';
import { testApp, testDriver, testNeo4j } from './support/neo4j';
import { graphSnapshot } from './support/graph-snapshot';
import { docxOf, multipart, pdfOf, wireText, type Part } from './support/ingest-documents';
import { waitForJob } from './support/ingest-job';

const driver = testDriver();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-write-failure-'));
// The server's own time limit (a minute): a shorter one made documents nothing held up fail
// too on a loaded 2-core machine, where a first write plans its statements (20 s was seen).
const app = testApp(driver, { ingest: { dataDir } });
const database = testNeo4j().database;

afterAll(async () => {
  await driver.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function post(parts: Part[], query = '') {
  const { body, contentType } = multipart(parts);
  return request(app).post(`/api/ingest${query}`).set('Content-Type', contentType).send(body);
}

/** Nodes with these ids, and relationships whose provenance is one of these articles. */
async function present(ids: string[], articles: string[]) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE n.id IN $ids RETURN collect(n.id) AS nodes }
     CALL () { MATCH ()-[r]->() WHERE r.source IN $articles RETURN count(r) AS rels }
     CALL () { MATCH (c:Claim) WHERE c.source IN $articles RETURN count(c) AS claims }
     RETURN nodes, rels, claims`,
    { ids, articles },
    { database },
  );
  const row = records[0]!;
  return {
    nodes: (row.get('nodes') as string[]).sort(),
    relationships: Number(row.get('rels')),
    claims: Number(row.get('claims')),
  };
}

describe('an ingest job whose write of one document fails half way', () => {
  it(
    'writes nothing of that document, writes the others, and says which failed and why',
    {
      timeout: 400_000,
    },
    async () => {
      const snapshot = await graphSnapshot(driver);
      const batch: Part[] = [
        { name: 'senate-hearing.txt', bytes: wireText('11-senate-hearing.txt') },
        { name: 'commencement day.pdf', bytes: await pdfOf(wireText('12-commencement.txt')) },
        { name: 'press-conference.docx', bytes: await docxOf(wireText('13-press-conference.txt')) },
      ];
      const dry = await post(batch, '?dryRun=true');
      expect(dry.status).toBe(200);
      const previews = (dry.body as IngestPreview).documents;
      expect(previews.map((d) => d.ok)).toEqual([true, true, true]);
      const idsOf = (i: number) => {
        const [a] = previews[i]?.articles ?? [];
        return {
          article: a?.id ?? '',
          all: [
            a?.id ?? '',
            a?.event?.id ?? '',
            ...(a?.people ?? []).filter((p) => p.status === 'new').map((p) => p.id),
          ],
        };
      };
      const blocked = idsOf(1);

      // Another writer holds the lock of the id the PDF's article is about to take.
      const holder = driver.session({ database });
      const tx = holder.beginTransaction();
      let job: IngestJob;
      try {
        await tx.run('CREATE (:Article {id: $id, title: "held by the test"})', {
          id: blocked.article,
        });
        const started = await post(batch);
        expect(started.status).toBe(202);
        job = await waitForJob(app, (started.body as { job: { id: string } }).job.id);
      } finally {
        await tx.rollback();
        await holder.close();
      }
      try {
        expect(job.state).toBe('done');
        expect(job.summary.failed.map((f) => [f.file, f.code])).toEqual([
          ['commencement day.pdf', 'write-timeout'],
        ]);
        expect(job.summary.written).toBe(2);
        const [failed] = job.summary.failed;
        expect(failed?.message.startsWith('commencement day.pdf: ')).toBe(true);
        expect(job.summary.added.articles).toEqual([idsOf(0).article, idsOf(2).article]);
        expect(job.progress).toMatchObject({ documents: 3, done: 3 });
        const written = [previews[0], previews[2]].reduce(
          (n, d) => n + (d?.elements.nodes ?? 0) + (d?.elements.relationships ?? 0),
          0,
        );
        expect(job.progress.elements).toBe(written);

        // Nothing of the blocked document, all of the others.
        expect(await present(blocked.all, [blocked.article])).toEqual({
          nodes: [],
          relationships: 0,
          claims: 0,
        });
        for (const i of [0, 2]) {
          const { all, article } = idsOf(i);
          const found = await present(all, [article]);
          expect(found.nodes).toEqual([...all].sort());
          expect(found.relationships).toBe(previews[i]?.elements.relationships);
          expect(found.claims).toBe(previews[i]?.articles[0]?.claims);
        }
      } finally {
        await snapshot.restore();
      }
    },
  );
});
