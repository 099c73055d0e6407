/**
 * `GET /api/paths`: all shortest paths between two nodes, as Cytoscape elements and as words
 * ("Rama Yade — spoke at — … — spoke at — Tahar Boumedra"), so the client can highlight and
 * list them. By default the search skips MENTIONS/REPORTED_IN (and so Article nodes), which
 * would make any two people named in one article trivially close.
 */
import type { Path } from 'neo4j-driver';
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { ElementCollector, nodeData, edgeData } from '../graph/elements';
import {
  type PathInWords,
  PathNodeStep,
  PathRelationshipStep,
  PathsQuery,
  PathsResponse,
} from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { findNode } from './node-details';
import { verbOf } from '../../model/verbs';

function inWords(path: Path): PathInWords {
  const start = nodeData(path.start);
  const steps: (PathNodeStep | PathRelationshipStep)[] = [
    { kind: 'node', id: start.id, name: start.name, label: start.label },
  ];
  let previous = path.start;
  for (const segment of path.segments) {
    const rel = segment.relationship;
    const end = nodeData(segment.end);
    const forward = rel.startNodeElementId === previous.elementId;
    const data = forward
      ? edgeData(rel, steps[steps.length - 1]!.id, end.id)
      : edgeData(rel, end.id, steps[steps.length - 1]!.id);
    steps.push({
      kind: 'relationship',
      id: data.id,
      type: rel.type,
      verb: verbOf(rel.type),
      role: typeof rel.properties.role === 'string' ? rel.properties.role : null,
      direction: forward ? 'forward' : 'backward',
    });
    steps.push({ kind: 'node', id: end.id, name: end.name, label: end.label });
    previous = segment.end;
  }
  const text = steps.map((s) => (s.kind === 'node' ? s.name : s.verb)).join(' — ');
  return { steps, length: path.segments.length, text };
}

export async function shortestPaths(
  db: Db,
  cypher: CypherLibrary,
  query: Query,
): Promise<PathsResponse> {
  const op = 'paths';
  const parsed = await parseQuery(op, PathsQuery, query);
  const { from: fromId, to: toId, max, limit, includeArticles: includeArticlesParam } = parsed;
  const types = parsed.types?.length ? parsed.types : null;
  const from = await findNode(db, cypher, fromId, op, 'from');
  const to = await findNode(db, cypher, toId, op, 'to');
  if (from.eid === to.eid) {
    // Neo4j refuses a shortest path from a node to itself; the answer is the empty path.
    const elements = new ElementCollector();
    elements.add(from.node);
    const step: PathNodeStep = {
      kind: 'node',
      id: from.data.id,
      name: from.data.name,
      label: from.data.label,
    };
    return {
      from: { id: from.data.id, label: from.data.label, name: from.data.name },
      to: { id: to.data.id, label: to.data.label, name: to.data.name },
      max,
      includeArticles: includeArticlesParam,
      length: 0,
      paths: [{ steps: [step], length: 0, text: from.data.name }],
      truncated: false,
      elements: elements.toElements(),
    };
  }
  // Articles are only reachable through MENTIONS/REPORTED_IN: an article endpoint needs them.
  const includeArticles =
    includeArticlesParam || from.data.label === 'Article' || to.data.label === 'Article';
  const records = types
    ? await readStatement(db, cypher.get('explorer-paths-by-type'), {
        fromEid: from.eid,
        toEid: to.eid,
        types,
        fetch: int(limit + 1),
      })
    : await readStatement(
        db,
        cypher.get(includeArticles ? 'explorer-paths' : 'explorer-paths-without-articles'),
        { fromEid: from.eid, toEid: to.eid, fetch: int(limit + 1) },
      );
  // All shortest paths have one length: over `max`, there is no path within bounds.
  const found = records.map((r) => r.get('p')).filter((p) => p.length <= max);
  const kept = found.slice(0, limit);
  const elements = new ElementCollector();
  for (const path of kept) elements.add(path);
  const paths = kept.map(inWords);
  return {
    from: { id: from.data.id, label: from.data.label, name: from.data.name },
    to: { id: to.data.id, label: to.data.label, name: to.data.name },
    max,
    includeArticles: types
      ? types.includes('MENTIONS') || types.includes('REPORTED_IN')
      : includeArticles,
    length: paths[0]?.length ?? null,
    paths,
    truncated: found.length > limit,
    elements: elements.toElements(),
  };
}
