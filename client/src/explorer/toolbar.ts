/**
 * The explorer toolbar: search, view switch (Graph / Co-speakers), layout, sizing, colouring,
 * fit, path, undo, redo, clear, "Add articles", and a slot where the export menu mounts. It
 * only raises named commands and mirrors the state (`sync`); the controller decides what each
 * command does.
 */
import { el, Listeners } from '../dom';
import {
  LAYOUTS,
  SIZES,
  type ColorBy,
  type ExplorerState,
  type LayoutName,
  type SizeBy,
} from './state';

export interface ToolbarCommands {
  view(view: 'graph' | 'co-speakers'): void;
  layout(name: LayoutName): void;
  sizeBy(metric: SizeBy): void;
  colorBy(mode: ColorBy): void;
  path(): void;
  undo(): void;
  redo(): void;
  clear(): void;
  addArticles(): void;
}

export interface Toolbar {
  readonly root: HTMLElement;
  /** Where the export menu mounts. */
  readonly exportSlot: HTMLElement;
  /** Layout, size and colour choices, mounted by the host (in the legend card). */
  readonly display: HTMLElement;
  sync(state: ExplorerState, can: { undo: boolean; redo: boolean }, note?: string): void;
  teardown(): void;
}

const LAYOUT_NAMES: Record<LayoutName, string> = {
  fcose: 'Force layout',
  concentric: 'Concentric layout',
  breadthfirst: 'Hierarchy layout',
  circle: 'Circle layout',
  grid: 'Grid layout',
};
const SIZE_NAMES: Record<SizeBy, string> = {
  degree: 'Size by degree',
  betweenness: 'Size by betweenness',
  pagerank: 'Size by PageRank',
};

function select<T extends string>(name: string, label: string, options: [T, string][]) {
  return el(
    'select',
    { className: 'ex-select', name, title: label, attrs: { 'aria-label': label } },
    ...options.map(([value, text]) => el('option', { value, textContent: text })),
  );
}

export function createToolbar(search: HTMLElement, commands: ToolbarCommands): Toolbar {
  const listeners = new Listeners();
  const button = (text: string, action: string, title: string, run: () => void) => {
    const b = el('button', {
      type: 'button',
      className: 'ex-tool',
      textContent: text,
      title,
      dataset: { action },
    });
    listeners.on(b, 'click', run);
    return b;
  };
  const graphView = button(
    'Graph',
    'view-graph',
    'Events, speakers and organizers; double-click to expand',
    () => commands.view('graph'),
  );
  const coView = button(
    'Co-speakers',
    'view-co-speakers',
    'People only: who spoke alongside whom (edge width = shared events)',
    () => commands.view('co-speakers'),
  );
  const views = el(
    'div',
    { className: 'ex-segmented', attrs: { role: 'group', 'aria-label': 'View' } },
    graphView,
    coView,
  );
  const layout = select<LayoutName>(
    'ex-layout',
    'Layout',
    LAYOUTS.map((l) => [l, LAYOUT_NAMES[l]]),
  );
  const size = select<SizeBy>(
    'ex-size',
    'Node size',
    SIZES.map((s) => [s, SIZE_NAMES[s]]),
  );
  const color = select<ColorBy>('ex-color', 'Node colour', [
    ['label', 'Colour by label'],
    ['community', 'Colour by community'],
  ]);
  listeners.on(layout, 'change', () => commands.layout(layout.value as LayoutName));
  listeners.on(size, 'change', () => commands.sizeBy(size.value as SizeBy));
  listeners.on(color, 'change', () => commands.colorBy(color.value as ColorBy));
  const undo = button('↶', 'undo', 'Undo (Ctrl+Z)', () => commands.undo());
  const redo = button('↷', 'redo', 'Redo (Ctrl+Shift+Z)', () => commands.redo());
  undo.setAttribute('aria-label', 'Undo');
  redo.setAttribute('aria-label', 'Redo');
  const exportSlot = el('div', { className: 'ex-export-slot' });
  const note = el('span', {
    className: 'ex-note',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const root = el(
    'div',
    { className: 'ex-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Explorer' } },
    search,
    views,
    el(
      'div',
      { className: 'ex-tool-group' },
      button('Path', 'path', 'Shortest path between two selected nodes (or choose them next)', () =>
        commands.path(),
      ),
      undo,
      redo,
      button('Clear', 'clear', 'Empty the canvas (undo brings it back)', () => commands.clear()),
    ),
    note,
    button(
      'Add articles',
      'add-articles',
      'Add text, web pages, PDF or Word files, with a preview first',
      () => commands.addArticles(),
    ),
    exportSlot,
  );

  const display = el(
    'div',
    { className: 'ex-display', attrs: { role: 'group', 'aria-label': 'Display' } },
    layout,
    size,
    color,
  );
  return {
    root,
    exportSlot,
    display,
    sync(state, can, text) {
      graphView.setAttribute('aria-pressed', String(state.view !== 'co-speakers'));
      coView.setAttribute('aria-pressed', String(state.view === 'co-speakers'));
      layout.value = state.layout;
      size.value = state.sizeBy;
      color.value = state.colorBy;
      undo.disabled = !can.undo;
      redo.disabled = !can.redo;
      if (text !== undefined) {
        note.textContent = text;
        // A narrow toolbar cuts the line with an ellipsis: the whole of it on hover.
        note.title = text;
      }
    },
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
