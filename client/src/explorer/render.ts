/**
 * Rendering derived from the State: the one subscriber of the explorer's store, and the canvas
 * styling it applies. On every transition it writes the recipe into the URL, puts back the
 * canvas of a step undo or redo restored, applies filters, sizes and colours (and the legend
 * with them) when they changed, selects the focus, moves the timeline's range, and redraws the
 * panel, the feedback, the search hint and the toolbar from the new state. Restoring is a
 * transition like any other: nothing here fetches, lays out or animates, so nothing has to be
 * kept quiet while a step is put back. Not here: what commands do to the canvas (commands.ts).
 */
import type { Core } from 'cytoscape';
import type { Canvas } from './canvas';
import type { Feedback } from './feedback';
import type { Legend } from './legend';
import { applyColor, applySize } from './metrics';
import type { Panel } from './panel';
import type { PathTypesMenu } from './path-types';
import type { SearchBox } from './search-box';
import type { SummaryCard } from './summary-card';
import type { State, Store } from './state';
import type { Timeline } from './timeline';
import type { Toolbar } from './toolbar';
import { urlFromState } from './url-state';

export interface CanvasStyle {
  /** Applies the recipe's filters, sizes and colours to the canvas, then the legend and focus. */
  refresh(): void;
  /** Selects the focused node (and, among co-speakers, fades who did not speak with them). */
  highlight(): void;
}

export function createCanvasStyle(canvas: Canvas, store: Store, legend: Legend): CanvasStyle {
  const cy = (): Core => canvas.core();
  function highlight(): void {
    const c = cy();
    const recipe = store.state.recipe;
    c.batch(() => {
      c.elements().removeClass('faded');
      c.elements().unselect();
      // While a path is shown, the rest of the graph steps back.
      const path = c.elements('.path');
      if (recipe.path && path.nonempty()) c.elements().not(path).addClass('faded');
      if (!recipe.focus) return;
      const node = c.getElementById(recipe.focus);
      if (node.empty()) return;
      node.select();
      // In the co-speaker view, focusing a person fades everyone who did not speak with them.
      if (recipe.view === 'co-speakers')
        c.elements().not(node.closedNeighborhood()).addClass('faded');
    });
  }
  return {
    refresh() {
      const recipe = store.state.recipe;
      canvas.applyFilters(recipe);
      applySize(cy(), recipe.sizeBy);
      const communities = applyColor(cy(), recipe.colorBy);
      legend.update(cy(), recipe, communities);
      highlight();
    },
    highlight,
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
    if (restored) {
      views.canvas.restore(restored.step.elements);
      views.canvas.core().viewport({ zoom: restored.step.zoom, pan: restored.step.pan });
    }
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
        restored ||
        filtersChanged ||
        recipe.sizeBy !== before.sizeBy ||
        recipe.colorBy !== before.colorBy;
      if (restyle) views.style.refresh();
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
