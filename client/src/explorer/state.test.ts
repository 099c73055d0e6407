import { describe, expect, it, vi } from 'vitest';
import type { Step } from './history';
import {
  actions,
  INITIAL_STATE,
  initialState,
  recipeActions,
  Store,
  type ExplorerState,
} from './state';

const step = (recipe: Partial<ExplorerState>): Step => ({
  state: { ...INITIAL_STATE, ...recipe },
  elements: [],
  zoom: 1,
  pan: { x: 0, y: 0 },
});

describe('recipe actions', () => {
  it('adds a node once, shows it again if hidden, and focuses it', () => {
    const hidden = recipeActions.hideNode(INITIAL_STATE, 'a');
    const added = recipeActions.addNode(recipeActions.addNode(hidden, 'a'), 'a');
    expect(added).toMatchObject({ added: ['a'], hiddenNodes: [], focus: 'a' });
  });

  it('drops the focus when the focused node is hidden', () => {
    const focused = recipeActions.focus(INITIAL_STATE, 'a');
    expect(recipeActions.hideNode(focused, 'a').focus).toBeNull();
    expect(recipeActions.hideNode(focused, 'b').focus).toBe('a');
  });

  it('starts a view afresh, keeping a person focused among co-speakers only', () => {
    const grown = { ...recipeActions.expand(INITIAL_STATE, 'e'), focus: 'event:x' };
    const co = recipeActions.view(grown, 'co-speakers');
    expect(co).toMatchObject({ view: 'co-speakers', expanded: [], focus: null, path: null });
    const person = recipeActions.view({ ...grown, focus: 'person:y' }, 'co-speakers');
    expect(person.focus).toBe('person:y');
  });

  it('toggles label filters and clears everything but the display choices', () => {
    const off = recipeActions.showLabel(INITIAL_STATE, 'Claim', false);
    expect(off.hiddenLabels).toEqual(['Claim']);
    expect(recipeActions.showLabel(off, 'Claim', true).hiddenLabels).toEqual([]);
    const styled = { ...off, layout: 'grid' as const, sizeBy: 'pagerank' as const };
    expect(recipeActions.clear(styled)).toEqual({
      ...INITIAL_STATE,
      layout: 'grid',
      sizeBy: 'pagerank',
    });
  });
});

describe('State actions', () => {
  it('records steps, and undo puts the last one back as a restore for the renderer', () => {
    let s = actions.record(initialState(), step({ focus: 'before' }));
    s = actions.recipe(s, { ...s.recipe, focus: 'after' });
    const back = actions.undo(s, step({ focus: 'after' }));
    expect(back.recipe.focus).toBe('before');
    expect(back.restored?.step.state.focus).toBe('before');
    expect(back.history.past).toHaveLength(0);
    const forward = actions.redo(back, step({ focus: 'before' }));
    expect(forward.recipe.focus).toBe('after');
    expect(forward.restored).not.toBe(back.restored);
  });

  it('leaves the state alone when there is nothing to undo or redo', () => {
    const s = initialState();
    expect(actions.undo(s, step({}))).toBe(s);
    expect(actions.redo(s, step({}))).toBe(s);
  });

  it('starts a path pick with a cancellable banner and ends it with the banner', () => {
    const picking = actions.startPathPick(initialState(), 'person:a', 'Ada');
    expect(picking.pathPick).toEqual({ id: 'person:a', name: 'Ada' });
    expect(picking.banner).toMatchObject({
      cancel: true,
      text: expect.stringContaining('Ada') as unknown,
    });
    expect(actions.endPathPick(picking)).toMatchObject({ pathPick: null, banner: null });
  });

  it('hides a banner only while it is still the one shown', () => {
    const first = { text: 'one', cancel: false };
    const second = { text: 'two', cancel: false };
    const s = actions.banner(actions.banner(initialState(), first), second);
    expect(actions.hideBanner(s, first).banner).toBe(second);
    expect(actions.hideBanner(s, second).banner).toBeNull();
  });

  it('counts running requests and never below zero', () => {
    const s = actions.busy(actions.busy(initialState(), 1), 1);
    expect(s.busy).toBe(2);
    expect(actions.busy(actions.busy(actions.busy(s, -1), -1), -1).busy).toBe(0);
  });

  it('clears to a blank view without paths or a pick', () => {
    const s = {
      ...actions.startPathPick(initialState(), 'a', 'A'),
      recipe: { ...INITIAL_STATE, path: { from: 'a', to: 'b' }, layout: 'circle' as const },
    };
    const cleared = actions.clear(s);
    expect(cleared.recipe).toMatchObject({ view: 'blank', path: null, layout: 'circle' });
    expect(cleared).toMatchObject({ paths: null, pathPick: null, banner: null });
  });

  it('marks a result drawn from outside as a query view with nothing focused', () => {
    const s = actions.recipe(initialState(), { ...INITIAL_STATE, focus: 'a', expanded: ['b'] });
    expect(actions.drawn(s).recipe).toMatchObject({ view: 'query', focus: null, expanded: [] });
  });
});

describe('Store', () => {
  it('tells subscribers the new and previous state, and nothing for the same state', () => {
    const store = new Store();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.state;
    store.set(first);
    expect(listener).not.toHaveBeenCalled();
    store.change((r) => recipeActions.focus(r, 'a'));
    expect(listener).toHaveBeenCalledWith(store.state, first);
    store.change((r) => r);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(actions.note(store.state, 'x'));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
