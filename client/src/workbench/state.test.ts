import { describe, expect, it } from 'vitest';
import type { SavedQuery } from './api';
import { actions, initialState } from './state';

const query = (builtin = false): SavedQuery =>
  ({
    id: 'q1',
    title: 'Q',
    description: '',
    cypher: 'RETURN 1',
    params: [],
    tags: [],
    version: 3,
    builtin,
  }) as unknown as SavedQuery;

describe('workbench state', () => {
  it('opens a query without the last share link or error', () => {
    const s = actions.error(actions.share(initialState(), 'http://x'), { message: 'boom' });
    const opened = actions.open(s, query());
    expect(opened).toMatchObject({ current: { id: 'q1' }, share: null, error: null });
    expect(actions.open(opened, null).current).toBeNull();
  });

  it('goes from running to done with the summary, keeping earlier warnings when none came', () => {
    const running = actions.running(initialState());
    expect(running).toMatchObject({ run: 'running', status: { text: 'Running…' } });
    const warned = actions.done(running, '1 row', false, 'Cartesian product');
    const next = actions.done(actions.running(warned), '2 rows', true, '');
    expect(next).toMatchObject({
      run: 'done',
      status: { text: '2 rows', truncated: true, title: 'Cartesian product' },
    });
  });

  it('shows a failed run as an error with Neo4j’s position', () => {
    const failed = actions.failed(actions.running(initialState()), {
      message: 'syntax: bad',
      where: { line: 2, column: 8 },
    });
    expect(failed).toMatchObject({
      run: 'error',
      status: { text: 'Error' },
      error: { where: { line: 2, column: 8 } },
    });
  });

  it('changes the status text only, keeping whether the last result was cut', () => {
    const cut = actions.done(initialState(), '500 rows', true, '');
    expect(actions.status(cut, 'Link copied').status).toEqual({
      text: 'Link copied',
      truncated: true,
      title: '',
      graph: 'drawn',
    });
  });

  it('gives each share a fresh link object, so the same link is selected again', () => {
    const once = actions.share(initialState(), 'http://x');
    expect(actions.share(once, 'http://x').share).not.toBe(once.share);
  });

  it('takes the lists and whether the server wants its token', () => {
    const s = actions.lists(initialState(), {
      queries: [query()],
      library: [query(true)],
      tokenRequired: true,
    });
    expect(s).toMatchObject({ saved: [{ id: 'q1' }], library: [{ builtin: true }] });
    expect(s.tokenRequired).toBe(true);
    expect(actions.fromHistory(actions.open(s, query())).current).toBeNull();
  });
});
