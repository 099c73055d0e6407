/**
 * Reads the relationships around nodes (cypher/explorer/links.cypher) and turns each into a
 * `Link`: the node at the other end as a small typed reference, the relationship's id, type,
 * role and provenance, with Neo4j values converted to JSON here, at the edge. The details
 * panel (node-details.ts) and claim summaries (claims.ts) are assembled from these. It does
 * not decide which links a label shows.
 */
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain, type Plain } from '../../platform/neo4j/values';
import { displayName } from '../../model/display-name';
import { primaryLabel } from '../../model/labels';
import type { ArticleRef, EventRef, Link, NodeRef, Provenance } from '../../api/graph';

export interface RawLink extends Link {
  /** Model id of the node the link was read from. */
  center: string;
  /** `out`: the centre node is the relationship's start. */
  out: boolean;
  /** Element id of the other node, to read its own links in a second round. */
  otherEid: string;
  /** The other node's small projection, converted (no Article text). */
  other: Record<string, Plain>;
  /** The relationship's properties, converted (provenance `source` included). */
  properties: Record<string, Plain>;
}

const str = (value: Plain | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const num = (value: Plain | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
export const strings = (value: Plain | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function nodeRef(props: Record<string, Plain>, label: string): NodeRef {
  const id = str(props.id) ?? '';
  return { id, label, name: displayName(props, id) };
}

export function eventRef(props: Record<string, Plain>): EventRef {
  return {
    ...nodeRef(props, 'Event'),
    kind: str(props.kind),
    date: str(props.date),
    city: str(props.city),
  };
}

export function articleRef(props: Record<string, Plain>): ArticleRef {
  const ref = nodeRef(props, 'Article');
  return { ...ref, title: str(props.title) ?? ref.name, published: str(props.published) };
}

export function provenance(
  properties: Record<string, Plain>,
  articleTitle: string | null,
): Provenance {
  return {
    article: str(properties.source),
    articleTitle,
    evidence: str(properties.evidence),
    evidenceStart: num(properties.evidenceStart),
    evidenceEnd: num(properties.evidenceEnd),
    method: str(properties.method),
    confidence: num(properties.confidence),
  };
}

/** A typed reference for whatever label the node has (events and articles carry more). */
function refFor(props: Record<string, Plain>, label: string): NodeRef {
  if (label === 'Event') return eventRef(props);
  if (label === 'Article') return articleRef(props);
  return nodeRef(props, label);
}

/** Every relationship touching the nodes with these element ids, optionally of some types. */
export async function readLinks(
  db: Db,
  cypher: CypherLibrary,
  eids: string[],
  types: string[] = [],
  limit = 100_000,
): Promise<RawLink[]> {
  if (eids.length === 0) return [];
  const records = await readStatement(db, cypher.get('explorer-links'), {
    eids,
    types,
    limit: int(limit),
  });
  return records.map((record) => {
    const properties = toPlain(record.get('rel')) as Record<string, Plain>;
    const other = toPlain(record.get('other')) as Record<string, Plain>;
    const label = primaryLabel(record.get('otherLabels'));
    const out = record.get('out');
    // A node outside the graph model (from a user's Cypher) may have no id.
    const center = record.get('center') ?? '';
    const type = record.get('type');
    const otherId = str(other.id) ?? '';
    const [from, to] = out ? [center, otherId] : [otherId, center];
    return {
      center,
      out,
      otherEid: record.get('otherEid'),
      other,
      properties,
      node: refFor(other, label),
      relationship: str(properties.id) ?? `${type}:${from}->${to}`,
      type,
      role: str(properties.role),
      provenance: provenance(properties, record.get('articleTitle') ?? null),
      curationVersion: num(properties.curationVersion) ?? 0,
    };
  });
}

/** Strip the bookkeeping fields: what the API sends for a link. */
export function publicLink<T extends NodeRef = NodeRef>(link: RawLink): Link<T> {
  return {
    node: link.node as T,
    relationship: link.relationship,
    type: link.type,
    role: link.role,
    provenance: link.provenance,
    curationVersion: link.curationVersion,
  };
}

/** Links of one type and direction, seen from one centre node. */
export function select(links: RawLink[], center: string, type: string, out: boolean): RawLink[] {
  return links.filter((l) => l.center === center && l.type === type && l.out === out);
}

/** Ascending by a date string; nulls last; then by name for a stable order. */
export function byDate<T>(date: (item: T) => string | null, name: (item: T) => string) {
  return (a: T, b: T): number => {
    const da = date(a);
    const db = date(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return name(a).localeCompare(name(b));
  };
}
