/**
 * What the explorer's toolbar, menus, panel buttons and keys do: choose (focus, adding the node
 * if absent, or finish a path pick), expand, "+N more", collapse, hide, pin, switch view,
 * clear, and the display choices (layout, size, colour, label and type filters, dates). Each
 * records an undo step when it changes the graph, asks loading.ts for data, changes the State
 * by named actions and runs the layout or viewport move that belongs to it; the rest of the
 * screen follows from the State (render.ts). Not here: paths (paths.ts), undo (undo.ts).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Canvas } from './canvas';
import type { Feedback } from './feedback';
import { MORE_LIMIT, type Loading } from './loading';
import type { Paths } from './paths';
import type { CanvasStyle } from './render';
import {
  actions,
  recipeActions,
  type ColorBy,
  type ExplorerState,
  type LayoutName,
  type SizeBy,
  type Store,
} from './state';
import type { Undo } from './undo';
import type { Viewport } from './viewport';

export interface Commands {
  choose(id: string): Promise<void>;
  expand(id: string, params?: Record<string, string>): Promise<void>;
  loadMore(stub: NodeSingular): Promise<void>;
  collapse(id: string): void;
  hide(id: string): void;
  /** Hides the selected nodes, in one undo step. */
  hideSelection(): void;
  selectAll(): void;
  togglePin(node: NodeSingular): void;
  /** Background click: nothing focused any more. */
  unfocus(): void;
  switchView(view: 'graph' | 'co-speakers', focus?: string): Promise<void>;
  clear(): void;
  layout(name: LayoutName): void;
  sizeBy(metric: SizeBy): void;
  colorBy(mode: ColorBy): void;
  showLabel(label: string, on: boolean): void;
  showType(type: string, on: boolean): void;
  dateRange(from: string | null, to: string | null): void;
}

