/**
 * "Only the latest request counts", over AbortController: one `Latest` per kind of request
 * (the explorer's details panel and base view, the workbench's runs), where starting a request
 * aborts the one before it, and the answer of an aborted request is never handed back. It
 * replaces the per-request counters the views used to compare by hand. The task gets the signal, so a fetch that accepts one
 * is cancelled on the wire too; a task that ignores it is still guarded, because its result
 * is dropped once the signal is aborted. Not a queue, a retry or a timeout.
 */

/** What `run` resolves with when a newer request (or `abort`) superseded this one. */
export const STALE: unique symbol = Symbol('stale');
export type Stale = typeof STALE;

export interface Latest {
  /**
   * Aborts the request before, then runs `task`. Resolves with its result, or with STALE when
   * the request was superseded meanwhile; a superseded request's error is dropped too, the
   * latest's is thrown.
   */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T | Stale>;
  /** Aborts the running request, if any (teardown, or a result drawn from elsewhere). */
  abort(): void;
  /** Whether a request is running and not superseded. */
  readonly pending: boolean;
}

export function latest(): Latest {
  let current: AbortController | undefined;
  return {
    async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T | Stale> {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      try {
        const value = await task(controller.signal);
        return controller.signal.aborted ? STALE : value;
      } catch (error) {
        if (controller.signal.aborted) return STALE;
        throw error;
      } finally {
        if (current === controller) current = undefined;
      }
    },
    abort() {
      current?.abort();
      current = undefined;
    },
    get pending() {
      return current !== undefined;
    },
  };
}
