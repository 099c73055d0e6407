/**
 * The one store pattern of the client's views (explorer, workbench): it holds a view's typed
 * State, `set` replaces it with the next one a named action returned and tells every
 * subscriber the new and the previous state, so rendering is derived from state changes.
 * Setting the same state object again notifies nobody. Not here: the states and their actions
 * (each view's state.ts), or any rendering.
 */

export type Listener<S> = (state: S, previous: S) => void;

export class Store<S> {
  private readonly listeners = new Set<Listener<S>>();

  constructor(private current: S) {}

  get state(): S {
    return this.current;
  }

  set(next: S): void {
    const previous = this.current;
    if (next === previous) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Adds a subscriber; the returned function removes it. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
