/**
 * Runs the preparation of a batch in the ingest worker (seed/ingest/worker.mjs), a worker
 * thread started by file path: the extraction stack (compromise, pdfjs, mammoth …) stays out
 * of the server's module graph and its main thread, and a large PDF is read under the
 * worker's own heap limit. The worker's graph lookups are answered here from the server's
 * database, limited to the three named read statements of api/ingest-worker.ts.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '../../platform/neo4j/db';
import { readStatement } from '../../platform/neo4j/db';
import type { CypherLibrary } from '../../platform/cypher/loader';
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

export async function prepareInWorker(
  db: Db,
  cypher: CypherLibrary,
  files: UploadedFile[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PreparedDocument[]> {
  const worker = new Worker(INGEST_WORKER, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const send = (message: ToIngestWorker) => worker.postMessage(message);
  try {
    return await new Promise<PreparedDocument[]>((resolve, reject) => {
      worker.on('message', (message: FromIngestWorker) => {
        if (message.type === 'prepared') resolve(message.documents);
        else if (message.type === 'failed') reject(new Error(`ingest worker: ${message.message}`));
        else if (message.type === 'progress') onProgress(message.done, message.total);
        else if (!(INGEST_LOOKUPS as readonly string[]).includes(message.statement))
          send({ type: 'rows', id: message.id, error: `no lookup "${message.statement}"` });
        else
          readStatement(db, cypher.get(message.statement), message.params as never).then(
            (records) =>
              send({
                type: 'rows',
                id: message.id,
                rows: records.map((r) => r.toObject() as Record<string, unknown>),
              }),
            (error: Error) => send({ type: 'rows', id: message.id, error: error.message }),
          );
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`ingest worker exited with code ${code}`)));
      send({ type: 'prepare', files });
    });
  } finally {
    await worker.terminate();
  }
}
