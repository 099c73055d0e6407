/**
 * Cytoscape element data for exported nodes and relationships, the same shape the API returns
 * (see graph/elements.ts): `label` is the primary label, `name` a display name, and the
 * relationship property `source` (the article id) becomes `article` because Cytoscape keeps
 * `source` for the edge's start node. Shared by the JSON and HTML writers.
 */
import type { EdgeData, NodeData } from '../graph/elements';
import { displayName } from '../../model/display-name';
import { primaryLabel } from '../../model/labels';
import { plainProperties } from '../../platform/neo4j/values';
import type { ExportNode, ExportRel } from './model';

export function nodeElement(node: ExportNode): { data: NodeData } {
  const properties = plainProperties(node.properties);
  return {
    data: {
      ...properties,
      id: node.id,
      label: primaryLabel(node.labels),
      labels: [...node.labels],
      name: displayName(properties, node.id),
    },
  };
}

export function edgeElement(rel: ExportRel): { data: EdgeData } {
  const { source: article, ...properties } = plainProperties(rel.properties);
  return {
    data: {
      ...properties,
      ...(article !== undefined ? { article } : {}),
      id: rel.id,
      source: rel.start,
      target: rel.end,
      type: rel.type,
    },
  };
}
