/**
 * `GET /api/nodes/:id`: a node's properties, degree by type and direction, and the
 * label-specific section an analyst reads in the details panel (see NodeDetails in types.ts),
 * every relationship with its provenance. Reads only; the shapes are the contract's. Not here:
 * neighbours as graph elements (neighbors.ts) and article text spans (article.ts).
 */
import type { Node } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain, type Plain } from '../../platform/neo4j/values';
import { ELEMENT_ID_PREFIX, nodeData } from '../graph/elements';
import { notFound } from '../errors';
import type {
  ArticleRef,
  ClaimSummary,
  DegreeEntry,
  NodeData,
  EventRef,
  Link,
  NodeDetails,
  NodeRef,
  NodeResponse,
  Provenance,
} from '../../api';
import { byDate, publicLink, readLinks, select, strings, type RawLink } from './links';
import { primaryLabel } from '../../model/labels';
import { claimOrder, claimSources, claimSummaries, summarize } from './claims';

export interface FoundNode {
  eid: string;
  node: Node;
  data: NodeData;
}

/** A node of an external database that carries none of the model's labels (see the .cypher). */
function readOutsideModel(db: Db, cypher: CypherLibrary, id: string) {
  return readStatement(db, cypher.get('explorer-node-outside-model'), {
    id,
    elementId: id.startsWith(ELEMENT_ID_PREFIX) ? id.slice(ELEMENT_ID_PREFIX.length) : '',
  });
}

/** The node with this id (a model id, or any node's in an external database), or a 404. */
export async function findNode(
  db: Db,
  cypher: CypherLibrary,
  id: string,
  op: string,
  parameter = 'id',
): Promise<FoundNode> {
  const inModel = await readStatement(db, cypher.get('explorer-node-by-id'), { id });
  const [record] = inModel.length > 0 ? inModel : await readOutsideModel(db, cypher, id);
  if (!record) {
    throw notFound(
      `${op}: no node with id ${JSON.stringify(id)}; search for it first (GET /api/search?q=…) to get its id`,
      { id, parameter },
    );
  }
  const node = record.get('n');
  return { eid: record.get('eid'), node, data: nodeData(node) };
}

