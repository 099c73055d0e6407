/**
 * The parts of a large result the large-result prompt offers to keep (large-result.ts): only
 * some labels, and the most connected nodes (by degree within the result), with the
 * relationships among what is kept. Pure, so it is tested without a browser. Not here: the
 * prompt itself.
 */
import type { CanvasElements } from './canvas';

type Node = CanvasElements['nodes'][number];

/** The label a node is counted under: its model label (a string), or 'Other'. */
export const labelOf = (node: Node): string => (node.data.label as string | undefined) ?? 'Other';

/** `nodes` with the edges of `elements` whose two ends are among them. */
function among(elements: CanvasElements, nodes: Node[]): CanvasElements {
  const ids = new Set(nodes.map((n) => n.data.id));
  return {
    nodes,
    edges: elements.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)),
  };
}

/** Only the nodes whose label is in `labels`. */
export function keepLabels(elements: CanvasElements, labels: Set<string>): CanvasElements {
  return among(
    elements,
    elements.nodes.filter((n) => labels.has(labelOf(n))),
  );
}

/**
 * The `count` nodes with the most relationships in the result (ties by id, so the same result
 * keeps the same nodes), in the result's order.
 */
export function keepMostConnected(elements: CanvasElements, count: number): CanvasElements {
  if (elements.nodes.length <= count) return elements;
  const degree = new Map<string, number>();
  for (const e of elements.edges) {
    degree.set(e.data.source, (degree.get(e.data.source) ?? 0) + 1);
    if (e.data.target !== e.data.source)
      degree.set(e.data.target, (degree.get(e.data.target) ?? 0) + 1);
  }
  const ranked = [...elements.nodes].sort(
    (a, b) =>
      (degree.get(b.data.id) ?? 0) - (degree.get(a.data.id) ?? 0) ||
      (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0),
  );
  const kept = new Set(ranked.slice(0, Math.max(0, count)).map((n) => n.data.id));
  return among(
    elements,
    elements.nodes.filter((n) => kept.has(n.data.id)),
  );
}
