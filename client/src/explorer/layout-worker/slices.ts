/**
 * Runs a long piece of main-thread work in tasks of about `BUDGET_MS`, so that the page
 * answers (a click, Cancel, the progress bar's clock) between them: the layout client reads
 * the graph, applies, measures and draws a large result this way. The work comes in small
 * chunks and the clock is read between chunks, so a chunk should take well under the budget.
 * Not here: what the work is (client.ts, measure-in-slices.ts, draw-in-slices.ts).
 */

/**
 * Time a task may take. The target for the longest task is 100 ms; at 20,000 elements and more
 * a garbage collection of 30–60 ms often lands inside a task, so the budget leaves room for it.
 */
export const BUDGET_MS = 25;

export interface Slices {
  /** Resolves true once the work is done, false if `stop` was called first. */
  readonly done: Promise<boolean>;
  stop(): void;
}

/**
 * Calls `chunk` until it returns false (nothing left), as many times a task as fit in
 * `BUDGET_MS`, the first time in a task of its own.
 */
export function inSlices(chunk: () => boolean): Slices {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (finished: boolean) => void = () => undefined;
  const done = new Promise<boolean>((resolve) => (settle = resolve));
  const task = () => {
    const began = performance.now();
    let more = true;
    while (more && performance.now() - began < BUDGET_MS) more = chunk();
    if (more) timer = setTimeout(task, 0);
    else settle(true);
  };
  timer = setTimeout(task, 0);
  return {
    done,
    stop() {
      clearTimeout(timer);
      settle(false);
    },
  };
}

/** `inSlices` over the indexes `0 … count - 1`, `each` called with `step` indexes at a time. */
export function indexesInSlices(
  count: number,
  each: (from: number, to: number) => void,
  step = 100,
): Slices {
  let next = 0;
  return inSlices(() => {
    if (next >= count) return false;
    const to = Math.min(next + step, count);
    each(next, to);
    next = to;
    return next < count;
  });
}
