/**
 * The undo and redo commands over the State's undo stacks: a step is the recipe plus a
 * snapshot of the canvas and its viewport; `record` keeps the current one before a command
 * changes anything; undo and redo are state transitions (`actions.undo`, `actions.redo`) whose
 * canvas the renderer puts back. The stacks themselves are history.ts's pure functions. Not
 * here: deciding which commands are undoable (each command records before it acts).
 */
import type { Canvas } from './canvas';
import type { Step } from './history';
import { actions, type Store } from './state';

export interface Undo {
  /** The recipe, canvas and viewport as they are now. */
  current(): Step;
  /** Records the current step, so undo comes back to it. */
  record(): void;
  /** Records the current step, then runs `change`. */
  recorded<T>(change: () => T): T;
  undo(): void;
  redo(): void;
}

export function createUndo(canvas: Canvas, store: Store): Undo {
  const current = (): Step => {
    const cy = canvas.core();
    return {
      state: store.state.recipe,
      elements: canvas.snapshot(),
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
    };
  };
  const record = () => store.set(actions.record(store.state, current()));
  return {
    current,
    record,
    recorded(change) {
      record();
      return change();
    },
    // Nothing to go back to: leave the canvas as it is (no snapshot taken either).
    undo: () => {
      if (store.state.history.past.length) store.set(actions.undo(store.state, current()));
    },
    redo: () => {
      if (store.state.history.future.length) store.set(actions.redo(store.state, current()));
    },
  };
}
