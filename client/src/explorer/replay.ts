/**
 * Rebuilding the canvas a recipe describes, on the first load and when a copied link is
 * opened: the base view, then the expansions, added nodes and focus in order, the layout, the
 * path, and the focus centred. The replay runs in the base loads' `latest()` slot, so a result
 * drawn from outside meanwhile (workbench, file) stops it instead of being covered. It sets
 * `ready` when done, whichever way it ends. Not here: the recipe's URL form (url-state.ts).
 */
import type { Canvas } from './canvas';
import type { Feedback } from './feedback';
import { STALE } from '../latest';
import type { Loading } from './loading';
import type { Paths } from './paths';
import type { CanvasStyle } from './render';
import { actions, type ExplorerState, type Store } from './state';
import type { Timeline } from './timeline';
import type { Viewport } from './viewport';

export async function replay(
  recipe: ExplorerState,
  parts: {
    canvas: Canvas;
    store: Store;
    loading: Loading;
    paths: Paths;
    feedback: Feedback;
    viewport: Viewport;
    style: CanvasStyle;
    timeline: Timeline;
  },
): Promise<void> {
  const { canvas, store, loading, paths, feedback, viewport, style, timeline } = parts;
  let superseded = false;
  await feedback.working(async () => {
    const outcome = await loading.base.run((signal) => loading.loadBase(recipe, signal));
    superseded = outcome === STALE;
  });
  if (!superseded) {
    style.refresh();
    viewport.layoutAll();
    if (recipe.path) await paths.show(recipe.path.from, recipe.path.to, false);
    timeline.setRange(recipe.dateFrom, recipe.dateTo);
    style.highlight();
    // The focus the link named, even when its path took the selection away.
    const node = recipe.focus ? canvas.core().getElementById(recipe.focus) : null;
    if (node?.nonempty()) canvas.core().center(node);
  }
  store.set(actions.ready(store.state));
}
