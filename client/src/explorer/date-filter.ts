/**
 * Which nodes a date range takes off the canvas: events (by date) and articles (by publication
 * date) outside it, claims made at such an event, and then whatever only connects to them: a
 * connected group of what is left that holds no dated node inside the range but touched one
 * outside it (the speakers and organizers of September's events go with September). Nodes that
 * never touched a dated node (a person added by search) stay. Pure over the Cytoscape core;
 * the canvas applies the result as a class. Not here: the range itself (the State's recipe).
 */
import type { Core, NodeSingular } from 'cytoscape';

/** The node's own date, for the labels that have one. */
export function nodeDate(node: NodeSingular): string | undefined {
  const label = node.data('label') as string;
  const date: unknown =
    label === 'Event' ? node.data('date') : label === 'Article' ? node.data('published') : null;
  return typeof date === 'string' && date ? date : undefined;
}

const inside = (date: string, from: string | null, to: string | null) =>
  (!from || date >= from) && (!to || date <= to);

/** Ids of the nodes outside the range `from`–`to` (inclusive; null ends are open). */
export function outOfRange(cy: Core, from: string | null, to: string | null): Set<string> {
  const out = new Set<string>();
  if (!from && !to) return out;
  const kept = new Set<string>();
  const nodes = cy.nodes().not('.more');
  nodes.forEach((node) => {
    const date = nodeDate(node);
    if (date === undefined) return;
    if (inside(date, from, to)) kept.add(node.id());
    else out.add(node.id());
  });
  // A claim is dated by the event it was made at.
  nodes.filter('[label = "Claim"]').forEach((claim) => {
    const events = claim
      .outgoers('edge[type = "MADE_AT"]')
      .targets()
      .map((e) => e.id());
    if (events.length && events.every((id) => out.has(id))) out.add(claim.id());
  });
  const seen = new Set<string>();
  nodes.forEach((start) => {
    if (out.has(start.id()) || seen.has(start.id())) return;
    const group: string[] = [];
    let anchored = false;
    let touchesOut = false;
    const queue: NodeSingular[] = [start];
    seen.add(start.id());
    while (queue.length) {
      const node = queue.pop()!;
      group.push(node.id());
      if (kept.has(node.id())) anchored = true;
      node
        .connectedEdges()
        .not('.more')
        .connectedNodes()
        .forEach((other: NodeSingular) => {
          if (other.same(node) || other.hasClass('more')) return;
          if (out.has(other.id())) touchesOut = true;
          else if (!seen.has(other.id())) {
            seen.add(other.id());
            queue.push(other);
          }
        });
    }
    if (!anchored && touchesOut) for (const id of group) out.add(id);
  });
  return out;
}
