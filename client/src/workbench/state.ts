/**
 * The workbench's one typed State and the named actions that change it: the query open in the
 * editor (saved, built-in or new), the saved and library lists, whether the server asks for
 * its token, the live schema, the run's progress, the status line, the error shown (with the
 * position Neo4j reported, or the two versions of a conflicting save), the share link and the
 * local run history. Everything the workbench draws around the editor follows from it
 * (render.ts). Not here: what the user is typing (the editor, the form and the title fields
 * hold their own text) or the requests (commands.ts).
 */
import { Store } from '../store';
import type { Schema, SavedQuery, SavedQueryInput } from './api';
import type { HistoryEntry } from './history';

/** `idle` before the first run; tests and automation read it as `data-state`. */
export type RunState = 'idle' | 'running' | 'done' | 'error';

export interface ErrorShown {
  message: string;
  /** Where Neo4j located a syntax error. */
  where?: { line: number; column: number };
  /** A save refused because someone saved in between: my edit, and their version. */
  conflict?: { mine: SavedQueryInput; theirs?: SavedQuery };
}

export interface Status {
  text: string;
  /** The last result was cut at a limit. */
  truncated: boolean;
  /** Neo4j's warnings about the last result (kept until a result brings others). */
  title: string;
  /** Whether the last result had graph elements to draw (`none`: a table only). */
  graph?: 'drawn' | 'none';
}

export interface WorkbenchState {
  /** The saved or built-in query open in the editor; null for a new query. */
  current: SavedQuery | null;
  saved: SavedQuery[];
  library: SavedQuery[];
  tokenRequired: boolean;
  schema: Schema;
  run: RunState;
  status: Status;
  error: ErrorShown | null;
  /** The link shown after "Share link" (a fresh object each time, selected again), or null. */
  share: { link: string } | null;
  history: HistoryEntry[];
}

export const initialState = (history: HistoryEntry[] = []): WorkbenchState => ({
  current: null,
  saved: [],
  library: [],
  tokenRequired: false,
  schema: { labels: [], relationshipTypes: [], propertyKeys: [] },
  run: 'idle',
  status: { text: '', truncated: false, title: '' },
  error: null,
  share: null,
  history,
});

type S = WorkbenchState;

/** Named actions: each takes the state and returns the next one (never mutates). */
export const actions = {
  /** A query opened (or, with null, a new one started): no share link, no error. */
  open: (s: S, current: SavedQuery | null): S => ({ ...s, current, share: null, error: null }),
  /** The editor was filled from history: a new, unsaved query; the rest stays. */
  fromHistory: (s: S): S => ({ ...s, current: null }),
  current: (s: S, current: SavedQuery): S => ({ ...s, current }),
  lists: (
    s: S,
    lists: { queries: SavedQuery[]; library: SavedQuery[]; tokenRequired: boolean },
  ): S => ({
    ...s,
    saved: lists.queries,
    library: lists.library,
    tokenRequired: lists.tokenRequired,
  }),
  tokenRequired: (s: S): S => ({ ...s, tokenRequired: true }),
  schema: (s: S, schema: Schema): S => ({ ...s, schema }),
  status: (s: S, text: string): S => ({ ...s, status: { ...s.status, text } }),
  running: (s: S): S => ({ ...s, run: 'running', status: { ...s.status, text: 'Running…' } }),
  /** A result arrived: its summary, whether it was cut, Neo4j's warnings if any. */
  done: (
    s: S,
    text: string,
    truncated: boolean,
    warnings: string,
    graph: 'drawn' | 'none' = 'drawn',
  ): S => ({
    ...s,
    run: 'done',
    status: { text, truncated, title: warnings || s.status.title, graph },
  }),
  failed: (s: S, error: ErrorShown): S => ({
    ...s,
    run: 'error',
    status: { ...s.status, text: 'Error', graph: undefined },
    error,
  }),
  error: (s: S, error: ErrorShown | null): S => ({ ...s, error }),
  share: (s: S, link: string): S => ({ ...s, share: { link } }),
  history: (s: S, history: HistoryEntry[]): S => ({ ...s, history }),
};

export type WorkbenchStore = Store<WorkbenchState>;
export { Store };
