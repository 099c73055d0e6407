/**
 * Passes over the canvas's elements (filters, sizes, colours, the legend's counts, the
 * highlight) written once as generators that pause between chunks of elements, so that the
 * same code runs in one go on a small graph and a slice a task (layout-worker/slices.ts) on a
 * large one. After "Draw all" of a 100,000-element result the restyle was one task of 2.2 s
 * (docs/large-graphs.md). Not here: what the passes do (canvas.ts, metrics.ts, legend.ts,
 * render.ts).
 */
import type { Collection, Core, SingularElementArgument } from 'cytoscape';
import { inSlices, type Slices } from './layout-worker/slices';

/** A pass: pauses (yields) between chunks, returns its result. */
export type Pass<T = void> = Generator<void, T, void>;

/**
 * How a pass runs. `sliced`: inside a batch held from task to task (so the canvas keeps its
 * picture), where a style change is only noted until `settle` marks and computes it.
 */
export interface PassMode {
  readonly sliced: boolean;
}

export const AT_ONCE: PassMode = { sliced: false };

/** Elements looked at between pauses (a class or visibility check takes a few µs). */
export const LOOK_STEP = 500;
/** Elements whose classes or style are changed between pauses. */
export const CHANGE_STEP = 200;
/** Elements whose style is computed between pauses (a node's takes up to 0.1 ms). */
const STYLE_STEP = 100;

/** Runs `pass` to its end in this task and returns its result. */
export function drain<T>(pass: Pass<T>): T {
  for (;;) {
    const next = pass.next();
    if (next.done) return next.value;
  }
}

/** Calls `each` on every element of `list`, pausing every `step`. */
export function* forEachIn<T>(list: ArrayLike<T>, each: (item: T) => void, step = LOOK_STEP): Pass {
  for (let i = 0; i < list.length; i++) {
    each(list[i]!);
    if ((i + 1) % step === 0 && i + 1 < list.length) yield;
  }
}

/** Cytoscape makes a collection of an array of elements; its typings list only definitions. */
export function collectionOf(cy: Core, list: SingularElementArgument[]): Collection {
  return cy.collection(list as unknown as Collection);
}

/** Calls `change` with collections of `list`'s elements, `CHANGE_STEP` at a time. */
export function* changeIn(
  cy: Core,
  list: SingularElementArgument[],
  change: (eles: Collection) => void,
): Pass {
  for (let i = 0; i < list.length; i += CHANGE_STEP) {
    change(collectionOf(cy, list.slice(i, i + CHANGE_STEP)));
    if (i + CHANGE_STEP < list.length) yield;
  }
}

/** Cytoscape's per-collection style update, not in its typings (collection/style.mjs). */
type Cleanable = Collection & { cleanStyle?: () => void };

/**
 * Brings the style of `list` up to date before a pass reads it. At once there is nothing to
 * do: Cytoscape computes a changed style when it is next read. In slices, the held batch has
 * only noted the change: ending it marks the elements (and opening it again in the same task
 * keeps the canvas from drawing), and their styles are then computed a chunk at a time, so
 * that whatever reads them next does not compute them all in one task.
 */
export function* settle(cy: Core, list: SingularElementArgument[], mode: PassMode): Pass {
  if (!mode.sliced || list.length === 0) return;
  cy.endBatch();
  cy.startBatch();
  for (let i = 0; i < list.length; i += STYLE_STEP) {
    // Where another Cytoscape version has no `cleanStyle`, the first read computes them all.
    (collectionOf(cy, list.slice(i, i + STYLE_STEP)) as Cleanable).cleanStyle?.();
    if (i + STYLE_STEP < list.length) yield;
  }
}

/**
 * Runs `pass` a slice a task inside a batch, ended when the pass is done or stopped (in the
 * same task, so what the caller does next runs before any frame).
 */
export function passInSlices(cy: Core, pass: Pass<unknown>): Slices {
  cy.startBatch();
  let held = true;
  const release = () => {
    if (held) cy.endBatch();
    held = false;
  };
  const slices = inSlices(() => {
    if (!pass.next().done) return true;
    release();
    return false;
  });
  return {
    done: slices.done,
    stop() {
      slices.stop();
      pass.return(undefined);
      release();
    },
  };
}
