/**
 * Prepares a freshly extracted document for adding to an existing graph: reads the people and
 * organizations already there and reconciles the document with them (see reconcile.ts).
 */
import type { Db } from '../../server/neo4j/db';
import { readStatement } from '../../server/neo4j/db';
import type { CypherLibrary } from '../../server/cypher/loader';
import type { GraphDocument } from '../graph-document';
import { reconcileWithGraph, type KnownEntity, type Reconciliation } from './reconcile';

export async function knownEntities(db: Db, cypher: CypherLibrary): Promise<KnownEntity[]> {
  const records = await readStatement(db, cypher.get('seed-known-entities'));
  return records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as KnownEntity['label'],
    name: r.get('name') as string,
    aliases: r.get('aliases') as string[],
  }));
}

export async function ingestDocument(
  db: Db,
  cypher: CypherLibrary,
  document: GraphDocument,
): Promise<Reconciliation> {
  return reconcileWithGraph(document, await knownEntities(db, cypher));
}
