/**
 * Adding documents from the browser: `POST /api/ingest` (multipart, field `files`) answers the
 * preview with `?dryRun=true` (nothing written) or queues a job and answers `202 {job: {id}}`;
 * `GET /api/ingest/jobs/:id` answers its state, progress and summary. Writing needs the bearer
 * token when APP_TOKEN is set; a dry run does not, since it changes nothing. Uploads wait
 * under DATA_DIR/uploads/ and are removed once read. See docs/ingest-from-browser.md.
 */
import os from 'node:os';
import path from 'node:path';
import { Router, type RequestHandler } from 'express';
import type { AppDeps } from '../app';
import { notFound } from '../errors';
import { requireToken } from '../http/require-token';
import { parsePath, parseQuery } from '../http/request-schema';
import { IngestJobPath, IngestQuery } from '../../api/ingest';
import { DEFAULT_INGEST_LIMITS } from '../../platform/config';
import { ingestJobs } from '../ingest/jobs';
import { receiveUploads } from '../ingest/upload';

export function ingestRoutes(deps: AppDeps): Router {
  const router = Router();
  const jobs = ingestJobs(deps);
  const limits = deps.ingest?.limits ?? DEFAULT_INGEST_LIMITS;
  // An app built without a data directory (tests of other endpoints) keeps uploads in a
  // temporary one of its own rather than in the working directory.
  const dataDir = deps.ingest?.dataDir ?? path.join(os.tmpdir(), 'explorer-ingest');
  const uploads = path.join(path.resolve(dataDir), 'uploads');
  const guard = requireToken(deps);
  // Only a write needs the token; the query is read before the body.
  const guardWrites: RequestHandler = (req, res, next) =>
    req.query.dryRun === 'true' ? next() : guard(req, res, next);

  router.post('/ingest', guardWrites, async (req, res) => {
    const { dryRun } = await parseQuery('ingest', IngestQuery, req.query);
    const id = jobs.newId();
    const dir = path.join(uploads, id);
    // The worker loads the extraction stack while the files arrive.
    jobs.warm();
    const files = await receiveUploads(req, dir, limits);
    if (dryRun) {
      res.json({ documents: await jobs.preview(files, dir) });
      return;
    }
    jobs.start(id, files, dir);
    res.status(202).location(`/api/ingest/jobs/${id}`).json({ job: { id } });
  });

  router.get('/ingest/jobs/:id', (req, res) => {
    const { id } = parsePath('ingest job', IngestJobPath, req.params);
    const job = jobs.get(id);
    if (!job)
      throw notFound(
        `ingest job: no job "${id}" (jobs are kept in memory for an hour and lost on restart)`,
        { id, parameter: 'id' },
      );
    res.json(job);
  });

  return router;
}
