/**
 * Draws a large layout's result into Cytoscape's layered texture cache a slice at a time,
 * before the canvas shows it, so that the frame that shows it copies one finished picture
 * instead of drawing every element (about a second at 5,000 elements in software rendering,
 * docs/large-graphs.md). Cytoscape's canvas renderer keeps, per zoom level, "layers": canvases
 * holding the drawing of the elements; a frame whose level is complete draws them with one
 * `drawImage`. On its own the renderer fills a new level only after a frame has drawn every
 * element directly, and then a few elements a frame. Here, while the batch that placed the
 * nodes still holds frames back and after the result is measured (measure-in-slices.ts), the
 * elements are drawn, in the renderer's order, into one layer of the level of the view the
 * result will be shown at, a slice a task (slices.ts); the layer is then that level, complete.
 * Relies on the renderer's internals (cytoscape 3.35: `data.lyrTxrCache` and its
 * `makeLayer`/`drawEleInLayer`, `getCachedZSortedEles`), checked before use. Nothing is done,
 * and the frame draws directly as before, without them, with the WebGL renderer (which draws
 * no layers), when the level already holds layers (a layout of part of the graph), or when one
 * layer cannot hold the view (the renderer's own size limits). Not here: measuring
 * (measure-in-slices.ts) or when this runs (client.ts).
 */
import type { Core } from 'cytoscape';
import { indexesInSlices, type Slices } from './slices';
import { zOrderInSlices } from './z-order';

/** Levels and sizes the renderer's layered cache allows (layered-texture-cache.mjs). */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_ZOOM = 3.99;
const MAX_LAYER_AREA = 4000 * 4000;
const MAX_LAYER_SIDE = 32767;

interface Element {
  boundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
  _private: { rscratch: { imgLayerCaches?: Record<number, unknown> } };
}

interface Layer {
  eles: Element[];
  reqs?: number;
  invalid?: boolean;
}

interface LayeredCache {
  layersByLevel: Record<number, Layer[] | undefined>;
  makeLayer(bb: Box, level: number): Layer;
  drawEleInLayer(layer: Layer, ele: Element, level: number, pxRatio: number): void;
}

interface CanvasRenderer {
  /** Cytoscape's WebGL renderer (the canvas renderer with `webgl: true`) draws no layers. */
  webgl?: boolean;
  data?: { lyrTxrCache?: LayeredCache };
  getPixelRatio?: () => number;
  getCachedZSortedEles?: () => { nondrag?: Element[] };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/** What the slices need from the renderer, or null when it is not the one this was built on. */
function layeredCache(cy: Core): { r: CanvasRenderer; cache: LayeredCache } | null {
  const r = (cy as unknown as { renderer(): CanvasRenderer | null }).renderer();
  const cache = r?.data?.lyrTxrCache;
  if (!r || r.webgl || !cache || !r.getPixelRatio || !r.getCachedZSortedEles) return null;
  if (typeof cache.makeLayer !== 'function' || typeof cache.drawEleInLayer !== 'function')
    return null;
  if (typeof cache.layersByLevel !== 'object') return null;
  return { r, cache };
}

/** The renderer's level for the current zoom, or null where it draws without layers. */
function levelOf(zoom: number, pxRatio: number): number | null {
  if (zoom >= MAX_ZOOM) return null;
  const level = Math.ceil(Math.log2(zoom * pxRatio));
  return level > MAX_LEVEL ? null : Math.max(level, MIN_LEVEL);
}

/**
 * Draws `cy`'s elements into the layered cache at the current view, a slice a task, in three
 * stages: the renderer's z-order (z-order.ts), the box of all elements, then the drawing. `done` resolves true when the level was completed.
 */
export function drawInSlices(cy: Core): Slices {
  const found = layeredCache(cy);
  const pxRatio = found?.r.getPixelRatio?.() ?? 1;
  const level = found ? levelOf(cy.zoom(), pxRatio) : null;
  if (!found || level === null || (found.cache.layersByLevel[level] ?? []).some((l) => !l.invalid))
    return { done: Promise.resolve(false), stop: () => undefined };
  const { r, cache } = found;
  let stage: Slices = { done: Promise.resolve(true), stop: () => undefined };
  let stopped = false;
  const next = async (make: () => Slices): Promise<boolean> => {
    if (stopped) return false;
    stage = make();
    return stage.done;
  };
  let eles: Element[] = [];
  const bb: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  let layer: Layer | null = null;
  const done = (async () => {
    // The renderer's drawing order, which it would otherwise sort in one go (z-order.ts).
    await next(() => zOrderInSlices(cy));
    if (stopped) return false;
    eles = r.getCachedZSortedEles!().nondrag ?? [];
    if (eles.length === 0) return false;
    const measured = await next(() =>
      indexesInSlices(eles.length, (from, to) => {
        for (let i = from; i < to; i++) {
          const b = eles[i]!.boundingBox();
          if (!(b.w > 0 && b.h > 0)) continue;
          bb.x1 = Math.min(bb.x1, b.x1);
          bb.y1 = Math.min(bb.y1, b.y1);
          bb.x2 = Math.max(bb.x2, b.x2);
          bb.y2 = Math.max(bb.y2, b.y2);
        }
      }),
    );
    bb.w = bb.x2 - bb.x1;
    bb.h = bb.y2 - bb.y1;
    const scale = 2 ** level;
    const [w, h] = [Math.ceil(bb.w * scale), Math.ceil(bb.h * scale)];
    if (!measured || !(w > 0 && h > 0) || w > MAX_LAYER_SIDE || h > MAX_LAYER_SIDE) return false;
    if (w * h > MAX_LAYER_AREA) return false;
    layer = cache.makeLayer(bb, level);
    const drawing = layer;
    const drawn = await next(() =>
      indexesInSlices(
        eles.length,
        (from, to) => {
          for (let i = from; i < to; i++) {
            const ele = eles[i]!;
            cache.drawEleInLayer(drawing, ele, level, pxRatio);
            drawing.eles.push(ele);
            (ele._private.rscratch.imgLayerCaches ??= {})[level] = drawing;
          }
        },
        25,
      ),
    );
    if (!drawn) return false;
    // Complete: the frame finds every element in this level's one layer and copies it.
    drawing.reqs = 0;
    cache.layersByLevel[level] = [drawing];
    return true;
  })();
  return {
    done,
    stop() {
      stopped = true;
      stage.stop();
      // A half-drawn layer never joins its level; the elements forget it.
      if (layer && !cache.layersByLevel[level]?.includes(layer))
        for (const ele of layer.eles) delete ele._private.rscratch.imgLayerCaches?.[level];
    },
  };
}
