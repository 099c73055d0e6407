/**
 * Undo and redo of exploration steps, as pure functions over two immutable stacks kept in the
 * explorer's State: before each step the caller records the recipe and the canvas (elements
 * with positions); undo puts the previous pair back, redo the next. Bounded, because a
 * snapshot of a large canvas is not small. Not the browser history: the URL is replaced, not
 * pushed, so Back leaves the app as users expect. Not here: putting a step back on the canvas
 * (the explorer's renderer does that when the State says a step was restored).
 */
import type { ElementDefinition } from 'cytoscape';
import type { ExplorerState } from './state';

export interface Step {
  state: ExplorerState;
  elements: ElementDefinition[];
  /** Panel contents are derived again from state; only the viewport is kept with it. */
  zoom: number;
  pan: { x: number; y: number };
}

export interface UndoStacks {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

export const EMPTY_HISTORY: UndoStacks = { past: [], future: [] };

/** Steps kept for undo; older ones are dropped. */
export const HISTORY_LIMIT = 40;

/** Records `step` as the one to go back to; a new step clears what redo could bring back. */
export function recorded(stacks: UndoStacks, step: Step, limit = HISTORY_LIMIT): UndoStacks {
  const past = [...stacks.past, step];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** A move between the stacks: the step to put back, and the stacks after it. */
export type Moved = { stacks: UndoStacks; step: Step } | null;

/** Takes the last step off `from` and keeps `current` on `onto`. */
function take(from: readonly Step[], onto: readonly Step[], current: Step) {
  const step = from.at(-1);
  return step ? { step, from: from.slice(0, -1), onto: [...onto, current] } : null;
}

/** The step to go back to, given the current one (kept for redo); null when there is none. */
export function undone(stacks: UndoStacks, current: Step): Moved {
  const moved = take(stacks.past, stacks.future, current);
  return moved && { step: moved.step, stacks: { past: moved.from, future: moved.onto } };
}

/** The step undo last left, given the current one (kept for undo); null when there is none. */
export function redone(stacks: UndoStacks, current: Step): Moved {
  const moved = take(stacks.future, stacks.past, current);
  return moved && { step: moved.step, stacks: { past: moved.onto, future: moved.from } };
}
