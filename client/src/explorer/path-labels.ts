/**
 * The labels of a shown path's edges, kept only where they can be read: an edge label that
 * would lie over a node's name (a short edge between two named nodes) is left off the canvas,
 * since the path's words in the details panel and the edge's tooltip still name the
 * relationship. It changes classes only; the style of `edge.path.path-label-off` hides the
 * label. Not here: which elements form the path (paths.ts).
 */
import type { BoundingBox12, Core } from 'cytoscape';

const OVERLAP_PX = 2;

function overlaps(a: BoundingBox12, b: BoundingBox12): boolean {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > OVERLAP_PX && h > OVERLAP_PX;
}

export function fitPathLabels(cy: Core): void {
  const edges = cy.edges('.path');
  cy.batch(() => edges.removeClass('path-label-off'));
  const only = { includeNodes: false, includeEdges: false, includeLabels: true } as const;
  const names = cy
    .nodes(':visible')
    .not('.faded')
    .map((node) => node.boundingBox(only));
  const off = edges.filter((edge) => {
    const box = edge.boundingBox(only);
    return box.w > 0 && names.some((name) => overlaps(box, name));
  });
  cy.batch(() => off.addClass('path-label-off'));
}
