/**
 * The ingest jobs: an in-memory registry (jobs are lost when the server restarts; the graph
 * keeps what they wrote) and one queue, so batches are prepared and written one at a time and
 * a preview is never computed against a graph another batch is half-way through changing. A
 * dry run and a job prepare their batch alike, in the warm ingest worker and against the graph
 * as extracted (the dry run reads it through the corrections' extracted view, the job takes the
 * corrections off for real around its write), so the preview is what the job writes. A job
 * then writes each document in one transaction, bounded in time: a failed document writes
 * nothing and does not stop the others. Finished jobs are kept for an hour, at most MAX_JOBS.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { readStatement, type Db } from '../../platform/neo4j/db';
import type { CypherLibrary } from '../../platform/cypher/loader';
import type { Logger } from '../../platform/logger';
import { loadGraphDocument } from '../../platform/load/load-graph';
import { sharedCorrectionEngine } from '../../platform/corrections/engine';
import type { DocumentPreview, IngestJob } from '../../api/ingest';
import type { PreparedDocument, UploadedFile } from '../../api/ingest-worker';
import { ingestWorker, type LookupRows } from './prepare-in-worker';
import { asCorrected, correctedIds } from './as-corrected';

const KEEP_MS = 60 * 60 * 1000;
const MAX_JOBS = 200;

/**
 * How long writing one document may take. A report is written in well under a second; past
 * this, something else holds what it needs (a lock of another writer), and waiting for ever
 * would stop every batch behind it in the queue.
 */
export const WRITE_TIMEOUT_MS = 60_000;

/**
 * Why Neo4j did not take a document: a code and words a user can act on. A transaction past
 * its timeout is ended by the server, which reports it as timed out, or, when it was waiting
 * for a lock at that moment, as a lock client stopped: both are the time limit.
 */
function whyNotWritten(
  error: unknown,
  elapsedMs: number,
  timeoutMs: number,
): { code: string; why: string } {
  const code = (error as { code?: unknown }).code;
  const ended = typeof code === 'string' && /TimedOut|LockClientStopped|Terminated/.test(code);
  if (ended && elapsedMs >= timeoutMs)
    return {
      code: 'write-timeout',
      why: `writing it took longer than ${timeoutMs / 1000} s (another write held what it needed) and was stopped; add it again`,
    };
  return { code: 'load-failed', why: `the graph refused it (${(error as Error).message})` };
}

export interface IngestJobs {
  newId(): string;
  /** Starts the worker now (while the upload is received), if it is not warm already. */
  warm(): void;
  /** Runs a dry run in the queue: the preview, nothing written. */
  preview(files: UploadedFile[], dir: string): Promise<DocumentPreview[]>;
  /** Queues a job that writes the batch; answers its id at once. */
  start(id: string, files: UploadedFile[], dir: string): void;
  get(id: string): IngestJob | undefined;
  /** Ends the warm worker. */
  close(): Promise<void>;
}

export function ingestJobs(deps: { db: Db; cypher: CypherLibrary; log: Logger }): IngestJobs {
  const worker = ingestWorker(deps.cypher);
  const fromDatabase: LookupRows = async (statement, params) =>
    (await readStatement(deps.db, statement, params as never)).map((r) => r.toObject());
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

  const timeoutMs = WRITE_TIMEOUT_MS;

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
      const started = Date.now();
      try {
        // One transaction for the whole document: it is written entirely or not at all.
        await loadGraphDocument(deps.db, deps.cypher, document, {
          chunkElements: Number.MAX_SAFE_INTEGER,
          timeoutMs,
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
          code: (error as { code?: unknown }).code,
          ms: Date.now() - started,
          error: (error as Error).message,
        });
        const { code, why } = whyNotWritten(error, Date.now() - started, timeoutMs);
        job.summary.failed.push({
          file: preview.file,
          code,
          message: `${preview.file}: ${why}; nothing of it was written`,
        });
      }
      job.progress.done += 1;
    }
    job.summary.added.people = [...new Set(job.summary.added.people)];
  }

  return {
    newId: () => `job-${randomUUID()}`,
    warm: () => worker.warm(),
    preview: (files, dir) =>
      enqueue(async () => {
        const corrections = sharedCorrectionEngine(deps.db, deps.cypher);
        const view = corrections.extractedView();
        let prepared: PreparedDocument[];
        try {
          prepared = await worker.prepare(files, view.read);
        } finally {
          await view.close();
        }
        const previews = await asCorrected(
          corrections,
          prepared.map((p) => p.preview),
        );
        return previews;
      }).finally(() => fs.rmSync(dir, { recursive: true, force: true })),
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
            const prepared = await worker.prepare(files, fromDatabase, (read) => {
              job.progress.read = read;
            });
            fs.rmSync(dir, { recursive: true, force: true });
            await write(job, prepared);
          });
          // After the replay: the summary says what the corrections made of the known people.
          const corrections = sharedCorrectionEngine(deps.db, deps.cypher);
          job.summary.documents = await asCorrected(corrections, job.summary.documents);
          const ids = correctedIds(job.summary.documents);
          job.summary.added.people = [
            ...new Set(
              job.summary.added.people.flatMap((id) => {
                const now = ids.has(id) ? ids.get(id) : id;
                return now ? [now] : [];
              }),
            ),
          ];
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
    close: () => worker.close(),
  };
}
