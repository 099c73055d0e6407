/**
 * Node sizing by degree, betweenness or PageRank (Cytoscape's own algorithms over the visible
 * graph) and colouring by community (label propagation, our own: a few lines, deterministic
 * order, no extra dependency). Results go into each node's `_kg` scratch, which the stylesheet
 * reads. Betweenness is O(n·m): above a size limit it falls back to degree and says so.
 */
import type { Core, EdgeCollection, NodeSingular, NodeCollection } from 'cytoscape';
import { lookOf } from '../../../model/looks';
import type { ColorBy, SizeBy } from './state';
import type { NodeLook } from './canvas-style';

const BETWEENNESS_LIMIT = 1500;

/**
 * Twelve well-separated colours for communities (Tableau 10 + two). Labels' own colours are
 * model/looks.ts; these replace them only while the canvas colours by community.
 */
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#17becf',
  '#8c564b',
];

/** Re-evaluates style functions (they read scratch values Cytoscape cannot see change). */
function restyle(nodes: NodeCollection): void {
  (nodes as unknown as { updateStyle(): void }).updateStyle();
}

function look(node: NodeSingular): NodeLook {
  let value = node.scratch('_kg') as NodeLook | undefined;
  if (!value) {
    value = {};
    node.scratch('_kg', value);
  }
  return value;
}

/**
 * Each node's number of visible relationships, in one pass over the visible edges (a loop
 * counts once, as `connectedEdges` counts it): asking every node for its connected edges
 * through a selector took most of a second at 30,000 nodes.
 */
export function visibleDegrees(edges: EdgeCollection): Map<string, number> {
  const degree = new Map<string, number>();
  const add = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  edges.forEach((edge) => {
    const source = edge.source().id();
    const target = edge.target().id();
    add(source);
    if (target !== source) add(target);
  });
  return degree;
}

/** Sizes visible nodes by the metric; returns the metric actually used. */
export function applySize(cy: Core, sizeBy: SizeBy): SizeBy {
  const visible = cy.elements(':visible').not('.more');
  const nodes = visible.nodes();
  let used = sizeBy;
  let score: (node: NodeSingular) => number;
  if (sizeBy === 'betweenness' && nodes.length <= BETWEENNESS_LIMIT) {
    const bc = visible.betweennessCentrality({ directed: false });
    score = (node) => bc.betweennessNormalized(node);
  } else if (sizeBy === 'pagerank') {
    const pr = visible.pageRank({});
    score = (node) => pr.rank(node);
  } else {
    used = 'degree';
    const degree = visibleDegrees(visible.edges());
    score = (node) => degree.get(node.id()) ?? 0;
  }
  const values = new Map<string, number>();
  let max = 0;
  nodes.forEach((node) => {
    const value = score(node);
    values.set(node.id(), value);
    if (value > max) max = value;
  });
  cy.batch(() => {
    nodes.forEach((node) => {
      const base = lookOf(node.data('label')).size;
      const norm = max > 0 ? Math.sqrt((values.get(node.id()) ?? 0) / max) : 0;
      look(node).size = Math.round(base * (0.75 + 1.1 * norm));
    });
    restyle(nodes);
  });
  return used;
}

/** Label propagation over visible edges; returns community id by node id. */
export function communities(nodes: NodeCollection): Map<string, number> {
  const ids = nodes.map((n) => n.id()).sort();
  const label = new Map(ids.map((id, i) => [id, i]));
  const neighbours = new Map<string, string[]>();
  nodes.forEach((node) => {
    neighbours.set(
      node.id(),
      node
        .connectedEdges(':visible')
        .connectedNodes()
        .filter((other) => other.id() !== node.id() && label.has(other.id()))
        .map((other) => other.id()),
    );
  });
  for (let round = 0; round < 20; round++) {
    let changed = false;
    for (const id of ids) {
      const counts = new Map<number, number>();
      for (const other of neighbours.get(id) ?? []) {
        const l = label.get(other)!;
        counts.set(l, (counts.get(l) ?? 0) + 1);
      }
      let best = label.get(id)!;
      let bestCount = counts.get(best) ?? 0;
      for (const [l, count] of counts) {
        if (count > bestCount || (count === bestCount && l < best)) {
          best = l;
          bestCount = count;
        }
      }
      if (best !== label.get(id)) {
        label.set(id, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Renumber by community size, largest first, so colours are stable across runs.
  const sizes = new Map<number, number>();
  for (const l of label.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([l]) => l);
  const rank = new Map(order.map((l, i) => [l, i]));
  return new Map([...label].map(([id, l]) => [id, rank.get(l)!]));
}

/** Colours nodes by label (clearing overrides) or by community; returns community count. */
export function applyColor(cy: Core, colorBy: ColorBy): number {
  const nodes = cy.nodes(':visible').not('.more');
  if (colorBy === 'label') {
    // Only nodes a community colour was set on need restyling: a pass over every node's style
    // for nothing cost about a second on a 100,000-element result.
    const coloured = cy.nodes().filter((node) => look(node).color !== undefined);
    if (coloured.length === 0) return 0;
    cy.batch(() => {
      coloured.forEach((node) => {
        delete look(node).color;
      });
      restyle(coloured);
    });
    return 0;
  }
  const found = communities(nodes);
  cy.batch(() => {
    nodes.forEach((node) => {
      const c = found.get(node.id()) ?? 0;
      look(node).color = COMMUNITY_COLORS[c % COMMUNITY_COLORS.length];
    });
    restyle(nodes);
  });
  return new Set(found.values()).size;
}
