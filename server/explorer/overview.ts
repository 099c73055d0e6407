/**
 * `GET /api/overview`: the client's first view — every event (by date) with its speakers,
 * organizers and places, as Cytoscape elements, capped at `limit` nodes with a `truncated`
 * flag, plus the graph's counts per model label and relationship type for the legend and
 * filters. Events are taken first so a cap never hides an event behind its speakers; the
 * statement reads no more events than the cap, so a large graph's first view costs no more.
 */
import { int, type Node } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain } from '../../platform/neo4j/values';
import { nodeData, edgeData, type EdgeData, type NodeData } from '../graph/elements';
import { OverviewQuery, type OverviewResponse } from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';

export async function overview(
  db: Db,
  cypher: CypherLibrary,
  query: Query,
): Promise<OverviewResponse> {
  const { limit } = await parseQuery('overview', OverviewQuery, query);
  const records = await readStatement(db, cypher.get('explorer-overview'), { limit: int(limit) });
  const nodes = new Map<string, NodeData>();
  const idByEid = new Map<string, string>();
  let truncated = false;
  const add = (node: Node): boolean => {
    if (idByEid.has(node.elementId)) return true;
    if (nodes.size >= limit) {
      truncated = true;
      return false;
    }
    const data = nodeData(node);
    nodes.set(data.id, data);
    idByEid.set(node.elementId, data.id);
    return true;
  };
  for (const record of records) add(record.get('e'));
  const edges = new Map<string, EdgeData>();
  for (const record of records) {
    for (const [rel, other] of record.get('links')) {
      if (!rel || !other || !add(other)) continue;
      const source = idByEid.get(rel.startNodeElementId);
      const target = idByEid.get(rel.endNodeElementId);
      if (!source || !target) continue;
      const data = edgeData(rel, source, target);
      edges.set(data.id, data);
    }
  }
  const [counts] = await readStatement(db, cypher.get('explorer-graph-counts'));
  return {
    elements: {
      nodes: [...nodes.values()].map((data) => ({ data })),
      edges: [...edges.values()].map((data) => ({ data })),
    },
    truncated,
    limit,
    graph: {
      labels: toPlain(counts?.get('labels') ?? []) as { label: string; count: number }[],
      relationshipTypes: toPlain(counts?.get('relationshipTypes') ?? []) as {
        type: string;
        count: number;
      }[],
    },
  };
}
