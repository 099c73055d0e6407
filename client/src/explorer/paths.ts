/**
 * The shortest-path commands: start a path from the selection or a node (the user then picks
 * the other end on the canvas or in search), show the paths between two nodes (drawn, marked,
 * fitted, listed in words in the panel) and put them away. The path pick and the paths shown
 * live in the State, so the banner, the search hint and the panel follow from it. Not here:
 * how the pick is finished (commands.ts `choose` hands the other end to `show`).
 */
import { fitPathLabels } from './path-labels';
import type { Core } from 'cytoscape';
import { explorerApi } from './api';
import { pathTypesFor } from './path-types';
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
  /** Changes which relationship types a path may use, and shows the path again if one is. */
  setTypes(types: string[] | null): void;
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

  /**
   * Which path labels fit depends on where the nodes are: measured again when the user drops
   * a node or another layout places them. Once per core (the canvas may make a new one).
   */
  const watched = new WeakSet<Core>();
  const watch = (c: Core) => {
    if (watched.has(c)) return;
    watched.add(c);
    const refit = () => {
      if (c.edges('.path').nonempty()) fitPathLabels(c);
    };
    c.on('dragfree', 'node', refit);
    c.on('layoutstop', refit);
  };

  async function show(from: string, to: string, record = true): Promise<void> {
    if (record) undo.record();
    const labelOf = (id: string) => {
      const node = cy().getElementById(id);
      return node.nonempty() ? String(node.data('label')) : id.split(':')[0]!;
    };
    // Ids start with their label in lower case ("claim:…") when the node is not drawn yet.
    const ends = [from, to].map(labelOf).map((l) => l.charAt(0).toUpperCase() + l.slice(1));
    const types = pathTypesFor(store.state.recipe.pathTypes, ends);
    const response = await feedback.working(() => explorerApi.paths(from, to, types));
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
    // Measured where the nodes end up: a layout in the worker places them later.
    void viewport.settled().then(() => fitPathLabels(c));
    watch(c);
  }

  const endPick = () => store.set(actions.endPathPick(store.state));

  return {
    start(from) {
      const selected = cy().nodes(':selected').not('.more');
      if (!from && selected.length === 2) {
        // The node clicked first is the focus (Shift-click adds without moving it): start there.
        const ids = selected.map((n) => n.id());
        const first = ids.indexOf(store.state.recipe.focus ?? '') === 1 ? 1 : 0;
        void show(ids[first]!, ids[1 - first]!);
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
    setTypes(types) {
      undo.recorded(() => store.change((r) => recipeActions.pathTypes(r, types)));
      const path = store.state.recipe.path;
      if (path) void show(path.from, path.to, false);
    },
    clear() {
      undo.recorded(() => {
        cy().elements().removeClass('path');
        const state = store.state;
        store.set(actions.pathShown(state, recipeActions.clearPath(state.recipe), null));
      });
    },
  };
}
