/**
 * Prepares a large layout's result for drawing a slice at a time, before the canvas draws it.
 * Cytoscape's first frame after a worker layout computed, for every element at once, the edge
 * curves, label places and bounding boxes (about 0.8 s of a 2 s frame at 5,000 elements on
 * this machine under load, docs/large-graphs.md), then drew them. Here, while the batch that
 * placed the nodes still holds the drawing back, those are computed a slice a task
 * (slices.ts), so the page answers between slices; then what the renderer still has queued is
 * flushed in a task of its own, and draw-in-slices.ts draws. Also here: `nodeBox`, the box of
 * nodes from their positions and sizes, and `fitBoxOf`, for fits that would otherwise measure
 * every label and edge at once. Not here: the layout (worker.ts) or when this runs (client.ts).
 */
import type { Collection, Core, EdgeCollection, NodeCollection, NodeSingular } from 'cytoscape';
import { DRAFT_ABOVE } from '../layouts';
import { indexesInSlices, inSlices, type Slices } from './slices';

/** Elements measured between two looks at the clock (a node's label takes up to a ms). */
const STEP = 20;

/**
 * Measures the nodes of `eles` and every edge with an end among them, nodes first (an edge's
 * curve starts at its nodes' borders), a slice a task. Call while a batch holds the drawing
 * back, after the positions are set: moving a node afterwards would make it dirty again. The
 * edges are found while measuring (by their ends' ids), not with `connectedEdges()` first,
 * which took a quarter of a second at 100,000 elements in one go.
 */
export function measureInSlices(cy: Core, eles: Collection): Slices {
  const nodes = eles.nodes();
  const edges = cy.edges();
  const moved = new Set<string>();
  const caches = textureCaches(cy);
  const measure = (slice: Collection | NodeCollection | EdgeCollection) => {
    // A bounding box computes the element's rendered style (edge curve, label place) and
    // caches both, as the frame would.
    slice.boundingBox({});
    markMeasured(slice);
    markNeverDrawn(slice, caches);
  };
  return indexesInSlices(
    nodes.length + edges.length,
    (from, to) => {
      if (from < nodes.length) {
        const slice = nodes.slice(from, Math.min(to, nodes.length));
        slice.forEach((node) => void moved.add(node.id()));
        measure(slice);
      }
      if (to > nodes.length) {
        const slice = edges
          .slice(Math.max(from - nodes.length, 0), to - nodes.length)
          .filter(
            (edge) =>
              moved.has(edge.data('source') as string) || moved.has(edge.data('target') as string),
          );
        measure(slice);
      }
      if (to === nodes.length + edges.length) markEdgesClean(nodes);
    },
    STEP,
  );
}

/**
 * Cytoscape's renderer computes what its frame would (internal, cytoscape 3.35): what it still
 * has queued after the measuring, in a task of its own rather than in the frame's.
 */
export function flushRenderedStyle(cy: Core): void {
  const renderer = (
    cy as unknown as { renderer(): { flushRenderedStyleQueue?: () => void } | null }
  ).renderer();
  renderer?.flushRenderedStyleQueue?.();
}

/** The canvas renderer's parts the sliced flush uses (cytoscape 3.35, internal). */
interface FlushableRenderer {
  webgl?: boolean;
  onUpdateEleCalcsFns?: ((willDraw: boolean, eles: Collection) => void)[];
  flushRenderedStyleQueue?: () => void;
  data?: Record<string, { invalidateElements?: (eles: Collection) => void } | undefined>;
}

/** The renderer's five texture caches, each invalidated for changed elements before a frame. */
const INVALIDATED = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache', 'lyrTxrCache'];

/** Elements whose textures are checked between looks at the clock (about 5 µs each). */
const INVALIDATE_STEP = 200;

/**
 * `flushRenderedStyle` with its most expensive part done a slice a task first. Before a frame,
 * the renderer's one registered calculation hook (`invalidateTextureCaches`) checks, for every
 * element in its queue, whether each of five texture caches holds a stale picture of it: at
 * 100,000 elements 110–120 of the flush's 170–210 ms, in one task, because every element
 * added, restyled, moved and measured is in the queue. Here those checks (the caches' own
 * `invalidateElements`, and the background stamp the hook also sets) run over every element a
 * slice at a time, and the flush then runs with the hook left out, plus the hook for whatever
 * changed style meanwhile (a click while the result is prepared). Checking an element twice is
 * harmless, and one not in the queue finds nothing stale. Where the renderer is not the one this
 * was written against (WebGL, another hook, another cache), the flush is done as before.
 */
export function flushInSlices(cy: Core): Slices {
  const r = (cy as unknown as { renderer(): FlushableRenderer | null }).renderer();
  const hooks = r?.onUpdateEleCalcsFns;
  const caches = INVALIDATED.map((name) => {
    const cache = r?.data?.[name];
    return cache?.invalidateElements?.bind(cache);
  });
  const flushAlone = () => inSlices(() => (flushRenderedStyle(cy), false));
  if (!r || r.webgl || hooks?.length !== 1 || caches.some((c) => !c)) return flushAlone();
  const eles = cy.elements();
  const changed = new Set<Collection>();
  const note = (event: { target: Collection }) => void changed.add(event.target);
  cy.on('style', note);
  const checking = indexesInSlices(
    eles.length,
    (from, to) => {
      const slice = eles.slice(from, to);
      for (const invalidate of caches) invalidate?.(slice);
      slice.forEach((ele) => {
        const p = (ele as unknown as { _private: Record<string, unknown> })._private;
        p.oldBackgroundTimestamp = p.backgroundTimestamp;
      });
    },
    INVALIDATE_STEP,
  );
  // The flush, in a task of its own.
  const flushing = () =>
    inSlices(() => {
      cy.off('style', note);
      const [hook] = hooks;
      r.onUpdateEleCalcsFns = [];
      try {
        r.flushRenderedStyleQueue?.();
      } finally {
        r.onUpdateEleCalcsFns = hooks;
      }
      if (changed.size && hook) hook(true, cy.collection([...changed] as unknown as Collection));
      return false;
    });
  let stage: Slices = checking;
  return {
    done: checking.done.then((finished) => {
      if (!finished) return false;
      stage = flushing();
      return stage.done;
    }),
    stop() {
      cy.off('style', note);
      stage.stop();
    },
  };
}

