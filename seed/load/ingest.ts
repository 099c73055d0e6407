/**
 * Prepares freshly extracted articles for adding to an existing graph, for `npm run ingest`:
 * first gives them ids the graph does not already use for other content (an article id
 * holding another text, an event or claim id reported by another article), so two unrelated
 * reports never MERGE into one node; then reconciles their people and organizations with
 * those already there (see reconcile.ts). Events are never matched against the graph's: each
 * article's event is its own. It does not write: the loader does. It reads the graph through
 * `ReadRows`, three named read statements: in `npm run ingest` straight from the database,
 * in the server's ingest worker by asking the server's thread (seed/ingest/worker.ts).
 */
import type { Db } from '../../platform/neo4j/db';
import { readStatement } from '../../platform/neo4j/db';
import type { CypherLibrary, RowOf } from '../../platform/cypher/loader';
import type { GraphDocument } from '../../model/graph-document';
import type { IngestLookup } from '../../api/ingest-worker';
import { reconcileWithGraph, type KnownEntity, type Reconciliation } from './reconcile';

/** The read statements preparing an ingest needs (the list is api/ingest-worker.ts's). */
export type LookupStatement = IngestLookup;

/**
 * Runs one lookup statement and answers its rows as plain objects, typed by the statement's
 * `// @returns` columns (all three return strings and lists of strings, so they cross a worker's
 * message port unchanged).
 */
export type ReadRows = <S extends LookupStatement>(
  statement: S,
  params: Record<string, unknown>,
) => Promise<RowOf<S>[]>;

/** ReadRows straight from a database. */
export function databaseRows(db: Db, cypher: CypherLibrary): ReadRows {
  return async (statement, params) => {
    const records = await readStatement(db, cypher.get(statement), params as never);
    return records.map((r) => r.toObject());
  };
}

export async function knownEntities(read: ReadRows): Promise<KnownEntity[]> {
  const rows = await read('seed-known-entities', {});
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    name: r.name,
    aliases: r.aliases,
  }));
}

/** The document's article, event and claim ids that the graph gives to other content. */
export async function takenIds(read: ReadRows, document: GraphDocument): Promise<string[]> {
  const eventSource = new Map(
    document.relationships
      .filter((r) => r.type === 'REPORTED_IN' && r.from.startsWith('event:'))
      .map((r) => [r.from, r.to]),
  );
  const rows = (label: string) => document.nodes.filter((n) => n.label === label);
  const records = await read('seed-taken-ids', {
    articles: rows('Article').map((n) => ({ id: n.id, text: n.properties.text })),
    events: rows('Event').map((n) => ({ id: n.id, source: eventSource.get(n.id) ?? null })),
    claims: rows('Claim').map((n) => ({ id: n.id, source: n.properties.source })),
  });
  return records.map((r) => r.id);
}

/** Texts of the batch the graph already holds, each with its article's id. */
export async function knownArticles(
  read: ReadRows,
  candidates: { ids: string[]; text: string }[],
): Promise<Map<string, string>> {
  const texts = new Set(candidates.map((c) => c.text));
  const records = await read('seed-known-articles', {
    ids: [...new Set(candidates.flatMap((c) => c.ids))],
  });
  const known = new Map<string, string>();
  for (const r of records) {
    const text = r.text;
    if (texts.has(text) && !known.has(text)) known.set(text, r.id);
  }
  return known;
}

export interface Assembly {
  takenIds: ReadonlySet<string>;
  knownArticles: ReadonlyMap<string, string>;
}

/**
 * `extract(assembly)` builds the document (the CLI analyses the files once, before it opens
 * the database, so bad input touches nothing, and assembles from the same analyses each time).
 * Texts the graph already holds keep their articles' ids (`candidates`: each article's possible
 * earlier ids and its text). When some other ids are taken, the document is built again with
 * those reserved; each round reserves at least one more id that the graph holds, so it ends.
 * The same files against the same graph give the same ids: ingesting a file twice, or a folder
 * of known reports in another order, changes nothing.
 */
export async function ingestDocument(
  read: ReadRows,
  extract: (assembly: Assembly) => GraphDocument,
  candidates: { ids: string[]; text: string }[] = [],
): Promise<Reconciliation & { knownArticles: string[] }> {
  const known = await knownArticles(read, candidates);
  const reserved = new Set<string>();
  let document = extract({ takenIds: reserved, knownArticles: known });
  for (;;) {
    const clashes = (await takenIds(read, document)).filter((id) => !reserved.has(id));
    if (clashes.length === 0) break;
    for (const id of clashes) reserved.add(id);
    document = extract({ takenIds: reserved, knownArticles: known });
  }
  return {
    ...reconcileWithGraph(document, await knownEntities(read)),
    // Articles whose text the graph already holds: writing them again changes nothing.
    knownArticles: [...known.values()],
  };
}
