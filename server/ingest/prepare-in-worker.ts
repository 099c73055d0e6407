/**
 * The server's ingest worker (seed/ingest/worker.mjs), a worker thread started by file path:
 * the extraction stack (compromise, pdfjs, mammoth …) stays out of the server's module graph
 * and its main thread, and a large PDF is read under the worker's own heap limit. Starting it
 * loads that stack, seconds of CPU, so one worker is kept warm and prepares batch after batch
 * (one at a time: the jobs' queue sees to that); it is started at the first upload, ended
 * after IDLE_MS without a batch, and replaced after any batch that failed or killed it, so a
 * hostile file costs at most its own batch. The worker's graph lookups are answered here,
 * limited to the three named read statements of api/ingest-worker.ts, through the `lookup`
 * each batch brings (the jobs read the database, a preview reads the extracted view).
 */
import { Worker } from 'node:worker_threads';
import type { CypherLibrary, CypherStatement } from '../../platform/cypher/loader';
import {
  INGEST_LOOKUPS,
  type FromIngestWorker,
  type PreparedDocument,
  type ToIngestWorker,
  type UploadedFile,
} from '../../api/ingest-worker';

/** The worker's entry, by path: a runtime boundary, not an import (docs/ingest-from-browser.md). */
export const INGEST_WORKER = new URL('../../seed/ingest/worker.mjs', import.meta.url);

/** Heap of the worker: a 20 MB PDF's text layer fits many times over. */
const WORKER_HEAP_MB = 768;

/** How long a warm worker waits for the next batch before it is ended (its heap given back). */
const IDLE_MS = 10 * 60 * 1000;

/** Runs one of the worker's lookup statements and answers its rows as plain objects. */
export type LookupRows = (
  statement: CypherStatement,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

export interface IngestWorker {
  /** Starts the worker if none is running, so that the next batch does not wait for it. */
  warm(): void;
  /** Prepares one batch; a second call while one runs is refused (the caller queues). */
  prepare(
    files: UploadedFile[],
    lookup: LookupRows,
    onProgress?: (done: number, total: number) => void,
  ): Promise<PreparedDocument[]>;
  /** Ends the worker now (the next batch starts another). */
  close(): Promise<void>;
}

interface Batch {
  onMessage(message: FromIngestWorker): void;
  fail(error: Error): void;
}

interface Slot {
  worker: Worker;
  batch?: Batch;
}

export function ingestWorker(cypher: CypherLibrary, idleMs = IDLE_MS): IngestWorker {
  let slot: Slot | undefined;
  let idle: NodeJS.Timeout | undefined;

  const end = (ending: Slot) => {
    if (slot === ending) slot = undefined;
    void ending.worker.terminate();
  };
  const start = (): Slot => {
    const started: Slot = {
      worker: new Worker(INGEST_WORKER, {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      }),
    };
    // An idle worker never keeps the process alive; one with a batch does (ref() below).
    started.worker.unref();
    started.worker.on('message', (message: FromIngestWorker) => started.batch?.onMessage(message));
    started.worker.on('error', (error) => {
      end(started);
      started.batch?.fail(error);
    });
    started.worker.on('exit', (code) => {
      if (slot === started) slot = undefined;
      started.batch?.fail(new Error(`ingest worker exited with code ${code}`));
    });
    return started;
  };
  const current = () => (slot ??= start());

  return {
    warm: () => void current(),

    prepare(files, lookup, onProgress = () => undefined) {
      clearTimeout(idle);
      const mine = current();
      if (mine.batch) return Promise.reject(new Error('ingest worker: a batch is already running'));
      const send = (message: ToIngestWorker) => mine.worker.postMessage(message);
      mine.worker.ref();
      return new Promise<PreparedDocument[]>((resolve, reject) => {
        mine.batch = {
          fail: reject,
          onMessage(message) {
            if (message.type === 'prepared') resolve(message.documents);
            else if (message.type === 'failed')
              reject(new Error(`ingest worker: ${message.message}`));
            else if (message.type === 'progress') onProgress(message.done, message.total);
            else if (!(INGEST_LOOKUPS as readonly string[]).includes(message.statement))
              send({ type: 'rows', id: message.id, error: `no lookup "${message.statement}"` });
            else
              lookup(cypher.get(message.statement), message.params).then(
                (rows) => send({ type: 'rows', id: message.id, rows }),
                (error: Error) => send({ type: 'rows', id: message.id, error: error.message }),
              );
          },
        };
        send({ type: 'prepare', files });
      }).then(
        (documents) => {
          mine.batch = undefined;
          mine.worker.unref();
          idle = setTimeout(() => end(mine), idleMs);
          idle.unref();
          return documents;
        },
        (error: unknown) => {
          // Whatever went wrong may have left the worker in a bad state: the next gets a new one.
          mine.batch = undefined;
          end(mine);
          throw error;
        },
      );
    },

    async close() {
      clearTimeout(idle);
      if (slot) await slot.worker.terminate();
      slot = undefined;
    },
  };
}
