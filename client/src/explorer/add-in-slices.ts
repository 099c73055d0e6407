/**
 * Adds a large result to the canvas a slice a task (layout-worker/slices.ts), so that the page
 * answers while it is added. `cy.add` of 20,000 elements in one go, and the style passes that
 * follow it, blocked the page for 2–4 s (16 s at 100,000; docs/large-graphs.md has the profile).
 * Here a batch holds the drawing back the whole time (Cytoscape draws no frame while a batch is
 * open, so the canvas keeps its old picture): the elements are added a few hundred at a time,
 * then every element's style is computed a slice at a time, so that what runs next (the
 * filters, sizes and the layout's reading of the graph) finds it computed. Not here: what is
 * added (canvas.ts's definitions), the progress bar or what Cancel does with the canvas.
 */
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import { inSlices, type Slices } from './layout-worker/slices';

/**
 * Results with more elements than this are added in slices: the ones the large-result prompt
 * asks about (large-result.ts's ASK_THRESHOLD), where adding took a second or more. Smaller
 * ones (the corpus's first view, most Cypher results) are added in one go as before.
 */
export const ADD_IN_SLICES_ABOVE = 2500;

/** Definitions added between looks at the clock (about 2 ms at 20,000 elements). */
const ADD_STEP = 200;
/** Elements whose style is computed between looks at the clock (a node's takes up to 0.1 ms). */
const STYLE_STEP = 100;

export interface Adding extends Slices {
  /** The elements added so far. */
  added(): Collection;
}

/** Cytoscape's per-collection style update, not in its typings (collection/style.mjs). */
type Cleanable = Collection & { cleanStyle?: () => void };

/**
 * Adds `defs` (nodes before the edges that join them, as canvas.ts orders them) and computes
 * their style, a slice a task. The batch is ended when the work is done or stopped, in the same
 * task, so what the caller does next runs before any frame.
 */
export function addInSlices(cy: Core, defs: ElementDefinition[]): Adding {
  let added = cy.collection();
  let next = 0;
  let styled = 0;
  let held = true;
  const release = () => {
    if (held) cy.endBatch();
    held = false;
  };
  cy.startBatch();
  const slices = inSlices(() => {
    if (next < defs.length) {
      const to = Math.min(next + ADD_STEP, defs.length);
      added = added.merge(cy.add(defs.slice(next, to)));
      next = to;
      // Inside a batch Cytoscape only notes which elements need their style, and works it out
      // for all of them in whatever reads a style first once the batch ends (1–2 s at 20,000
      // elements). Ending the batch marks them, and opening it again in the same task keeps the
      // canvas from drawing; the slices below then compute the styles. Done for each slice:
      // marking all 100,000 elements of a large result at once was a task of 120 ms.
      cy.endBatch();
      cy.startBatch();
      if (next < defs.length) return true;
      return added.length > 0;
    }
    const to = Math.min(styled + STYLE_STEP, added.length);
    const slice = added.slice(styled, to) as Cleanable;
    // `cleanStyle` computes what is marked. Where another Cytoscape version has no such
    // method, whatever reads a style first computes them all, as before.
    slice.cleanStyle?.();
    styled = to;
    if (styled < added.length) return true;
    release();
    return false;
  });
  return {
    done: slices.done,
    added: () => added,
    stop() {
      slices.stop();
      release();
    },
  };
}