/** A texture cache's map from an element to the style key of its textures (internal). */
interface TextureLookup {
  keyForId: { has(id: string): boolean };
  updateKeyMappingFor(ele: unknown): void;
}

/** The canvas renderer's four element texture caches (cytoscape 3.35), or none. */
function textureCaches(cy: Core): TextureLookup[] {
  const r = (
    cy as unknown as {
      renderer(): {
        webgl?: boolean;
        data?: Record<string, { lookup?: TextureLookup } | undefined>;
      } | null;
    }
  ).renderer();
  const lookups = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'].map(
    (name) => r?.data?.[name]?.lookup,
  );
  return lookups.every(
    (l) => typeof l?.keyForId?.has === 'function' && typeof l.updateKeyMappingFor === 'function',
  )
    ? (lookups as TextureLookup[])
    : [];
}

/**
 * Before a frame Cytoscape "invalidates" the textures of every element it has queued, which
 * for an element never drawn finds nothing to invalidate but still costs most of the queue's
 * flush (176 of 254 ms at 100,000 elements): it has no texture key yet, so it counts as
 * changed. Here an element that no cache has a key for gets its current key (and background
 * stamp) a slice at a time, which is what that invalidation would leave; the flush then finds
 * the key unchanged and moves on. Elements already drawn are left to the flush.
 */
function markNeverDrawn(
  eles: Collection | NodeCollection | EdgeCollection,
  caches: TextureLookup[],
): void {
  if (caches.length === 0) return;
  eles.forEach((ele) => {
    const id = ele.id();
    if (caches.some((c) => c.keyForId.has(id))) return;
    for (const c of caches) c.updateKeyMappingFor(ele);
    const p = (ele as unknown as { _private: Record<string, unknown> })._private;
    p.oldBackgroundTimestamp = p.backgroundTimestamp;
  });
}

/**
 * Computing a moved element's bounding box makes Cytoscape mark its rendered style dirty
 * again (the box emits 'bounds', cytoscape 3.35), though the box was computed from that very
 * style: left so, the renderer's queue recomputed every element measured here in one task
 * (0.3 s at 5,000 elements). Nothing has changed since, so the style is marked clean.
 */
function markMeasured(eles: Collection | NodeCollection | EdgeCollection): void {
  eles.forEach((ele) => {
    const rstyle = (ele as unknown as { _private?: { rstyle?: { clean?: boolean } } })._private
      ?.rstyle;
    if (rstyle) rstyle.clean = true;
  });
}

/**
 * Before a frame, Cytoscape marks the edges of every moved node dirty again unless the node
 * says they are clean (its internal `rstyle.cleanConnected`, cytoscape 3.35): without this the
 * frame recomputed every edge curve measured here (a quarter of a second at 5,000 elements).
 * The edges were measured after their nodes had their last position, so they are clean.
 */
function markEdgesClean(nodes: NodeCollection): void {
  nodes.forEach((node: NodeSingular) => {
    const rstyle = (node as unknown as { _private?: { rstyle?: { cleanConnected?: boolean } } })
      ._private?.rstyle;
    if (rstyle) rstyle.cleanConnected = true;
  });
}

/** The box around `nodes` from their positions and sizes, labels and edges left out. */
export function nodeBox(nodes: NodeCollection): { x1: number; y1: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node: NodeSingular) => {
    const { x, y } = node.position();
    const w = node.outerWidth() / 2;
    const h = node.outerHeight() / 2;
    // A position that is not a number (a worker layout at 20,000 elements gave one) would make
    // the whole box NaN and the fit a no-op; Cytoscape's bounding boxes skip it too.
    if (!Number.isFinite(x + y + w + h)) return;
    x1 = Math.min(x1, x - w);
    x2 = Math.max(x2, x + w);
    y1 = Math.min(y1, y - h);
    y2 = Math.max(y2, y + h);
  });
  if (x1 > x2) return { x1: 0, y1: 0, w: 0, h: 0 };
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * The box a graph laid out in the worker is fitted to: its nodes with their names, or above
 * `DRAFT_ABOVE` nodes (names culled at the fitted zoom) the nodes alone. Edges are left out:
 * they run between nodes, and measuring every edge curve at once took most of a second at
 * 5,000 elements (a tenth at 1,000).
 */
export function fitBoxOf(nodes: NodeCollection): { x1: number; y1: number; w: number; h: number } {
  if (nodes.length > DRAFT_ABOVE) return nodeBox(nodes);
  const { x1, y1, w, h } = nodes.boundingBox({ includeLabels: true, includeOverlays: false });
  return { x1, y1, w, h };
}
