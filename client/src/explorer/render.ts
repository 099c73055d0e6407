/**
 * Rendering derived from the State: the one subscriber of the explorer's store, and the canvas
 * styling it applies. On every transition it writes the recipe into the URL, puts back the
 * canvas of a step undo or redo restored, applies filters, sizes and colours (and the legend
 * with them) when they changed, selects the focus, moves the timeline's range, and redraws the
 * panel, the feedback, the search hint and the toolbar from the new state. Restoring is a
 * transition like any other: nothing here fetches, lays out or animates, so nothing has to be
 * kept quiet while a step is put back. Not here: what commands do to the canvas (commands.ts).
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import type { Canvas } from './canvas';
import type { Feedback } from './feedback';
import { legendCounts, type Legend } from './legend';
import type { Slices } from './layout-worker/slices';
import { colorPass, sizePass } from './metrics';
import { putBack } from './put-back';
import type { Panel } from './panel';
import {
  AT_ONCE,
  changeIn,
  drain,
  forEachIn,
  passInSlices,
  settle,
  type Pass,
  type PassMode,
} from './passes';
import type { PathTypesMenu } from './path-types';
import type { SearchBox } from './search-box';
import type { SummaryCard } from './summary-card';
import type { ExplorerState, State, Store } from './state';
import type { Timeline } from './timeline';
import type { Toolbar } from './toolbar';
import { urlFromState } from './url-state';

export interface CanvasStyle {
  /** Applies the recipe's filters, sizes and colours to the canvas, then the legend and focus. */
  refresh(): void;
  /**
   * `refresh` for `recipe` a slice a task (passes.ts), for a large canvas just replaced; the
   * next `refresh`, if it is for the same recipe and comes in the same task as the end, then
   * has nothing to do.
   */
  refreshInSlices(recipe: ExplorerState): Slices;
  /** Selects the focused node (and, among co-speakers, fades who did not speak with them). */
  highlight(): void;
}

/** Whether two recipes style the canvas alike (what `refresh` reads of them). */
function sameStyle(a: ExplorerState, b: ExplorerState): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.hiddenLabels, b.hiddenLabels) &&
    same(a.hiddenTypes, b.hiddenTypes) &&
    same(a.hiddenNodes, b.hiddenNodes) &&
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo &&
    a.sizeBy === b.sizeBy &&
    a.colorBy === b.colorBy &&
    a.focus === b.focus &&
    a.path === b.path &&
    a.view === b.view
  );
}

export function createCanvasStyle(canvas: Canvas, store: Store, legend: Legend): CanvasStyle {
  const cy = (): Core => canvas.core();
  /** The recipe a sliced refresh has just styled the canvas for, until the next refresh. */
  let prepared: ExplorerState | null = null;
  function* highlightPass(recipe: ExplorerState, mode: PassMode): Pass {
    const c = cy();
    // Only what is faded or selected changes: `removeClass`/`unselect` over every element
    // took a quarter of a second at 100,000 elements, though a new result has neither.
    const faded: SingularElementArgument[] = [];
    const selected: SingularElementArgument[] = [];
    yield* forEachIn(c.elements(), (ele) => {
      if (ele.hasClass('faded')) faded.push(ele);
      if (ele.selected()) selected.push(ele);
    });
    yield* changeIn(c, faded, (some) => some.removeClass('faded'));
    yield* changeIn(c, selected, (some) => some.unselect());
    const touched = [...faded];
    c.batch(() => {
      // While a path is shown, the rest of the graph steps back.
      const path = c.elements('.path');
      if (recipe.path && path.nonempty()) {
        const rest = c.elements().not(path).addClass('faded');
        touched.push(...rest.toArray());
      }
      if (!recipe.focus) return;
      const node = c.getElementById(recipe.focus);
      if (node.empty()) return;
      node.select();
      // In the co-speaker view, focusing a person fades everyone who did not speak with them.
      if (recipe.view === 'co-speakers') {
        const rest = c.elements().not(node.closedNeighborhood()).addClass('faded');
        touched.push(...rest.toArray());
      }
    });
    yield* settle(c, touched, mode);
  }
  function* refreshPass(recipe: ExplorerState, mode: PassMode): Pass {
    yield* canvas.filtersPass(recipe, mode);
    yield* sizePass(cy(), recipe.sizeBy, mode);
    const communities = yield* colorPass(cy(), recipe.colorBy, mode);
    const counts = yield* legendCounts(cy());
    legend.update(cy(), recipe, communities, counts);
    yield* highlightPass(recipe, mode);
    // Whether each element shows is cached with its style, which the passes above changed:
    // worked out here, a slice at a time, the layout's `:visible` that follows a new result
    // finds it (140 ms at 100,000 elements otherwise, in one task).
    if (mode.sliced) yield* forEachIn(cy().elements(), (ele) => void ele.visible());
  }
  return {
    refresh() {
      const recipe = store.state.recipe;
      const ready = prepared && sameStyle(prepared, recipe);
      prepared = null;
      if (!ready) drain(refreshPass(recipe, AT_ONCE));
    },
    refreshInSlices(recipe) {
      prepared = null;
      const job = passInSlices(cy(), refreshPass(recipe, { sliced: true }));
      return {
        done: job.done.then((finished) => {
          if (!finished) return false;
          prepared = recipe;
          // Only for a refresh in this task (the store's, on `drawn`): a later one, e.g. after
          // an expansion, restyles whatever the canvas holds then.
          setTimeout(() => {
            if (prepared === recipe) prepared = null;
          }, 0);
          return true;
        }),
        stop: () => job.stop(),
      };
    },
    highlight() {
      prepared = null;
      drain(highlightPass(store.state.recipe, AT_ONCE));
    },
  };
}

