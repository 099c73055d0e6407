/**
 * What a user sees before anything is written, per document: for each article its title and
 * date, its event (kind, date, place), its speakers with their roles, how many claims, which
 * people and organizations are new and which join a node already in the graph (and why), and
 * warnings. Read off the very document a job then writes (a file's part of the prepared
 * batch), so the preview cannot promise what the write does not do. Pure.
 */
import type { GraphDocument, GraphNode } from '../../model/graph-document';
import type { ArticlePreview, EntityPreview } from '../../api/ingest';
import type { EntityMatch } from '../load/reconcile';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function entity(node: GraphNode, matches: ReadonlyMap<string, EntityMatch>): EntityPreview {
  const name = str(node.properties.name) ?? node.id;
  const match = matches.get(node.id);
  return match
    ? { id: node.id, name, status: 'merged', spelling: match.spelling, reason: match.reason }
    : { id: node.id, name, status: 'new' };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** `known`: articles whose text the graph already holds. */
export function previewArticles(
  document: GraphDocument,
  matches: ReadonlyMap<string, EntityMatch>,
  known: ReadonlySet<string> = new Set(),
): ArticlePreview[] {
  const nodes = new Map(document.nodes.map((n) => [n.id, n]));
  return document.nodes
    .filter((n) => n.label === 'Article')
    .map((article) => {
      const mine = document.relationships.filter((r) => r.properties.source === article.id);
      // Claims are REPORTED_IN their article too: the event is the Event node among them.
      const eventId = mine.find(
        (r) => r.type === 'REPORTED_IN' && nodes.get(r.from)?.label === 'Event',
      )?.from;
      const event = eventId ? nodes.get(eventId) : undefined;
      const placeId = mine.find((r) => r.type === 'HELD_IN' && r.from === eventId)?.to;
      const mentioned = (label: string) =>
        [...new Set(mine.flatMap((r) => [r.from, r.to]))]
          .map((id) => nodes.get(id))
          .filter((n): n is GraphNode => n?.label === label)
          .map((n) => entity(n, matches))
          .sort(byName);
      const p = article.properties;
      const published = str(p.published) ?? null;
      const reasons = Array.isArray(p.reviewReasons) ? p.reviewReasons : [];
      const claims = document.nodes.filter(
        (n) => n.label === 'Claim' && n.properties.source === article.id,
      ).length;
      const people = mentioned('Person');
      const organizations = mentioned('Organization');
      const warnings = [
        ...(known.has(article.id)
          ? ['already in the graph (the same text): adding it again changes nothing']
          : []),
        ...(published ? [] : ['no publication date found']),
        ...reasons,
        ...(people.length === 0 && organizations.length === 0 && claims === 0
          ? ['nothing found: no people, organizations or claims']
          : []),
      ];
      return {
        id: article.id,
        title: str(p.title) ?? article.id,
        published,
        source: {
          file: str(p.file) ?? '',
          ...(str(p.url) ? { url: str(p.url) } : {}),
          ...(str(p.site) ? { site: str(p.site) } : {}),
          ...(str(p.author) ? { author: str(p.author) } : {}),
        },
        event: event
          ? {
              id: event.id,
              name: str(event.properties.name) ?? event.id,
              kind: str(event.properties.kind) ?? null,
              date: str(event.properties.date) ?? null,
              place: (placeId && str(nodes.get(placeId)?.properties.name)) || null,
            }
          : null,
        speakers: mine
          .filter((r) => r.type === 'SPOKE_AT' && r.to === eventId)
          .map((r) => ({
            id: r.from,
            name: str(nodes.get(r.from)?.properties.name) ?? r.from,
            role: str(r.properties.role) ?? 'speaker',
          }))
          .sort(byName),
        claims,
        people,
        organizations,
        warnings,
      };
    });
}
