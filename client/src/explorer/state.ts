/**
 * The explorer's one typed State and the named actions that change it. The canvas, toolbar,
 * filters, panel, banners and URL are all derived from this state: an action returns a new
 * state, the store notifies subscribers, and the renderer redraws what concerns it. What is on
 * the canvas is described by a recipe (`ExplorerState`: base view + expansions + path + hidden
 * nodes), so a URL holding it rebuilds the same view; around it, the State keeps the undo
 * stacks, the answers the panel shows, and the feedback on screen. Undo and redo are
 * transitions like any other: they set `restored`, and the renderer puts that step's canvas
 * back. Not here: the Cytoscape elements themselves (canvas.ts), how the recipe is written
 * into the URL (url-state.ts), and what a command fetches (commands.ts, loading.ts).
 */
import type { QuerySource } from '../export/context';
import { Store as BaseStore } from '../store';
import {
  EMPTY_HISTORY,
  recorded,
  redone,
  undone,
  type Moved,
  type Step,
  type UndoStacks,
} from './history';
import type {
  CoSpeakersResponse,
  OverviewResponse,
  OverviewSummary,
  PathsResponse,
} from '../../../api';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'grid';
export type SizeBy = 'degree' | 'betweenness' | 'pagerank';
export type ColorBy = 'label' | 'community';
/**
 * `graph`: events, speakers and organizers, grown by expansion; `co-speakers`: people only;
 * `blank`: cleared canvas, grown from search; `query`: a Cypher or file result (not replayable).
 */
export type ViewMode = 'graph' | 'co-speakers' | 'blank' | 'query';

export const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'];
export const SIZES: SizeBy[] = ['degree', 'betweenness', 'pagerank'];

export interface ExplorerState {
  view: ViewMode;
  /** The node whose details are open (selected and centred), or null. */
  focus: string | null;
  /** Labels and relationship types filtered out of the canvas. */
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** Date range (inclusive, YYYY-MM-DD) from the timeline; null ends are open. */
  dateFrom: string | null;
  dateTo: string | null;
  layout: LayoutName;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Nodes expanded on the canvas, in order (replayed when a URL is opened). */
  expanded: string[];
  /** Nodes added by search or a link, without expansion. */
  added: string[];
  /** Nodes the user hid one by one. */
  hiddenNodes: string[];
  /** The shortest path shown, if any. */
  path: { from: string; to: string } | null;
  /** Relationship types a path may use; null: the default (not through claims and mentions). */
  pathTypes: string[] | null;
}

export const INITIAL_STATE: ExplorerState = {
  view: 'graph',
  focus: null,
  hiddenLabels: [],
  hiddenTypes: [],
  dateFrom: null,
  dateTo: null,
  layout: 'fcose',
  sizeBy: 'degree',
  colorBy: 'label',
  expanded: [],
  added: [],
  hiddenNodes: [],
  path: null,
  pathTypes: null,
};

const withItem = (list: string[], item: string) => (list.includes(item) ? list : [...list, item]);
const without = (list: string[], item: string) => list.filter((x) => x !== item);
const toggled = (list: string[], item: string, on: boolean) =>
  on ? without(list, item) : withItem(list, item);

/** Named actions on the recipe: each takes it and returns the next one (never mutates). */
export const recipeActions = {
  focus: (s: ExplorerState, id: string | null): ExplorerState => ({ ...s, focus: id }),
  addNode: (s: ExplorerState, id: string): ExplorerState => ({
    ...s,
    added: withItem(s.added, id),
    hiddenNodes: without(s.hiddenNodes, id),
    focus: id,
  }),
  expand: (s: ExplorerState, id: string): ExplorerState => ({
    ...s,
    expanded: withItem(s.expanded, id),
  }),
  collapse: (s: ExplorerState, id: string): ExplorerState => ({
    ...s,
    expanded: without(s.expanded, id),
  }),
  hideNode: (s: ExplorerState, id: string): ExplorerState => ({
    ...s,
    hiddenNodes: withItem(s.hiddenNodes, id),
    focus: s.focus === id ? null : s.focus,
  }),
  hideNodes: (s: ExplorerState, ids: string[]): ExplorerState =>
    ids.reduce((r, id) => recipeActions.hideNode(r, id), s),
  showLabel: (s: ExplorerState, label: string, on: boolean): ExplorerState => ({
    ...s,
    hiddenLabels: toggled(s.hiddenLabels, label, on),
  }),
  showType: (s: ExplorerState, type: string, on: boolean): ExplorerState => ({
    ...s,
    hiddenTypes: toggled(s.hiddenTypes, type, on),
  }),
  dateRange: (s: ExplorerState, from: string | null, to: string | null): ExplorerState => ({
    ...s,
    dateFrom: from,
    dateTo: to,
  }),
  layout: (s: ExplorerState, layout: LayoutName): ExplorerState => ({ ...s, layout }),
  sizeBy: (s: ExplorerState, sizeBy: SizeBy): ExplorerState => ({ ...s, sizeBy }),
  colorBy: (s: ExplorerState, colorBy: ColorBy): ExplorerState => ({ ...s, colorBy }),
  view: (s: ExplorerState, view: ViewMode): ExplorerState => ({
    ...s,
    view,
    expanded: [],
    added: [],
    hiddenNodes: [],
    path: null,
    focus: view === 'co-speakers' && s.focus && !s.focus.startsWith('person:') ? null : s.focus,
  }),
  path: (s: ExplorerState, from: string, to: string): ExplorerState => ({
    ...s,
    path: { from, to },
  }),
  clearPath: (s: ExplorerState): ExplorerState => ({ ...s, path: null }),
  pathTypes: (s: ExplorerState, pathTypes: string[] | null): ExplorerState => ({
    ...s,
    pathTypes,
  }),
  clear: (s: ExplorerState): ExplorerState => ({
    ...INITIAL_STATE,
    layout: s.layout,
    sizeBy: s.sizeBy,
    colorBy: s.colorBy,
    pathTypes: s.pathTypes,
    view: 'graph',
  }),
};