export interface Views {
  canvas: Canvas;
  style: CanvasStyle;
  timeline: Timeline;
  panel: Panel;
  feedback: Feedback;
  search: SearchBox;
  toolbar: Toolbar;
  pathTypes: PathTypesMenu;
  summary: SummaryCard;
}

/** Draws `state` (all of it when `previous` is null) and returns the subscriber's teardown. */
export function renderState(store: Store, views: Views): () => void {
  const draw = (state: State, previous: State | null) => {
    const { recipe } = state;
    const before = previous?.recipe;
    const restored = state.restored !== (previous?.restored ?? null) && state.restored;
    // Put back and styled (a large step a slice a task, put-back.ts), so not restyled below.
    if (restored) void putBack(views.canvas, views.style, restored.step, () => store.state.recipe);
    if (before && recipe !== before) {
      const url = urlFromState(recipe, location.search);
      if (url !== location.search)
        window.history.replaceState(null, '', `${location.pathname}${url}${location.hash}`);
    }
    const datesChanged = recipe.dateFrom !== before?.dateFrom || recipe.dateTo !== before?.dateTo;
    const filtersChanged =
      datesChanged ||
      recipe.hiddenLabels !== before?.hiddenLabels ||
      recipe.hiddenTypes !== before?.hiddenTypes ||
      recipe.hiddenNodes !== before?.hiddenNodes;
    // The canvas is empty until the replay draws it; styling it now would measure it, and keep
    // Cytoscape's size from before the host lays out the Cypher dock beside it.
    if (before) {
      const restyle =
        filtersChanged || recipe.sizeBy !== before.sizeBy || recipe.colorBy !== before.colorBy;
      if (restored) {
        // Styled by putBack.
      } else if (restyle) views.style.refresh();
      else if (recipe.focus !== before.focus || recipe.path !== before.path)
        views.style.highlight();
      if (recipe.focus !== before.focus) {
        const node = recipe.focus ? views.canvas.core().getElementById(recipe.focus) : null;
        views.search.showChosen(node?.nonempty() ? String(node.data('name')) : null);
      }
    }
    if (datesChanged) views.timeline.setRange(recipe.dateFrom, recipe.dateTo);
    views.summary.render(state.recipe.view === 'graph' ? state.summary : null);
    views.panel.render(state, previous);
    views.feedback.render(state, previous);
    if (state.pathPick !== previous?.pathPick)
      views.search.setHint(
        state.pathPick ? `Path from ${state.pathPick.name}: choose the other end` : null,
      );
    if (recipe.pathTypes !== before?.pathTypes) views.pathTypes.sync(recipe.pathTypes);
    views.toolbar.sync(
      recipe,
      { undo: state.history.past.length > 0, redo: state.history.future.length > 0 },
      state.note,
    );
  };
  draw(store.state, null);
  return store.subscribe(draw);
}
