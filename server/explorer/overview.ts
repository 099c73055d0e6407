/**
 * `GET /api/overview`: the client's first view — every event (by date, optionally within a
 * date range) with its speakers, organizers and places, as Cytoscape elements, capped at
 * `limit` nodes with a `truncated` flag, plus the graph's counts per model label and
 * relationship type for the legend and filters. Events are taken first so a cap never hides
 * an event behind its speakers; the statement reads no more events than the cap.
 *
 * A large graph (more than `SUMMARY_ABOVE` events and relationships of the first view, read
 * from the count store) gets a summary instead, when no range is given or the range's view
 * would be cut: events per month (per day within one month) and kind, and as elements the
 * busiest events with their places and the people who spoke at the most events, with the
 * SPOKE_AT among them. The analyst drills into a period by asking for its range
 * (docs/large-graphs.md). Not here: how the client draws either (client/src/explorer).
 */
import { int, type Node, type Relationship } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain } from '../../platform/neo4j/values';
import { nodeData, edgeData, type EdgeData, type NodeData } from '../graph/elements';
import {
  OverviewQuery,
  type OverviewPeriod,
  type OverviewResponse,
  type OverviewSummary,
} from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { checkDateRange } from './params';

/** Events plus their SPOKE_AT, ORGANIZED and HELD_IN above which the first view is a summary. */
export const SUMMARY_ABOVE = 5000;
const BUSIEST_EVENTS = 20;
const MOST_ACTIVE_PEOPLE = 30;

type Counts = OverviewResponse['graph'];
type Elements = OverviewResponse['elements'];

/** What the whole first view would hold, from the count store. */
function firstViewSize(counts: Counts): number {
  const label = (name: string) => counts.labels.find((l) => l.label === name)?.count ?? 0;
  const type = (name: string) => counts.relationshipTypes.find((t) => t.type === name)?.count ?? 0;
  return label('Event') + type('SPOKE_AT') + type('ORGANIZED') + type('HELD_IN');
}

async function graphCounts(db: Db, cypher: CypherLibrary): Promise<Counts> {
  const [counts] = await readStatement(db, cypher.get('explorer-graph-counts'));
  return {
    labels: toPlain(counts?.get('labels') ?? []) as Counts['labels'],
    relationshipTypes: toPlain(
      counts?.get('relationshipTypes') ?? [],
    ) as Counts['relationshipTypes'],
  };
}

/**
 * Collects nodes (by element id, up to `cap`) and the relationships between collected nodes,
 * as Cytoscape elements.
 */
function collector(cap = Infinity) {
  const nodes = new Map<string, NodeData>();
  const idByEid = new Map<string, string>();
  const edges = new Map<string, EdgeData>();
  let truncated = false;
  /** False when the cap left the node out. */
  const node = (n: Node): boolean => {
    if (idByEid.has(n.elementId)) return true;
    if (nodes.size >= cap) {
      truncated = true;
      return false;
    }
    const data = nodeData(n);
    nodes.set(data.id, data);
    idByEid.set(n.elementId, data.id);
    return true;
  };
  const edge = (rel: Relationship) => {
    const source = idByEid.get(rel.startNodeElementId);
    const target = idByEid.get(rel.endNodeElementId);
    if (!source || !target) return;
    const data = edgeData(rel, source, target);
    edges.set(data.id, data);
  };
  const elements = (): Elements => ({
    nodes: [...nodes.values()].map((data) => ({ data })),
    edges: [...edges.values()].map((data) => ({ data })),
  });
  return { node, edge, elements, truncated: () => truncated };
}

interface Range {
  from: string | null;
  to: string | null;
}

async function eventsWithEnds(
  db: Db,
  cypher: CypherLibrary,
  limit: number,
  range: Range,
): Promise<{ elements: Elements; truncated: boolean }> {
  const records = await readStatement(db, cypher.get('explorer-overview'), {
    limit: int(limit),
    ...range,
  });
  const found = collector(limit);
  for (const record of records) found.node(record.get('e'));
  for (const record of records) {
    for (const [rel, other] of record.get('links')) {
      if (rel && other && found.node(other)) found.edge(rel);
    }
  }
  return { elements: found.elements(), truncated: found.truncated() };
}

/** Day by day within one month, else month by month. */
const periodOf = (range: Range): 'month' | 'day' =>
  range.from && range.to && range.from.slice(0, 7) === range.to.slice(0, 7) ? 'day' : 'month';

async function summary(
  db: Db,
  cypher: CypherLibrary,
  range: Range,
): Promise<{ elements: Elements; summary: OverviewSummary }> {
  const by = periodOf(range);
  const periods = (
    await readStatement(db, cypher.get('explorer-overview-periods'), {
      width: int(by === 'day' ? 10 : 7),
      ...range,
    })
  ).map((r): OverviewPeriod => ({
    period: r.get('period'),
    kind: r.get('kind'),
    events: Number(r.get('events')),
  }));
  const [busiest] = await readStatement(db, cypher.get('explorer-overview-busiest'), {
    events: int(BUSIEST_EVENTS),
    people: int(MOST_ACTIVE_PEOPLE),
    ...range,
  });
  const events = busiest?.get('events') ?? [];
  const people = busiest?.get('people') ?? [];
  const links = busiest?.get('links') ?? [];
  const found = collector();
  for (const node of [...events, ...people]) found.node(node);
  for (const [rel, a, b] of links) {
    found.node(a);
    found.node(b);
    found.edge(rel);
  }
  return {
    elements: found.elements(),
    summary: {
      by,
      from: range.from,
      to: range.to,
      events: periods.reduce((sum, p) => sum + p.events, 0),
      periods,
      busiestEvents: events.length,
      mostActivePeople: people.length,
    },
  };
}

export async function overview(
  db: Db,
  cypher: CypherLibrary,
  query: Query,
): Promise<OverviewResponse> {
  const params = checkDateRange('overview', await parseQuery('overview', OverviewQuery, query));
  const { limit } = params;
  const range: Range = { from: params.from ?? null, to: params.to ?? null };
  const graph = await graphCounts(db, cypher);
  const large = firstViewSize(graph) > SUMMARY_ABOVE;
  // A large graph without a range would only show its first few events: summarise it.
  if (large && !range.from && !range.to)
    return { ...(await summary(db, cypher, range)), truncated: false, limit, large, graph };
  const view = await eventsWithEnds(db, cypher, limit, range);
  if (large && view.truncated)
    return { ...(await summary(db, cypher, range)), truncated: false, limit, large, graph };
  return { ...view, limit, large, summary: null, graph };
}