export function createCommands(parts: {
  canvas: Canvas;
  store: Store;
  undo: Undo;
  loading: Loading;
  paths: Paths;
  feedback: Feedback;
  viewport: Viewport;
  style: CanvasStyle;
}): Commands {
  const { canvas, store, undo, loading, paths, feedback, viewport, style } = parts;
  const cy = (): Core => canvas.core();
  const note = (text: string) => store.set(actions.note(store.state, text));

  /** After an expansion: lay the new nodes in and fit the node's neighbourhood. */
  function settle(around: string, added = 0): void {
    const c = cy();
    // When the new nodes are most of the canvas, a fresh layout reads better than nudging.
    const fresh = added * 2 > c.nodes(':visible').length;
    viewport.run({ fit: false, randomize: fresh });
    style.refresh();
    const node = c.getElementById(around);
    // A large change (a fresh layout) is fitted whole, or the graph runs off the canvas.
    if (fresh) viewport.fitVisible(true);
    else if (node.nonempty()) viewport.fit(node.closedNeighborhood(':visible'), true, 1.2);
  }

  /**
   * The Graph view as it was when the user switched to Co-speakers, so coming back brings its
   * expansions, added nodes, path and focus back instead of the bare overview.
   */
  let graphLeft: ExplorerState | null = null;

  /** Reloads the base view for the recipe and lays it out (view switch, co-speaker dates). */
  const reload = (recipe = store.state.recipe) =>
    feedback.working(async () => {
      await loading.reloadBase(recipe);
      viewport.layoutAll();
    });

  return {
    async choose(id) {
      const pick = store.state.pathPick;
      if (pick && pick.id !== id) {
        paths.endPick();
        await paths.show(pick.id, id);
        return;
      }
      if (cy().getElementById(id).empty()) {
        undo.record();
        const ok = await feedback.working(() => loading.ensureNode(id));
        if (!ok) return;
        store.change((r) => recipeActions.addNode(r, id));
      } else if (store.state.recipe.hiddenNodes.includes(id)) {
        store.change((r) => recipeActions.addNode(r, id));
      }
      store.change((r) => (r.focus === id ? r : recipeActions.focus(r, id)));
      viewport.centreOn(id);
    },
    async expand(id, params = {}) {
      undo.record();
      const before = cy().nodes().length;
      const done = await feedback.working(() => loading.fetchNeighbours(id, params));
      if (!done) return;
      store.change((r) => recipeActions.expand(r, id));
      settle(id, cy().nodes().length - before);
      note(
        done.more > 0
          ? `${done.returned} of ${done.total} shown; click “+${done.more} more” for the rest`
          : `${done.returned} neighbours`,
      );
    },
    async loadMore(stub) {
      const owner = String(stub.data('moreOf'));
      const params = JSON.parse(String(stub.data('params') ?? '{}')) as Record<string, string>;
      undo.record();
      const offset = Number(stub.data('offset'));
      const done = await feedback.working(() =>
        loading.fetchNeighbours(owner, params, offset, MORE_LIMIT),
      );
      if (!done) return;
      settle(owner);
      note(
        done.more > 0
          ? `${done.offset + done.returned} of ${done.total} shown; click “+${done.more} more” for the rest`
          : `all ${done.total} neighbours shown`,
      );
    },
    collapse(id) {
      undo.recorded(() => {
        const c = cy();
        const node = c.getElementById(id);
        const { focus, path } = store.state.recipe;
        const keep = new Set([focus, path?.from, path?.to].filter(Boolean));
        node
          .neighborhood('node')
          .filter(
            (n: NodeSingular) =>
              !keep.has(n.id()) &&
              !n.hasClass('pinned') &&
              !n.hasClass('path') &&
              n.connectedEdges().connectedNodes().not(n).not(node).empty(),
          )
          .remove();
        c.getElementById(`more:${id}`).remove();
        canvas.updateCounts();
        store.change((r) => recipeActions.collapse(r, id));
        style.refresh();
      });
    },
    hide: (id) => undo.recorded(() => store.change((r) => recipeActions.hideNode(r, id))),
    hideSelection() {
      const ids = cy()
        .nodes(':selected')
        .not('.more')
        .map((n) => n.id());
      if (!ids.length) return;
      undo.recorded(() => store.change((r) => recipeActions.hideNodes(r, ids)));
      note(`${ids.length} hidden; undo (Ctrl+Z) brings them back`);
    },
    selectAll() {
      cy().nodes(':visible').not('.more').select();
    },
    togglePin(node) {
      const pinned = node.hasClass('pinned');
      node.toggleClass('pinned', !pinned);
      if (pinned) node.unlock();
      else node.lock();
    },
    unfocus() {
      if (store.state.recipe.focus) store.change((r) => recipeActions.focus(r, null));
    },
    async switchView(view, focus) {
      if (view === store.state.recipe.view && !focus) return;
      undo.record();
      const leaving = store.state.recipe;
      const back = view === 'graph' && leaving.view === 'co-speakers' ? graphLeft : null;
      graphLeft = view === 'co-speakers' && leaving.view === 'graph' ? leaving : null;
      const next: ExplorerState = back
        ? {
            ...back,
            // Choices made meanwhile hold in both views.
            hiddenLabels: leaving.hiddenLabels,
            hiddenTypes: leaving.hiddenTypes,
            dateFrom: leaving.dateFrom,
            dateTo: leaving.dateTo,
            layout: leaving.layout,
            sizeBy: leaving.sizeBy,
            colorBy: leaving.colorBy,
            ...(focus ? { focus } : {}),
          }
        : { ...recipeActions.view(leaving, view), ...(focus ? { focus } : {}) };
      // The focus comes back once the new view is drawn, so the layout starts from its events.
      store.change(() => ({ ...next, focus: null, path: null }));
      await reload(next);
      store.change(() => ({ ...next, path: null }));
      if (next.path) {
        await paths.show(next.path.from, next.path.to, false);
        store.change((r) => ({ ...r, focus: next.focus }));
      }
      viewport.centreOn(next.focus);
    },
    clear() {
      graphLeft = null;
      undo.recorded(() => {
        canvas.replace({ nodes: [], edges: [] });
        store.set(actions.clear(store.state));
        style.refresh();
      });
      note('Canvas cleared: search to start again, or press Graph for the overview.');
    },
    layout(name) {
      if (name === store.state.recipe.layout) return;
      store.change((r) => recipeActions.layout(r, name));
      viewport.layoutAll();
    },
    sizeBy: (metric) => store.change((r) => recipeActions.sizeBy(r, metric)),
    colorBy: (mode) => store.change((r) => recipeActions.colorBy(r, mode)),
    showLabel: (label, on) =>
      undo.recorded(() => store.change((r) => recipeActions.showLabel(r, label, on))),
    showType: (type, on) =>
      undo.recorded(() => store.change((r) => recipeActions.showType(r, type, on))),
    dateRange(from, to) {
      const before = store.state.recipe;
      undo.recorded(() => store.change((r) => recipeActions.dateRange(r, from, to)));
      const after = store.state.recipe;
      const changed = after.dateFrom !== before.dateFrom || after.dateTo !== before.dateTo;
      // The co-speaker network is computed for the range by the server, and so is the first
      // view of a large graph (its summary, or the range drawn whole).
      const served =
        after.view === 'co-speakers' || (after.view === 'graph' && store.state.largeGraph);
      if (changed && served) void reload();
    },
  };
}
