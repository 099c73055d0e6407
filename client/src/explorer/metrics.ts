/**
 * Node sizing by degree, betweenness or PageRank (Cytoscape's own algorithms over the visible
 * graph) and colouring by community (label propagation, communities.ts). Results go into each node's `_kg` scratch, which the stylesheet
 * reads. Betweenness is O(n·m): above a size limit it falls back to degree and says so.
 */
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { lookOf } from '../../../model/looks';
import type { ColorBy, SizeBy } from './state';
import type { NodeLook } from './canvas-style';
import { communitiesPass } from './communities';
import {
  AT_ONCE,
  changeIn,
  collectionOf,
  drain,
  forEachIn,
  settle,
  type Pass,
  type PassMode,
} from './passes';

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
function restyle(nodes: Collection): void {
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
 * Updates each node's look (`update` says whether it changed) and restyles only the nodes
 * whose look changed: after a filter most keep theirs, and restyling a node costs far more
 * than working out its look.
 */
function* setLooks(
  cy: Core,
  nodes: NodeSingular[],
  mode: PassMode,
  update: (kg: NodeLook, node: NodeSingular) => boolean,
): Pass {
  const changed: NodeSingular[] = [];
  yield* forEachIn(nodes, (node) => {
    if (update(look(node), node)) changed.push(node);
  });
  yield* changeIn(cy, changed, (some) => restyle(some));
  yield* settle(cy, changed, mode);
}

/**
 * Each node's number of visible relationships, in one pass over the visible edges (a loop
 * counts once, as `connectedEdges` counts it): asking every node for its connected edges
 * through a selector took most of a second at 30,000 nodes.
 */
export function visibleDegrees(edges: ArrayLike<EdgeSingular>): Map<string, number> {
  return drain(visibleDegreesPass(edges));
}

function* visibleDegreesPass(edges: ArrayLike<EdgeSingular>): Pass<Map<string, number>> {
  const degree = new Map<string, number>();
  const add = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  yield* forEachIn(edges, (edge) => {
    const source = edge.source().id();
    const target = edge.target().id();
    add(source);
    if (target !== source) add(target);
  });
  return degree;
}

/**
 * The visible nodes and edges that are not "more" stubs (`elements(':visible').not('.more')`),
 * in one loop each, so that it can pause.
 */
function* visiblePass(cy: Core): Pass<{ shown: NodeSingular[]; lines: EdgeSingular[] }> {
  const shown: NodeSingular[] = [];
  const lines: EdgeSingular[] = [];
  yield* forEachIn(cy.nodes(), (node) => {
    if (!node.hasClass('more') && node.visible()) shown.push(node);
  });
  yield* forEachIn(cy.edges(), (edge) => {
    if (!edge.hasClass('more') && edge.visible()) lines.push(edge);
  });
  return { shown, lines };
}

/** Sizes visible nodes by the metric; returns the metric actually used. */
export function applySize(cy: Core, sizeBy: SizeBy): SizeBy {
  return drain(sizePass(cy, sizeBy));
}

/**
 * `applySize` as a pass (passes.ts). Only nodes whose size changes are restyled: after a
 * filter most keep theirs, and restyling a node costs far more than computing its size.
 */
export function* sizePass(cy: Core, sizeBy: SizeBy, mode: PassMode = AT_ONCE): Pass<SizeBy> {
  const { shown, lines } = yield* visiblePass(cy);
  let used = sizeBy;
  let score: (node: NodeSingular) => number;
  if (sizeBy === 'betweenness' && shown.length <= BETWEENNESS_LIMIT) {
    const visible = collectionOf(cy, [...shown, ...lines]);
    const bc = visible.betweennessCentrality({ directed: false });
    score = (node) => bc.betweennessNormalized(node);
  } else if (sizeBy === 'pagerank') {
    const pr = collectionOf(cy, [...shown, ...lines]).pageRank({});
    score = (node) => pr.rank(node);
  } else {
    used = 'degree';
    const degree = yield* visibleDegreesPass(lines);
    score = (node) => degree.get(node.id()) ?? 0;
  }
  const values = new Map<string, number>();
  let max = 0;
  yield* forEachIn(shown, (node) => {
    const value = score(node);
    values.set(node.id(), value);
    if (value > max) max = value;
  });
  yield* setLooks(cy, shown, mode, (kg, node) => {
    const base = lookOf(node.data('label')).size;
    const norm = max > 0 ? Math.sqrt((values.get(node.id()) ?? 0) / max) : 0;
    const size = Math.round(base * (0.75 + 1.1 * norm));
    if (kg.size === size) return false;
    kg.size = size;
    return true;
  });
  return used;
}

/** Colours nodes by label (clearing overrides) or by community; returns community count. */
export function applyColor(cy: Core, colorBy: ColorBy): number {
  return drain(colorPass(cy, colorBy));
}

/**
 * `applyColor` as a pass (passes.ts): colouring by label or by community (the label
 * propagation of communities.ts), pausing between chunks either way.
 */
export function* colorPass(cy: Core, colorBy: ColorBy, mode: PassMode = AT_ONCE): Pass<number> {
  if (colorBy === 'label') {
    // Only nodes a community colour was set on need restyling: a pass over every node's style
    // for nothing cost about a second on a 100,000-element result.
    const coloured: NodeSingular[] = [];
    yield* forEachIn(cy.nodes(), (node) => {
      if (look(node).color !== undefined) coloured.push(node);
    });
    if (coloured.length === 0) return 0;
    yield* changeIn(cy, coloured, (nodes) =>
      cy.batch(() => {
        nodes.forEach((node) => {
          delete look(node).color;
        });
        restyle(nodes);
      }),
    );
    yield* settle(cy, coloured, mode);
    return 0;
  }
  const { shown, lines } = yield* visiblePass(cy);
  const found = yield* communitiesPass(shown, lines);
  yield* setLooks(cy, shown, mode, (kg, node) => {
    const c = found.get(node.id()) ?? 0;
    const color = COMMUNITY_COLORS[c % COMMUNITY_COLORS.length];
    if (kg.color === color) return false;
    kg.color = color;
    return true;
  });
  return new Set(found.values()).size;
}
