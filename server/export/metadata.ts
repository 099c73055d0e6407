/**
 * The small header every export carries: what was exported (the source: node ids and hops,
 * or the query and its parameters), when, by what, and how big. Writers embed it in their own
 * way (a JSON object, XML description, Cypher or CSV comments).
 */
import type { ExportGraph } from './model';
import { toPlain, type Plain } from '../../platform/neo4j/values';

export function metadata(graph: ExportGraph): Record<string, Plain> {
  const { meta, schema } = graph;
  return {
    format: meta.format,
    exportedAt: meta.exportedAt,
    generator: meta.generator,
    ...(meta.name ? { name: meta.name } : {}),
    // The relationship ids only narrow the node ids: the counts below say what came of them.
    source: toPlain({ ...meta.source, edgeIds: undefined }),
    nodes: schema.nodeCount,
    relationships: schema.relCount,
    labels: schema.labels,
    types: schema.types,
    ...(schema.mixedKeys.length ? { mixedTypeKeys: schema.mixedKeys } : {}),
  };
}

/** One line describing the export, for comments and descriptions. */
export function summaryLine(graph: ExportGraph): string {
  const { meta, schema } = graph;
  const what =
    meta.source.kind === 'query'
      ? `the result of a Cypher query`
      : `${meta.source.nodeIds?.length ?? 0} node id(s)`;
  return `${schema.nodeCount} nodes and ${schema.relCount} relationships from ${what}, ${meta.source.hops} hop(s), exported ${meta.exportedAt} by ${meta.generator}`;
}