const str = (value: Plain | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

const eventOrder = byDate<Link<EventRef>>(
  (l) => l.node.date,
  (l) => l.node.name,
);
const articleOrder = byDate<Link<ArticleRef>>(
  (l) => l.node.published,
  (l) => l.node.name,
);
const byName = (a: Link, b: Link) => a.node.name.localeCompare(b.node.name);

function links<T extends NodeRef = NodeRef>(
  all: RawLink[],
  center: string,
  type: string,
  out: boolean,
): Link<T>[] {
  return select(all, center, type, out).map((l) => publicLink<T>(l));
}

/** Provenance deduplicated by article and offsets (and evidence text when offsets are missing). */
function distinctEvidence(all: RawLink[]): Provenance[] {
  const seen = new Map<string, Provenance>();
  for (const { provenance: p } of all) {
    if (!p.evidence && !p.article) continue;
    const key = `${p.article}|${p.evidenceStart}|${p.evidenceEnd}|${p.evidenceStart === null ? p.evidence : ''}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()].sort(
    (a, b) =>
      (a.article ?? '').localeCompare(b.article ?? '') ||
      (a.evidenceStart ?? 0) - (b.evidenceStart ?? 0),
  );
}

async function claimsWithAbout(
  db: Db,
  cypher: CypherLibrary,
  about: RawLink[],
): Promise<(ClaimSummary & { about: Link })[]> {
  const summaries = await claimSummaries(db, cypher, claimSources(about));
  return about
    .flatMap((link) => {
      const summary = summaries.get(link.node.id);
      return summary ? [{ ...summary, about: publicLink(link) }] : [];
    })
    .sort(claimOrder);
}

/** Relationships read for one node's details; beyond, the lists are cut and `truncated` says so. */
export const MAX_DETAIL_LINKS = 2000;

async function detailsOf(
  db: Db,
  cypher: CypherLibrary,
  found: FoundNode,
  label: string,
  all: RawLink[],
): Promise<NodeDetails> {
  const id = found.data.id;
  const props = found.data;
  switch (label) {
    case 'Person': {
      // Two independent reads: run them side by side.
      const [coSpeakers, claims] = await Promise.all([
        readStatement(db, cypher.get('explorer-co-speakers-of'), { eid: found.eid }),
        summarize(db, cypher, select(all, id, 'CLAIMED', true)),
      ]);
      return {
        label,
        name: found.data.name,
        aliases: strings(props.aliases),
        titles: strings(props.titles),
        affiliations: links(all, id, 'AFFILIATED_WITH', true).sort(byName),
        events: links<EventRef>(all, id, 'SPOKE_AT', true).sort(eventOrder),
        coSpeakers: coSpeakers.map((record) => {
          const person = toPlain(record.get('person')) as Record<string, Plain>;
          const events = (toPlain(record.get('events')) as Record<string, Plain>[]).map((e) => ({
            id: str(e.id) ?? '',
            label: 'Event',
            name: str(e.name) ?? str(e.id) ?? '',
            kind: str(e.kind),
            date: str(e.date),
            city: str(e.city),
          }));
          const personId = str(person.id) ?? '';
          return {
            person: { id: personId, label: 'Person', name: str(person.name) ?? personId },
            sharedEvents: events.length,
            events,
          };
        }),
        claims,
        mentionedIn: links<ArticleRef>(all, id, 'MENTIONS', false).sort(articleOrder),
      };
    }
    case 'Event':
      return {
        label,
        name: found.data.name,
        kind: str(props.kind),
        date: str(props.date),
        city: str(props.city),
        venue: str(props.venue),
        places: links(all, id, 'HELD_IN', true),
        organizers: links(all, id, 'ORGANIZED', false).sort(byName),
        speakers: links(all, id, 'SPOKE_AT', false).sort(byName),
        claims: await summarize(db, cypher, select(all, id, 'MADE_AT', false)),
        reportedIn: links<ArticleRef>(all, id, 'REPORTED_IN', true).sort(articleOrder),
      };
    case 'Assertion': {
      const claims = await summarize(db, cypher, select(all, id, 'ASSERTS', false));
      const claimedBy = new Map<string, NodeRef>();
      for (const claim of claims)
        for (const link of claim.claimedBy) claimedBy.set(link.node.id, link.node);
      return {
        label,
        text: str(props.text) ?? found.data.name,
        claims,
        first: claims.find((c) => c.date !== null) ?? null,
        claimedBy: [...claimedBy.values()],
      };
    }
    case 'Organization':
      return {
        label,
        name: found.data.name,
        aliases: strings(props.aliases),
        kind: str(props.kind),
        members: links(all, id, 'AFFILIATED_WITH', false).sort(byName),
        events: links<EventRef>(all, id, 'ORGANIZED', true).sort(eventOrder),
        claimsAbout: await claimsWithAbout(db, cypher, select(all, id, 'ABOUT', false)),
        mentionedIn: links<ArticleRef>(all, id, 'MENTIONS', false).sort(articleOrder),
      };
    case 'Article': {
      const reported = select(all, id, 'REPORTED_IN', false);
      const summaries = await claimSummaries(
        db,
        cypher,
        claimSources(reported.filter((l) => l.node.label === 'Claim')),
      );
      const claims = reported
        .filter((l) => l.node.label === 'Claim')
        .sort((a, b) => (a.provenance.evidenceStart ?? 0) - (b.provenance.evidenceStart ?? 0))
        .flatMap((l) => summaries.get(l.node.id) ?? []);
      return {
        label,
        title: str(props.title) ?? found.data.name,
        published: str(props.published),
        url: str(props.url),
        site: str(props.site),
        author: str(props.author),
        dateline: str(props.dateline),
        file: str(props.file),
        text: str(props.text) ?? '',
        events: reported
          .filter((l) => l.node.label === 'Event')
          .map((l) => publicLink<EventRef>(l))
          .sort(eventOrder),
        claims: [...new Map(claims.map((c) => [c.id, c])).values()],
        mentions: links(all, id, 'MENTIONS', true).sort(byName),
      };
    }
    case 'Claim': {
      const summary = (
        await claimSummaries(db, cypher, [{ eid: found.eid, props: found.data }])
      ).get(id)!;
      return {
        label,
        claim: summary,
        about: links(all, id, 'ABOUT', true).sort(byName),
        evidence: distinctEvidence(all),
      };
    }
    case 'Place':
      return {
        label,
        name: found.data.name,
        country: str(props.country),
        events: links<EventRef>(all, id, 'HELD_IN', false).sort(eventOrder),
      };
    case 'Topic':
      return {
        label,
        name: found.data.name,
        claims: await claimsWithAbout(db, cypher, select(all, id, 'ABOUT', false)),
      };
    default:
      return { label: 'Other' };
  }
}

/** Degree by type and direction counted from a node's complete list of relationships. */
function degreeOf(all: RawLink[]): DegreeEntry[] {
  const counts = new Map<string, DegreeEntry>();
  for (const link of all) {
    const direction = link.out ? 'out' : 'in';
    const key = `${link.type} ${direction}`;
    const entry = counts.get(key) ?? { type: link.type, direction, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  // The same order as explorer-degree: most first, then type and direction by code point.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || cmp(a.type, b.type) || cmp(a.direction, b.direction),
  );
}

async function readDegree(db: Db, cypher: CypherLibrary, eid: string): Promise<DegreeEntry[]> {
  const records = await readStatement(db, cypher.get('explorer-degree'), { eid });
  return records.map((record) => ({
    type: record.get('type'),
    direction: record.get('direction'),
    count: toPlain(record.get('count')) as number,
  }));
}

export async function nodeDetails(
  db: Db,
  cypher: CypherLibrary,
  id: string,
): Promise<NodeResponse> {
  const found = await findNode(db, cypher, id, 'node');
  const links = await readLinks(db, cypher, [found.eid], [], MAX_DETAIL_LINKS + 1);
  const truncated = links.length > MAX_DETAIL_LINKS;
  // Only a node with more relationships than were read needs the degree store counted apart;
  // otherwise the links already hold every relationship, and a round trip is saved.
  const [degree, details] = await Promise.all([
    truncated ? readDegree(db, cypher, found.eid) : degreeOf(links),
    detailsOf(db, cypher, found, primaryLabel(found.node.labels), links.slice(0, MAX_DETAIL_LINKS)),
  ]);
  return {
    node: found.data,
    degree,
    degreeTotal: degree.reduce((sum, d) => sum + d.count, 0),
    details,
    truncated,
  };
}