/** A message above the canvas; `cancel` offers a Cancel button (it ends a path pick). */
export interface Banner {
  text: string;
  cancel: boolean;
}

/** The explorer's whole state: the recipe and everything the screen shows around it. */
export interface State {
  /** What the canvas shows and how: in the URL and in every undo step. */
  recipe: ExplorerState;
  history: UndoStacks;
  /** The step undo or redo put back last (a fresh object each time), for the renderer. */
  restored: { step: Step } | null;
  /** The last answers the panel summarises: shortest paths, the co-speaker network. */
  paths: PathsResponse | null;
  coSpeakers: CoSpeakersResponse | null;
  /** Counts per label from the overview, for the welcome panel. */
  overview: OverviewResponse['graph'] | null;
  /** The overview's summary of a large graph, while the canvas shows it (summary-card.ts). */
  summary: OverviewSummary | null;
  /** The server said the graph is large: the first view follows the date range. */
  largeGraph: boolean;
  /** The node a path starts from while the user picks its other end. */
  pathPick: { id: string; name: string } | null;
  /** The query behind the last workbench result drawn, for export. */
  lastQuery: QuerySource | null;
  /** Requests running; the busy overlay shows while any is. */
  busy: number;
  toast: string | null;
  banner: Banner | null;
  /** The toolbar's note on the last command ("25 of 75 shown …"); it stays until the next. */
  note: string;
  /** The first view is drawn (tests and automation wait for it). */
  ready: boolean;
}

export const initialState = (recipe: ExplorerState = INITIAL_STATE): State => ({
  recipe,
  history: EMPTY_HISTORY,
  restored: null,
  paths: null,
  coSpeakers: null,
  overview: null,
  summary: null,
  largeGraph: false,
  pathPick: null,
  lastQuery: null,
  busy: 0,
  toast: null,
  banner: null,
  note: '',
  ready: false,
});

/** Puts a step back: its recipe, and `restored` for the renderer to restore its canvas. */
function restore(s: State, moved: Moved): State {
  if (!moved) return s;
  // The note spoke of the command undone (or redone): it no longer describes the canvas.
  return {
    ...s,
    history: moved.stacks,
    recipe: moved.step.state,
    restored: { step: moved.step },
    note: '',
  };
}

/** Named actions on the whole State, in the same style. */
export const actions = {
  recipe: (s: State, recipe: ExplorerState): State => (recipe === s.recipe ? s : { ...s, recipe }),
  record: (s: State, step: Step): State => ({ ...s, history: recorded(s.history, step) }),
  /** Back one step: its recipe becomes the state's, and the renderer restores its canvas. */
  undo: (s: State, current: Step): State => restore(s, undone(s.history, current)),
  redo: (s: State, current: Step): State => restore(s, redone(s.history, current)),
  /** A shortest path shown (or, with null, put away) together with its recipe. */
  pathShown: (s: State, recipe: ExplorerState, paths: PathsResponse | null): State => ({
    ...s,
    recipe,
    paths,
  }),
  coSpeakers: (s: State, coSpeakers: CoSpeakersResponse): State => ({ ...s, coSpeakers }),
  overview: (s: State, overview: OverviewResponse['graph']): State => ({ ...s, overview }),
  /** The first view's answer: its summary (null when the whole view was drawn). */
  summary: (s: State, summary: OverviewSummary | null, largeGraph: boolean): State => ({
    ...s,
    summary,
    largeGraph: s.largeGraph || largeGraph,
  }),
  startPathPick: (s: State, id: string, name: string): State => ({
    ...s,
    pathPick: { id, name },
    banner: { text: `Path from ${name}: click the other end, or search for it.`, cancel: true },
  }),
  /** Ends a path pick; the banner goes with it, whatever it said. */
  endPathPick: (s: State): State => ({ ...s, pathPick: null, banner: null }),
  /** The canvas emptied: the recipe starts again from a blank view, display choices kept. */
  clear: (s: State): State => ({
    ...s,
    recipe: { ...recipeActions.clear(s.recipe), view: 'blank' },
    paths: null,
    pathPick: null,
    banner: null,
  }),
  /** A result from outside (workbench, file) replaced the canvas: the recipe says `query`. */
  drawn: (s: State): State => ({
    ...s,
    recipe: { ...recipeActions.view(s.recipe, 'graph'), view: 'query', focus: null },
    paths: null,
  }),
  lastQuery: (s: State, lastQuery: QuerySource | null): State => ({ ...s, lastQuery }),
  busy: (s: State, delta: 1 | -1): State => ({ ...s, busy: Math.max(0, s.busy + delta) }),
  toast: (s: State, toast: string | null): State => ({ ...s, toast }),
  banner: (s: State, banner: Banner): State => ({ ...s, banner }),
  /** Hides `banner` if it is still the one shown (a later banner keeps its own time). */
  hideBanner: (s: State, banner: Banner): State =>
    s.banner === banner ? { ...s, banner: null } : s,
  note: (s: State, note: string): State => ({ ...s, note }),
  ready: (s: State): State => (s.ready ? s : { ...s, ready: true }),
};

/** The explorer's store: the client's Store over this State, with a shorthand for the recipe. */
export class Store extends BaseStore<State> {
  constructor(state: State = initialState()) {
    super(state);
  }

  /** Sets the recipe `change` makes of the current one. */
  change(change: (recipe: ExplorerState) => ExplorerState): void {
    this.set(actions.recipe(this.state, change(this.state.recipe)));
  }
}
