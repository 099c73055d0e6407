/**
 * Draws a large layout's result into Cytoscape's layered texture cache a slice at a time,
 * before the canvas shows it, so that the frame that shows it copies one finished picture
 * instead of drawing every element (about a second at 5,000 elements in software rendering,
 * docs/large-graphs.md). Cytoscape's canvas renderer keeps, per zoom level, "layers": canvases
 * holding the drawing of all elements; a frame whose level is complete draws them with one
 * `drawImage`. On its own the renderer fills a new level only after a frame has drawn every
 * element directly (and fills it a few elements a frame). Here, while the batch that placed the
 * nodes still holds frames back and after the result is measured (measure-in-slices.ts), the
 * elements are queued into the level of the view the result will be shown at and drawn into
 * it in tasks of about `BUDGET_MS`. Relies on the renderer's internals (cytoscape 3.35:
 * `data.lyrTxrCache`, `getCachedZSortedEles`), checked before use: without them, or when the
 * level cannot hold the result (a layer larger than the renderer allows), nothing is done and
 * the frame draws directly, as before. Not here: measuring (measure-in-slices.ts) or when this
 * runs (client.ts).
 */
import type { Core } from 'cytoscape';

/** Time a slice may take. */
const BUDGET_MS = 40;
/** Elements drawn between two looks at the clock. */
const STEP = 25;

interface LayeredCache {
  firstGet: boolean;
  skipping: boolean;
  layersQueue: { size(): number };
  getLayers(eles: unknown[], pxRatio: number): unknown[] | null;
  dequeue(pxRatio: number): unknown[];
}

interface CanvasRenderer {
  data?: { lyrTxrCache?: LayeredCache };
  getPixelRatio?: () => number;
  getCachedZSortedEles?: () => { nondrag?: unknown[] };
}

export interface Drawing {
  /** Resolves once the level is drawn, or there is nothing to draw, or `stop` was called. */
  readonly done: Promise<void>;
  /** How many elements were drawn ahead (0: the frame draws directly). */
  readonly drawn: () => number;
  stop(): void;
}

/** Starts drawing `cy`'s elements into the layered cache at the current view, a slice a task. */
export function drawInSlices(cy: Core): Drawing {
  const r = (cy as unknown as { renderer(): CanvasRenderer | null }).renderer();
  const cache = r?.data?.lyrTxrCache;
  let drawn = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (settle = resolve));
  const eles = r?.getCachedZSortedEles?.().nondrag;
  if (!r || !cache || !eles || typeof cache.getLayers !== 'function' || !r.getPixelRatio) {
    settle();
    return { done, drawn: () => 0, stop: () => undefined };
  }
  const pxRatio = r.getPixelRatio();
  const step = () => {
    const began = performance.now();
    while (cache.layersQueue.size() > 0 && performance.now() - began < BUDGET_MS)
      for (let i = 0; i < STEP && cache.layersQueue.size() > 0; i++) {
        cache.dequeue(pxRatio);
        drawn++;
      }
    if (cache.layersQueue.size() > 0) timer = setTimeout(step, 0);
    else settle();
  };
  timer = setTimeout(() => {
    // Queue, not draw: the renderer draws a level at once on its very first frame only, and
    // skips layers for a moment after any change (the measuring just made some).
    cache.firstGet = false;
    cache.skipping = false;
    cache.getLayers(eles, pxRatio);
    step();
  }, 0);
  return {
    done,
    drawn: () => drawn,
    stop() {
      clearTimeout(timer);
      settle();
    },
  };
}
