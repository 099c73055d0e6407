/**
 * Cuts a batch's graph document into one document per uploaded file: that file's articles,
 * the relationships whose provenance is one of them, and every node those touch. Each is
 * written in one transaction, so a file that fails leaves nothing of itself and does not stop
 * the others; a person two files mention is in both documents, with the same id, and merged
 * once by the loader. Pure.
 */
import type { GraphDocument, GraphNode } from '../../model/graph-document';

export function documentOfArticles(
  batch: GraphDocument,
  articleIds: ReadonlySet<string>,
  input: string,
): GraphDocument {
  const relationships = batch.relationships.filter((r) => articleIds.has(r.properties.source));
  const ids = new Set(articleIds);
  for (const r of relationships) {
    ids.add(r.from);
    ids.add(r.to);
  }
  return {
    version: 1,
    inputs: [input],
    nodes: batch.nodes.filter((n: GraphNode) => ids.has(n.id)),
    relationships,
  };
}
