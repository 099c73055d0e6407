/**
 * The shortest-path commands: start a path from the selection or a node (the user then picks
 * the other end on the canvas or in search), show the paths between two nodes (drawn, marked,
 * fitted, listed in words in the panel) and put them away. The path pick and the paths shown
 * live in the State, so the banner, the search hint and the panel follow from it. Not here:
 * how the pick is finished (commands.ts `choose` hands the other end to `show`).
 */
import type { Core } from 'cytoscape';
import { explorerApi } from './api';
import type { Canvas } from './canvas';
import type { Feedback } from './feedback';
import type { CanvasStyle } from './render';
import { actions, recipeActions, type Store } from './state';
import type { Undo } from './undo';
import type { Viewport } from './viewport';

export interface Paths {
  /** Shows the path between two selected nodes, or starts a pick from `from` or the selection. */
  start(from?: string): void;
  endPick(): void;
  /** Fetches and shows the paths; `record` false when replaying a link (no undo step). */
  show(from: string, to: string, record?: boolean): Promise<void>;
  clear(): void;
}

export function createPaths(parts: {
  canvas: Canvas;
  store: Store;
  undo: Undo;
  feedback: Feedback;
  viewport: Viewport;
  style: CanvasStyle;
}): Paths {
  const { canvas, store, undo, feedback, viewport, style } = parts;
  const cy = (): Core => canvas.core();

  async function show(from: string, to: string, record = true): Promise<void> {
    if (record) undo.record();
    const response = await feedback.working(() => explorerApi.paths(from, to));
    if (!response) return;
    const c = cy();
    const added = canvas.add(response.elements, from);
    c.elements().removeClass('path');
    for (const e of [...response.elements.nodes, ...response.elements.edges])
      c.getElementById(e.data.id).addClass('path');
    const recipe = store.state.recipe;
    const next = {
      ...recipeActions.path(recipe, from, to),
      focus: null,
      hiddenNodes: recipe.hiddenNodes.filter((h) => !c.getElementById(h).hasClass('path')),
    };
    store.set(actions.pathShown(store.state, next, response));
    if (added.nodes().nonempty() && record) viewport.run({ fit: false, randomize: false });
    style.refresh();
    viewport.fit(c.elements('.path'), true, 1.2);
  }

  const endPick = () => store.set(actions.endPathPick(store.state));

  return {
    start(from) {
      const selected = cy().nodes(':selected').not('.more');
      if (!from && selected.length === 2) {
        void show(selected[0]!.id(), selected[1]!.id());
        return;
      }
      const start = from ?? (selected.length === 1 ? selected[0]!.id() : null);
      if (!start) {
        feedback.banner(
          'Shortest path: select two nodes (Shift-click the second), or select one and press Path.',
        );
        return;
      }
      const name = String(cy().getElementById(start).data('name') ?? start);
      store.set(actions.startPathPick(store.state, start, name));
    },
    endPick,
    show,
    clear() {
      undo.recorded(() => {
        cy().elements().removeClass('path');
        const state = store.state;
        store.set(actions.pathShown(state, recipeActions.clearPath(state.recipe), null));
      });
    },
  };
}
