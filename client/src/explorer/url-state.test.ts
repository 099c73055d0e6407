import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type ExplorerState } from './state';
import { stateFromUrl, urlFromState } from './url-state';

describe('the recipe in the URL', () => {
  it('leaves defaults out, so the first view has no query string', () => {
    expect(urlFromState(INITIAL_STATE, '')).toBe('');
  });

  it('reads back what it wrote, with ids, lists and the path kept readable', () => {
    const recipe: ExplorerState = {
      ...INITIAL_STATE,
      view: 'co-speakers',
      focus: 'person:rama-yade',
      hiddenLabels: ['Claim', 'Topic'],
      dateFrom: '2017-09-01',
      dateTo: '2017-09-30',
      layout: 'concentric',
      colorBy: 'community',
      expanded: ['event:a', 'event:b'],
      path: { from: 'person:a', to: 'person:b' },
    };
    const url = urlFromState(recipe, '');
    expect(url).toContain('focus=person:rama-yade');
    expect(url).toContain('hide=Claim,Topic');
    expect(url).toContain('path=person:a|person:b');
    expect(stateFromUrl(url)).toEqual(recipe);
  });

  it('keeps the workbench’s parameters and replaces only its own', () => {
    const url = urlFromState({ ...INITIAL_STATE, focus: 'x' }, '?query=q1&p.n=3&focus=old');
    const params = new URLSearchParams(url);
    expect(params.get('query')).toBe('q1');
    expect(params.get('p.n')).toBe('3');
    expect(params.getAll('focus')).toEqual(['x']);
  });

  it('reopens a query result as a blank canvas and ignores malformed values', () => {
    const state = stateFromUrl('?view=query&from=2017-9-1&layout=spiral&size=weight&path=a');
    expect(state).toMatchObject({ view: 'blank', dateFrom: null, path: null });
    expect(state.layout).toBe(INITIAL_STATE.layout);
    expect(state.sizeBy).toBe(INITIAL_STATE.sizeBy);
  });
});
