/**
 * The explorer's one typed State and the named actions that change it. The canvas, toolbar,
 * filters and URL are all derived from this state: an action returns a new state, the store
 * notifies subscribers, and each view redraws what concerns it. What is on the canvas is
 * described by a recipe (base view + expansions + path + hidden nodes), so a URL holding the
 * state rebuilds the same view. Not here: the Cytoscape elements themselves (canvas.ts) and
 * how state is written into the URL (url-state.ts).
 */

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
};

const withItem = (list: string[], item: string) => (list.includes(item) ? list : [...list, item]);
const without = (list: string[], item: string) => list.filter((x) => x !== item);
const toggled = (list: string[], item: string, on: boolean) =>
  on ? without(list, item) : withItem(list, item);

/** Named actions: each takes the state and returns the next one (never mutates). */
export const actions = {
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
  clear: (s: ExplorerState): ExplorerState => ({
    ...INITIAL_STATE,
    layout: s.layout,
    sizeBy: s.sizeBy,
    colorBy: s.colorBy,
    view: 'graph',
  }),
};

type Listener = (state: ExplorerState, previous: ExplorerState) => void;

/** Holds the state; `set` replaces it and tells every subscriber. */
export class Store {
  private listeners = new Set<Listener>();

  constructor(private current: ExplorerState = INITIAL_STATE) {}

  get state(): ExplorerState {
    return this.current;
  }

  set(next: ExplorerState): void {
    const previous = this.current;
    if (next === previous) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
