/**
 * The ingest jobs: an in-memory registry (jobs are lost when the server restarts; the graph
 * keeps what they wrote) and one queue, so batches are prepared and written one at a time and
 * a preview is never computed against a graph another batch is half-way through changing. A
 * job prepares its batch in the worker (the same preparation as a dry run), then writes each
 * document in one transaction: a failed document writes nothing and does not stop the others.
 * Finished jobs are kept for an hour, at most MAX_JOBS of them.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../platform/neo4j/db';
import type { CypherLibrary } from '../../platform/cypher/loader';
import type { Logger } from '../../platform/logger';
import { loadGraphDocument } from '../../platform/load/load-graph';
import { sharedCorrectionEngine } from '../../platform/corrections/engine';
import type { IngestJob } from '../../api/ingest';
import type { PreparedDocument, UploadedFile } from '../../api/ingest-worker';
import { prepareInWorker } from './prepare-in-worker';

const KEEP_MS = 60 * 60 * 1000;
const MAX_JOBS = 200;

export interface IngestJobs {
  newId(): string;
  /** Runs a dry run in the queue: the preview, nothing written. */
  preview(files: UploadedFile[], dir: string): Promise<PreparedDocument[]>;
  /** Queues a job that writes the batch; answers its id at once. */
  start(id: string, files: UploadedFile[], dir: string): void;
  get(id: string): IngestJob | undefined;
}

export function ingestJobs(deps: { db: Db; cypher: CypherLibrary; log: Logger }): IngestJobs {
  const jobs = new Map<string, { job: IngestJob; finished?: number }>();
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const prune = () => {
    const now = Date.now();
    for (const [id, entry] of jobs)
      if ((entry.finished && now - entry.finished > KEEP_MS) || jobs.size > MAX_JOBS)
        if (entry.finished) jobs.delete(id);
  };

  /**
   * Analysts' corrections come off before the batch is prepared and go back on after it is
   * written, as for `npm run ingest` (docs/corrections.md): the batch is reconciled with, and
   * written onto, the extracted graph, so a corrected name never becomes extracted data and a
   * re-extracted article never overwrites a correction.
   */
  async function withoutCorrections<T>(job: IngestJob, work: () => Promise<T>): Promise<T> {
    const corrections = sharedCorrectionEngine(deps.db, deps.cypher);
    await corrections.revert();
    try {
      return await work();
    } finally {
      const replayed = await corrections.replay();
      if (replayed.orphaned > 0)
        deps.log.warn('ingest: corrections orphaned by the load', { job: job.id, ...replayed });
    }
  }

  async function write(job: IngestJob, prepared: PreparedDocument[]): Promise<void> {
    job.summary.documents = prepared.map((p) => p.preview);
    for (const { preview, document } of prepared) {
      if (!document || !preview.ok) {
        const error = preview.error ?? { code: 'failed', message: `${preview.file}: not read` };
        job.summary.failed.push({ file: preview.file, ...error });
        job.progress.done += 1;
        continue;
      }
      const before = job.progress.elements;
      try {
        // One transaction for the whole document: it is written entirely or not at all.
        await loadGraphDocument(deps.db, deps.cypher, document, {
          chunkElements: Number.MAX_SAFE_INTEGER,
          onProgress: (p) => (job.progress.elements = before + p.done),
        });
        job.summary.written += 1;
        for (const a of preview.articles) {
          job.summary.added.articles.push(a.id);
          if (a.event) job.summary.added.events.push(a.event.id);
          job.summary.added.people.push(...a.speakers.map((s) => s.id));
        }
      } catch (error) {
        job.progress.elements = before;
        deps.log.warn('ingest: a document failed to load', {
          job: job.id,
          file: preview.file,
          error: (error as Error).message,
        });
        job.summary.failed.push({
          file: preview.file,
          code: 'load-failed',
          message: `${preview.file}: the graph refused it (${(error as Error).message}); nothing of it was written`,
        });
      }
      job.progress.done += 1;
    }
    job.summary.added.people = [...new Set(job.summary.added.people)];
  }

  return {
    newId: () => `job-${randomUUID()}`,
    preview: (files, dir) =>
      enqueue(() => prepareInWorker(deps.db, deps.cypher, files)).finally(() =>
        fs.rmSync(dir, { recursive: true, force: true }),
      ),
    start(id, files, dir) {
      prune();
      const job: IngestJob = {
        id,
        state: 'queued',
        progress: { documents: files.length, read: 0, done: 0, elements: 0 },
        summary: {
          written: 0,
          failed: [],
          added: { articles: [], events: [], people: [] },
          documents: [],
        },
      };
      const entry: { job: IngestJob; finished?: number } = { job };
      jobs.set(id, entry);
      void enqueue(async () => {
        job.state = 'running';
        try {
          await withoutCorrections(job, async () => {
            const prepared = await prepareInWorker(deps.db, deps.cypher, files, (read) => {
              job.progress.read = read;
            });
            fs.rmSync(dir, { recursive: true, force: true });
            await write(job, prepared);
          });
          job.state = 'done';
        } catch (error) {
          deps.log.error('ingest: job failed', { job: id, error: (error as Error).message });
          job.state = 'failed';
          job.error = `the batch could not be prepared (${(error as Error).message}); nothing was written`;
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
          entry.finished = Date.now();
        }
      });
    },
    get: (id) => jobs.get(id)?.job,
  };
}
