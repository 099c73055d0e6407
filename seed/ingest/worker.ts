/**
 * The server's ingest worker (a worker thread the server starts by file path, see
 * api/ingest-worker.ts): prepares one batch with prepare-batch.ts and answers it. Its three
 * graph lookups go to the server's thread as messages, so the worker opens no database
 * connection of its own. The server keeps it warm and sends it batch after batch, one at a
 * time; it ends the worker when it has been idle a while or after a batch that failed.
 */
import { parentPort } from 'node:worker_threads';
import type { FromIngestWorker, IngestLookup, ToIngestWorker } from '../../api/ingest-worker';
import type { RowOf } from '../../platform/cypher/loader';
import type { ReadRows } from '../load/ingest';
import { prepareBatch } from './prepare-batch';

const port = parentPort;
if (!port) throw new Error('seed/ingest/worker.ts runs as a worker thread of the server');

const send = (message: FromIngestWorker) => port.postMessage(message);
const pending = new Map<
  number,
  { resolve: (rows: Record<string, unknown>[]) => void; reject: (e: Error) => void }
>();
let next = 0;

// The server runs the statement (databaseRows) and posts its rows back: they are the
// statement's rows, typed again here, where they cross the port.
const read: ReadRows = <S extends IngestLookup>(statement: S, params: Record<string, unknown>) =>
  new Promise<RowOf<S>[]>((resolve, reject) => {
    const id = (next += 1);
    pending.set(id, { resolve: (rows) => resolve(rows as RowOf<S>[]), reject });
    send({ type: 'read', id, statement, params });
  });

port.on('message', (message: ToIngestWorker) => {
  if (message.type === 'rows') {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(new Error(message.error));
    else waiting?.resolve(message.rows ?? []);
    return;
  }
  prepareBatch(message.files, read, (done, total) => send({ type: 'progress', done, total }))
    .then((documents) => send({ type: 'prepared', documents }))
    .catch((error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
});
