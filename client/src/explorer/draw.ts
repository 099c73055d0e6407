/**
 * What comes into the explorer from outside, and what goes out: results of the Cypher
 * workbench and imported files drawn on the canvas (replacing it, or added to it, after asking
 * when they are large), with the query behind them kept for export; and the export menu's
 * view of the canvas (selection, visible nodes, legend, last query). A result drawn here stops
 * a base load or replay still running, so a slower answer never covers it. Not here: the
 * export formats (client/src/export) or the workbench itself.
 */
import type { Collection, Core, EdgeSingular } from 'cytoscape';
import { legendFromCy, type ExportContext, type QuerySource } from '../export/context';
import type { ImportedElements } from '../export/json-import';
import type { Canvas, CanvasElements } from './canvas';
import { ADD_IN_SLICES_ABOVE } from './add-in-slices';
import { confirmLarge } from './large-result';
import type { Loading } from './loading';
import { putBack } from './put-back';
import type { CanvasStyle } from './render';
import { actions, type Store } from './state';
import type { Undo } from './undo';
import type { Viewport } from './viewport';

/** Closures over the canvas, so the host may pass them on unbound. */
export interface Drawing {
  showElements: (elements: CanvasElements, mode: 'replace' | 'add', source?: QuerySource) => void;
  exportContext: () => ExportContext;
}

export function createDrawing(parts: {
  canvas: Canvas;
  store: Store;
  undo: Undo;
  loading: Loading;
  viewport: Viewport;
  style: CanvasStyle;
}): Drawing {
  const { canvas, store, undo, loading, viewport, style } = parts;
  const cy = (): Core => canvas.core();

  async function draw(elements: CanvasElements, mode: 'replace' | 'add'): Promise<void> {
    const chosen = await confirmLarge(document.body, elements);
    if (!chosen) return;
    loading.base.abort();
    const placed = chosen.nodes.every((n) => n.position);
    let added: Collection | null = null;
    const large = chosen.nodes.length + chosen.edges.length > ADD_IN_SLICES_ABOVE;
    if (large) {
      // Added a slice a task, so the page answers meanwhile. The step undo comes back to is
      // taken first, and recorded only once the result is there: a cancel puts it back.
      const before = undo.current();
      // Restyled a slice a task too (2.2 s in one task at 100,000 elements), for the recipe
      // the canvas will have: after a replace the one `drawn` gives (below), so that the
      // store's subscriber finds the canvas styled; after an add the current one.
      const recipe = mode === 'replace' ? actions.drawn(store.state).recipe : store.state.recipe;
      const then = () => style.refreshInSlices(recipe);
      const result =
        mode === 'replace'
          ? await canvas.replaceInSlices(chosen, then)
          : await canvas.addInSlices(chosen, then);
      if (result.outcome === 'superseded') return;
      if (result.outcome === 'cancelled') {
        // The step keeps no sizes or colours (they are scratch, not JSON): putBack styles it
        // again, as undo does, or the nodes of before came back at their label's size.
        await putBack(canvas, style, before, () => store.state.recipe);
        return;
      }
      store.set(actions.record(store.state, before));
      added = result.added;
    } else {
      undo.record();
      if (mode === 'replace') canvas.replace(chosen);
    }
    if (mode === 'replace') {
      // Restyles the canvas too: `drawn` clears the hidden nodes (a new list), and the
      // renderer refreshes on any change of the filters. A second refresh here did it all again
      // (0.3–0.8 s at 20,000 elements).
      store.set(actions.drawn(store.state));
      if (!placed) viewport.layoutAll();
      else viewport.fitVisible();
    } else {
      added ??= canvas.add(chosen);
      // After `addInSlices`, in the task it ended in: styled already, so nothing to do.
      style.refresh();
      if (added.nonempty() && !placed) {
        // A large result's new nodes sit on one spot until laid out: drawing that pile cost
        // as much as drawing the graph (two tasks of about a second at 6,000 elements).
        viewport.run({ fit: false, randomize: false, hold: large });
        viewport.fitVisible();
      }
    }
    const note = `${chosen.nodes.length} nodes, ${chosen.edges.length} relationships drawn`;
    store.set(actions.note(store.state, note));
  }

  const ids = (selector: string) =>
    cy()
      .nodes(selector)
      .not('.more')
      .map((n) => n.id());
  const context: ExportContext = {
    cy,
    selectionIds: () => ids(':selected'),
    visibleIds: () => ids(':visible'),
    edgeIdsAmong(nodeIds) {
      const among = new Set(nodeIds);
      return cy()
        .edges(':visible')
        .not('.more')
        .filter((e: EdgeSingular) => among.has(e.source().id()) && among.has(e.target().id()))
        .map((e) => e.id());
    },
    lastQuery: () => store.state.lastQuery,
    importElements: (elements: ImportedElements, mode) => void draw(elements, mode),
    legend: () => legendFromCy(cy()).filter((entry) => entry.label !== 'More'),
  };

  return {
    showElements(elements, mode, source) {
      store.set(actions.lastQuery(store.state, source ?? null));
      void draw(elements, mode);
    },
    exportContext: () => context,
  };
}
