/**
 * Claim summaries: a claim with who made it (`claimedBy`), where (`event`), according to which
 * articles (`reportedIn`) and what it asserts, each with provenance. Every details section that
 * lists claims (person, event, assertion, organization, article, topic, claim) goes through
 * here, so a claim is presented the same way everywhere and never as a bare fact.
 */
import type { CypherLibrary } from '../../platform/cypher/loader';
import type { Db } from '../../platform/neo4j/db';
import type { Plain } from '../../platform/neo4j/values';
import type { ArticleRef, ClaimSummary, EventRef } from '../../api/graph';
import { byDate, publicLink, readLinks, select, strings, type RawLink } from './links';

const CLAIM_LINK_TYPES = ['CLAIMED', 'MADE_AT', 'REPORTED_IN', 'ASSERTS'];

/** Claims at the other end of some links (e.g. a person's CLAIMED links), by element id. */
export interface ClaimSource {
  eid: string;
  props: Record<string, Plain>;
}

export function claimSources(links: RawLink[]): ClaimSource[] {
  const seen = new Map<string, ClaimSource>();
  for (const link of links) seen.set(link.otherEid, { eid: link.otherEid, props: link.other });
  return [...seen.values()];
}

/** Summaries by claim id, in the order given. */
export async function claimSummaries(
  db: Db,
  cypher: CypherLibrary,
  claims: ClaimSource[],
): Promise<Map<string, ClaimSummary>> {
  const links = await readLinks(
    db,
    cypher,
    claims.map((c) => c.eid),
    CLAIM_LINK_TYPES,
  );
  const out = new Map<string, ClaimSummary>();
  for (const { props } of claims) {
    const id = typeof props.id === 'string' ? props.id : '';
    const event = select(links, id, 'MADE_AT', true)[0];
    const reportedIn = select(links, id, 'REPORTED_IN', true).map((l) => publicLink<ArticleRef>(l));
    const eventDate = event ? (event.node as EventRef).date : null;
    const published = reportedIn
      .map((l) => l.node.published)
      .filter((d): d is string => d !== null)
      .sort()[0];
    out.set(id, {
      id,
      text: typeof props.text === 'string' ? props.text : '',
      quote: typeof props.quote === 'string' ? props.quote : null,
      topics: strings(props.topics),
      claimedBy: select(links, id, 'CLAIMED', false).map((l) => publicLink(l)),
      event: event ? publicLink<EventRef>(event) : null,
      reportedIn,
      asserts: select(links, id, 'ASSERTS', true).map((l) => publicLink(l)),
      date: eventDate ?? published ?? null,
    });
  }
  return out;
}

export const claimOrder = byDate<ClaimSummary>(
  (c) => c.date,
  (c) => c.id,
);

/** Summaries of the claims at the other end of `links`, by date. */
export async function summarize(
  db: Db,
  cypher: CypherLibrary,
  links: RawLink[],
): Promise<ClaimSummary[]> {
  const summaries = await claimSummaries(db, cypher, claimSources(links));
  return [...summaries.values()].sort(claimOrder);
}
