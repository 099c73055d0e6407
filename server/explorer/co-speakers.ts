/**
 * `GET /api/network/co-speakers`: "who spoke alongside whom", a derived network of people in
 * which an edge means "spoke at the same events" (SPOKE_ALONGSIDE, never stored), weighted by
 * the number of shared events and listing them, within an optional date range and optionally
 * around one person. Edge ids are stable (`co:<a>|<b>`, a < b) so the client can diff views.
 */
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain, type Plain } from '../../platform/neo4j/values';
import { nodeData, type NodeData } from '../graph/elements';
import { notFound } from '../errors';
import {
  CoSpeakersQuery,
  type CoSpeakerEdgeData,
  type CoSpeakersResponse,
} from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { checkDateRange } from './params';
import { findNode } from './node-details';

export const MAX_CO_SPEAKER_EDGES = 5000;

const str = (value: Plain | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export async function coSpeakers(
  db: Db,
  cypher: CypherLibrary,
  query: Query,
): Promise<CoSpeakersResponse> {
  const op = 'co-speakers';
  const params = checkDateRange(op, await parseQuery(op, CoSpeakersQuery, query));
  const { from, to, minShared } = params;
  const personId = params.person ?? null;
  let focus: NodeData | null = null;
  let circle: string[] | null = null;
  if (personId !== null) {
    const found = await findNode(db, cypher, personId, op, 'person');
    if (found.data.label !== 'Person') {
      throw notFound(
        `${op}: ${JSON.stringify(personId)} is a ${found.data.label}, not a Person; give a person id such as person:rama-yade`,
        { id: personId, parameter: 'person' },
      );
    }
    focus = found.data;
    const [record] = await readStatement(db, cypher.get('explorer-co-speaker-circle'), {
      eid: found.eid,
      from: from ?? null,
      to: to ?? null,
      minShared: int(minShared),
    });
    circle = [focus.id, ...(record?.get('others') ?? [])];
  }

  const records = await readStatement(db, cypher.get('explorer-co-speaker-network'), {
    from: from ?? null,
    to: to ?? null,
    minShared: int(minShared),
    ids: circle,
    limit: int(MAX_CO_SPEAKER_EDGES + 1),
  });
  const people = new Map<string, NodeData>();
  const edges: CoSpeakerEdgeData[] = [];
  for (const record of records.slice(0, MAX_CO_SPEAKER_EDGES)) {
    const a = nodeData(record.get('a'));
    const b = nodeData(record.get('b'));
    const events = (toPlain(record.get('events')) as Record<string, Plain>[]).map((e) => ({
      id: str(e.id) ?? '',
      name: str(e.name) ?? str(e.id) ?? '',
      date: str(e.date),
      city: str(e.city),
    }));
    people.set(a.id, a);
    people.set(b.id, b);
    edges.push({
      id: `co:${a.id}|${b.id}`,
      source: a.id,
      target: b.id,
      type: 'SPOKE_ALONGSIDE',
      weight: events.length,
      events,
      derived: true,
    });
  }
  const truncated = records.length > MAX_CO_SPEAKER_EDGES;
  if (focus) people.set(focus.id, focus);
  const keep = new Set([
    ...(focus ? [focus.id] : []),
    ...edges.flatMap((e) => [e.source, e.target]),
  ]);

  const ids = [...keep].sort();
  const counts = await readStatement(db, cypher.get('explorer-speaker-event-counts'), {
    ids,
    from: from ?? null,
    to: to ?? null,
  });
  const eventCount = new Map(counts.map((r) => [r.get('id'), r.get('events').toNumber()]));
  return {
    from: from ?? null,
    to: to ?? null,
    person: personId,
    minShared,
    elements: {
      nodes: ids.map((id) => ({
        data: { ...people.get(id)!, eventCount: eventCount.get(id) ?? 0 },
      })),
      edges: edges.map((data) => ({ data })),
    },
    truncated,
  };
}
