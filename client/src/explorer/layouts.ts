/**
 * Layout options for the five layouts the toolbar offers, tuned for this graph: fcose with
 * label sizes counted (so names do not overlap at the default zoom), concentric rings by
 * degree, breadth-first from the selected node or the events, circle and grid. Layouts run
 * without animation on large graphs, where animating thousands of nodes costs more than it
 * shows. Not here: when a layout runs (canvas.ts decides).
 */
import type { Collection, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from './state';

/** Above this many nodes a layout is not animated and fcose uses its draft quality. */
const ANIMATE_LIMIT = 400;
/** Above this many nodes fcose runs its draft quality without label sizes (seconds, not minutes). */
export const DRAFT_ABOVE = 800;
/** Model units kept between the graph and the canvas edge when a layout fits it. */
export const LAYOUT_PADDING = 36;

export function layoutOptions(
  name: LayoutName,
  eles: Collection,
  opts: { fit: boolean; randomize: boolean; roots?: string[] },
): LayoutOptions {
  const nodes = eles.nodes().length;
  const dense = eles.edges().length > 2 * nodes;
  const common = {
    fit: opts.fit,
    padding: LAYOUT_PADDING,
    animate: false,
    // Label sizes keep names apart on readable graphs; on large ones labels are culled anyway.
    nodeDimensionsIncludeLabels: nodes <= DRAFT_ABOVE,
  };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: nodes > DRAFT_ABOVE ? 'draft' : 'default',
        // Draft is the spectral step alone, which fcose runs only from a randomized start: with
        // `randomize: false` (going on from the canvas's positions, as after "Add to canvas")
        // its packing read the spectral result it had not made, and threw; the default quality
        // instead took 52 s on 1,200 nodes here. So a large graph is laid out afresh.
        randomize: opts.randomize || nodes > DRAFT_ABOVE,
        packComponents: true,
        // Dense graphs (the co-speaker network is cliques, one per event) need longer edges
        // and more repulsion, or the forces pull each clique into a knot of overlapping names.
        // Numbers, not functions: fcose's draft quality places a two-node component by adding
        // idealEdgeLength to a coordinate, and a function there made x a string and the
        // component packing then shifted every x to NaN (docs/large-graphs.md).
        nodeRepulsion: dense ? 20000 : 2500,
        idealEdgeLength: dense ? 110 : 30,
        edgeElasticity: 0.45,
        nestingFactor: 0.1,
        gravity: 0.8,
        gravityRange: 3.8,
        numIter: nodes > DRAFT_ABOVE ? 1000 : 2500,
        tile: true,
        tilingPaddingVertical: 20,
        tilingPaddingHorizontal: 20,
        uniformNodeDimensions: false,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 24,
        avoidOverlap: true,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        roots: opts.roots?.length
          ? opts.roots.map((id) => `[id = ${JSON.stringify(id)}]`).join(',')
          : undefined,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true, spacingFactor: 1 };
    case 'grid':
      return {
        name: 'grid',
        ...common,
        avoidOverlap: true,
        avoidOverlapPadding: 16,
      };
  }
}

export const isLarge = (nodes: number) => nodes > ANIMATE_LIMIT;
