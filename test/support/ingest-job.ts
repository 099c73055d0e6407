/**
 * Follows an ingest job of an in-process app (`GET /api/ingest/jobs/:id`) until it is done or
 * failed, for the tests that start one; bounded, so a job that never ends fails the test.
 */
import request from 'supertest';
import type { Express } from 'express';
import type { IngestJob } from '../../api/ingest';

export async function waitForJob(app: Express, id: string, tries = 1500): Promise<IngestJob> {
  for (let i = 0; i < tries; i += 1) {
    const job = (await request(app).get(`/api/ingest/jobs/${id}`)).body as IngestJob;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`ingest job ${id} did not finish`);
}
