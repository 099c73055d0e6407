/**
 * Undo and redo of exploration steps: before each step the caller records the state and the
 * canvas (elements with positions); undo puts the previous pair back, redo the next. Bounded,
 * because a snapshot of a large canvas is not small. Not the browser history: the URL is
 * replaced, not pushed, so Back leaves the app as users expect.
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

export class UndoHistory {
  private past: Step[] = [];
  private future: Step[] = [];

  constructor(private readonly limit = 40) {}

  record(step: Step): void {
    this.past.push(step);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** Returns the step to go back to, given the current one (kept for redo). */
  undo(current: Step): Step | undefined {
    const step = this.past.pop();
    if (step) this.future.push(current);
    return step;
  }

  redo(current: Step): Step | undefined {
    const step = this.future.pop();
    if (step) this.past.push(current);
    return step;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
