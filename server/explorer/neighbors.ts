/**
 * `GET /api/nodes/:id/neighbors`: one hop from a node as Cytoscape elements, one page at a
 * time, with totals per (type, direction, label) so the client can say "N more" and expand by
 * type. Types and labels from the request are checked against the model (and, for anything
 * else, the live schema) and travel to Cypher as list parameters, never as text.
 */
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain } from '../../platform/neo4j/values';
import { ElementCollector } from '../graph/elements';
import { NeighborsQuery, type NeighborGroup, type NeighborsResponse } from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { findNode } from './node-details';
import { MODEL_LABELS, primaryLabel } from '../../model/labels';

async function liveSchema(db: Db, cypher: CypherLibrary) {
  const [record] = await readStatement(db, cypher.get('workbench-schema'));
  return {
    labels: (record?.get('labels') ?? []).filter((l) => l !== 'SavedQuery'),
    types: record?.get('relationshipTypes') ?? [],
  };
}

export async function neighbors(
  db: Db,
  cypher: CypherLibrary,
  id: string,
  query: Query,
): Promise<NeighborsResponse> {
  const op = 'neighbors';
  // Labels and types outside the model are allowed when the live schema has them.
  const parsed = await parseQuery(op, NeighborsQuery, query, {
    types: async () => (await liveSchema(db, cypher)).types,
    labels: async () => (await liveSchema(db, cypher)).labels,
  });
  const { types = [], labels = [], direction, limit, offset } = parsed;
  const found = await findNode(db, cypher, id, op);

  const [record] = await readStatement(db, cypher.get('explorer-neighbors'), {
    eid: found.eid,
    types,
    labels,
    direction,
    modelLabels: MODEL_LABELS,
    offset: int(offset),
    limit: int(limit),
  });
  const elements = new ElementCollector();
  elements.add(found.node);
  const page = record?.get('page') ?? [];
  const total = record ? (toPlain(record.get('total')) as number) : 0;
  const returnedByGroup = new Map<string, number>();
  for (const { r, m } of page) {
    elements.add(m);
    elements.add(r);
    const out = r.startNodeElementId === found.eid;
    const key = `${r.type}|${out ? 'out' : 'in'}|${primaryLabel(m.labels)}`;
    returnedByGroup.set(key, (returnedByGroup.get(key) ?? 0) + 1);
  }

  const groupRecords = await readStatement(db, cypher.get('explorer-neighbor-groups'), {
    eid: found.eid,
    modelLabels: MODEL_LABELS,
  });
  const groups: NeighborGroup[] = groupRecords.map((g) => {
    const type = g.get('type');
    const dir = g.get('direction');
    const label = g.get('label');
    const groupTotal = toPlain(g.get('total')) as number;
    const returned = returnedByGroup.get(`${type}|${dir}|${label}`) ?? 0;
    return {
      type,
      direction: dir,
      label,
      total: groupTotal,
      returned,
      more: groupTotal - returned,
    };
  });

  return {
    id: found.data.id,
    elements: elements.toElements(),
    total,
    returned: page.length,
    offset,
    limit,
    more: Math.max(0, total - offset - page.length),
    groups,
  };
}
