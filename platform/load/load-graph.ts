/**
 * Writes a graph document into Neo4j: the loader behind `npm run seed`, `npm run ingest`,
 * start-up seeding and the test set-up. Each chunk of whole articles (see plan.ts) is one
 * explicit write transaction of UNWIND batches, committed only when all of it is written, so
 * a failure or an abort rolls back the chunk in flight and never leaves half an article.
 * MERGE on ids makes a rerun change nothing. It validates the document first: a bad document
 * is refused before anything is written. It does not read files or extract text.
 */
import neo4j, { type Transaction } from 'neo4j-driver';
import type { Db } from '../neo4j/db';
import type { CypherLibrary } from '../cypher/loader';
import type { GraphDocument } from '../../model/graph-document';
import { assertValidGraphDocument } from './validate-graph-document';
import { DEFAULT_CHUNK_ELEMENTS, planLoad, type LoadChunk } from './plan';
import { nodeStatement, relationshipStatement } from './templates';
import { LoadAbortedError, LoadError } from './errors';

export { LoadAbortedError, LoadError };

export interface LoadProgress {
  /** Elements written and committed so far, and in all. */
  done: number;
  total: number;
  chunk: number;
  chunks: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Aborting rolls back the chunk in flight; chunks already committed stay (whole articles). */
  signal?: AbortSignal;
  chunkElements?: number;
  /** Rows per UNWIND statement. */
  batchRows?: number;
  /** Skip validation when the caller has just validated the same document. */
  trusted?: boolean;
  /**
   * Server-side timeout of each chunk's transaction: past it Neo4j ends the transaction (one
   * waiting on a lock another writer holds, too) and the chunk is rolled back. None if omitted.
   */
  timeoutMs?: number;
}

export interface Tally {
  rows: number;
  created: number;
  updated: number;
}

export interface LoadSummary {
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  articles: number;
  chunks: number;
  elapsedMs: number;
}

function addTally(into: Record<string, Tally>, key: string, row: Tally): void {
  const t = (into[key] ??= { rows: 0, created: 0, updated: 0 });
  t.rows += row.rows;
  t.created += row.created;
  t.updated += row.updated;
}

async function runBatch(tx: Transaction, text: string, rows: unknown[]): Promise<Tally> {
  const result = await tx.run(text, { rows });
  const record = result.records[0];
  const num = (key: string) => Number(record?.get(key) ?? 0);
  return { rows: num('rows'), created: num('created'), updated: num('updated') };
}

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Sends every batch of a chunk without waiting for the one before: the driver pipelines them
 * in the transaction (the server still runs them in order, nodes first), so building the next
 * batch's parameters overlaps the database's work. On this 2-core machine that is 2–3× faster
 * than awaiting each batch. An abort takes effect before the commit.
 */
async function writeChunk(
  tx: Transaction,
  cypher: CypherLibrary,
  chunk: LoadChunk,
  batchRows: number,
  summary: LoadSummary,
  signal?: AbortSignal,
): Promise<void> {
  const nodeText = cypher.get('seed-merge-nodes').text;
  const relText = cypher.get('seed-merge-relationships').text;
  const pending: Promise<{ kind: 'nodes' | 'relationships'; key: string; tally: Tally }>[] = [];
  for (const group of chunk.nodes) {
    const text = nodeStatement(nodeText, group.label);
    for (const rows of batches(group.rows, batchRows))
      pending.push(
        runBatch(tx, text, rows).then((tally) => ({ kind: 'nodes', key: group.label, tally })),
      );
  }
  for (const group of chunk.relationships) {
    const text = relationshipStatement(relText, group.type, group.from, group.to);
    for (const rows of batches(group.rows, batchRows))
      pending.push(
        runBatch(tx, text, rows).then((tally) => {
          if (tally.rows !== rows.length)
            throw new LoadError(
              `load: ${rows.length - tally.rows} ${group.type} relationship(s) from ${group.from} to ${group.to} found no endpoint in the graph; nothing of this chunk was kept`,
            );
          return { kind: 'relationships', key: group.type, tally };
        }),
      );
  }
  const settled = await Promise.allSettled(pending);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  if (signal?.aborted) throw new LoadAbortedError(summary.chunks);
  await tx.commit();
  // Counted only once the chunk is committed, so the summary never reports rolled-back work.
  for (const s of settled)
    if (s.status === 'fulfilled') addTally(summary[s.value.kind], s.value.key, s.value.tally);
}

export async function loadGraphDocument(
  db: Db,
  cypher: CypherLibrary,
  document: GraphDocument,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  if (!options.trusted) assertValidGraphDocument(document);
  const chunks = planLoad(document, options.chunkElements ?? DEFAULT_CHUNK_ELEMENTS);
  const total = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
  const summary: LoadSummary = {
    nodes: {},
    relationships: {},
    articles: 0,
    chunks: 0,
    elapsedMs: 0,
  };
  let done = 0;
  options.onProgress?.({ done, total, chunk: 0, chunks: chunks.length });
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    for (const chunk of chunks) {
      if (options.signal?.aborted) throw new LoadAbortedError(summary.chunks);
      const tx = session.beginTransaction({
        metadata: { app: 'explorer', statement: 'seed-load' },
        ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
      });
      try {
        await writeChunk(tx, cypher, chunk, options.batchRows ?? 5000, summary, options.signal);
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
      summary.chunks += 1;
      summary.articles += chunk.articles.length;
      done += chunk.size;
      options.onProgress?.({ done, total, chunk: summary.chunks, chunks: chunks.length });
    }
  } finally {
    await session.close();
  }
  // A node shared by several chunks is merged once per chunk: count it once.
  const perLabel = new Map<string, number>();
  for (const node of document.nodes) perLabel.set(node.label, (perLabel.get(node.label) ?? 0) + 1);
  for (const [label, tally] of Object.entries(summary.nodes)) tally.rows = perLabel.get(label) ?? 0;
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/**
 * Deletes the extracted graph in batches; saved queries and corrections stay, the corrections
 * marked as not in effect (their before-states went with the graph) until the next replay.
 */
export async function clearGraph(db: Db, cypher: CypherLibrary): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher.get('seed-clear-graph').text);
    await session.run(cypher.get('corrections-mark-unapplied').text);
  } finally {
    await session.close();
  }
}
