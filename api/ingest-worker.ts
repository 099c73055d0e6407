/**
 * The messages between the server and its ingest worker (seed/ingest/worker.ts), which the
 * server starts by file path in a worker thread so that the extraction stack never enters its
 * module graph. The worker reads and analyses the uploaded files and asks the server's thread
 * for the three lookups it needs (the server owns the database connection); it answers each
 * file's preview and, for a file that could be read, the graph document a job then writes.
 * Types only: nothing here runs.
 */
import type { GraphDocument } from '../model/graph-document';
import type { DocumentPreview } from './ingest';

/** The read statements the worker may ask for; the server runs no other. */
export const INGEST_LOOKUPS = [
  'seed-known-entities',
  'seed-taken-ids',
  'seed-known-articles',
] as const;
export type IngestLookup = (typeof INGEST_LOOKUPS)[number];

export interface UploadedFile {
  /** The file name the user gave (already checked: no path, no control characters). */
  name: string;
  /** Where the server stored it, under its data directory. */
  path: string;
}

export interface PreparedDocument {
  preview: DocumentPreview;
  /** This file's part of the batch, written in one transaction; absent when it failed. */
  document?: GraphDocument;
}

/** Server → worker. */
export type ToIngestWorker =
  | { type: 'prepare'; files: UploadedFile[] }
  | { type: 'rows'; id: number; rows?: Record<string, unknown>[]; error?: string };

/** Worker → server. */
export type FromIngestWorker =
  | { type: 'read'; id: number; statement: IngestLookup; params: Record<string, unknown> }
  | { type: 'progress'; done: number; total: number }
  | { type: 'prepared'; documents: PreparedDocument[] }
  | { type: 'failed'; message: string };
