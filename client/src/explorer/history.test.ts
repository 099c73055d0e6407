import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, recorded, redone, undone, type Step } from './history';
import { INITIAL_STATE } from './state';

const step = (focus: string): Step => ({
  state: { ...INITIAL_STATE, focus },
  elements: [],
  zoom: 1,
  pan: { x: 0, y: 0 },
});

describe('undo stacks', () => {
  it('goes back to the last recorded step and keeps the current one for redo', () => {
    const stacks = recorded(recorded(EMPTY_HISTORY, step('a')), step('b'));
    const back = undone(stacks, step('c'))!;
    expect(back.step.state.focus).toBe('b');
    expect(back.stacks.past.map((s) => s.state.focus)).toEqual(['a']);
    expect(back.stacks.future.map((s) => s.state.focus)).toEqual(['c']);
    const forward = redone(back.stacks, step('b2'))!;
    expect(forward.step.state.focus).toBe('c');
    expect(forward.stacks.past.map((s) => s.state.focus)).toEqual(['a', 'b2']);
    expect(forward.stacks.future).toEqual([]);
  });

  it('has nothing to undo or redo when empty', () => {
    expect(undone(EMPTY_HISTORY, step('x'))).toBeNull();
    expect(redone(EMPTY_HISTORY, step('x'))).toBeNull();
  });

  it('clears what redo could bring back when a new step is recorded', () => {
    const back = undone(recorded(EMPTY_HISTORY, step('a')), step('b'))!;
    expect(back.stacks.future).toHaveLength(1);
    expect(recorded(back.stacks, step('c')).future).toEqual([]);
  });

  it('keeps only the last steps up to its limit', () => {
    let stacks = EMPTY_HISTORY;
    for (const name of ['a', 'b', 'c', 'd']) stacks = recorded(stacks, step(name), 3);
    expect(stacks.past.map((s) => s.state.focus)).toEqual(['b', 'c', 'd']);
  });

  it('never changes the stacks it is given', () => {
    const stacks = recorded(EMPTY_HISTORY, step('a'));
    undone(stacks, step('b'));
    recorded(stacks, step('c'));
    expect(stacks.past.map((s) => s.state.focus)).toEqual(['a']);
    expect(stacks.future).toEqual([]);
  });
});
