/**
 * Fills the loader's Cypher templates (cypher/seed/*.cypher) with labels and relationship
 * types. Cypher cannot take a label as a parameter and still use the id constraints (a
 * dynamic `$(label)` MERGE plans an all-nodes scan in Neo4j 5.26), so the loader writes one
 * statement per label. Only names from the graph model's closed lists are accepted: nothing
 * read from a document or a user ever reaches the statement text.
 */
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../model/graph-document';

function checked<T extends string>(kind: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`loader template: unknown ${kind} "${value}" (known: ${allowed.join(', ')})`);
  return value as T;
}

/** `text` with `__LABEL__` replaced by a model label. */
export function nodeStatement(text: string, label: NodeLabel): string {
  return text.replaceAll('__LABEL__', checked('label', label, NODE_LABELS));
}

/** `text` with `__TYPE__` replaced by a model relationship type. */
export function typeStatement(text: string, type: RelationshipType): string {
  return text.replaceAll('__TYPE__', checked('relationship type', type, RELATIONSHIP_TYPES));
}

/** `text` with `__TYPE__`, `__FROM__` and `__TO__` replaced by model names. */
export function relationshipStatement(
  text: string,
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
): string {
  return text
    .replaceAll('__TYPE__', checked('relationship type', type, RELATIONSHIP_TYPES))
    .replaceAll('__FROM__', checked('label', from, NODE_LABELS))
    .replaceAll('__TO__', checked('label', to, NODE_LABELS));
}
