/**
 * The explorer: wires the canvas, toolbar, legend, timeline, details panel, article viewer and
 * context menu to the modules that do the work, over the one Store of state.ts. The modules
 * by concern: commands.ts and paths.ts (what toolbar, menu, panel and keys do), undo.ts,
 * loading.ts (API requests and applying them), replay.ts (a recipe rebuilt from the URL),
 * viewport.ts (fit, zoom, layout runs), canvas-events.ts (tap, select, hover, context menu),
 * panel.ts (details), feedback.ts (busy, toasts, banners), keyboard.ts, draw.ts (results from
 * the workbench and files in, the export context out) and render.ts (everything drawn from
 * the State). Also the hooks other parts use: the workbench draws through `showElements`, the
 * export menu works on `exportContext()`. `mountExplorer` returns one teardown that removes
 * every listener and view.
 */
import './explorer.css';
import { el } from '../dom';
import { explorerApi } from './api';
import { createArticleViewer } from './article-viewer';
import { createCanvas, type CanvasElements, type WebglMode } from './canvas';
import { attachCanvasEvents } from './canvas-events';
import { createCommands, type Commands } from './commands';
import { createContextMenu } from './context-menu';
import { createDrawing } from './draw';
import { createFeedback } from './feedback';
import { attachKeyboard } from './keyboard';
import { createLegend } from './legend';
import { createLoading } from './loading';
import { createPanel } from './panel';
import { attachPanelFold } from './panel-fold';
import { createPaths, type Paths } from './paths';
import { createPathTypesMenu } from './path-types';
import { createCanvasStyle, renderState } from './render';
import { replay } from './replay';
import { createSearchBox } from './search-box';
import { createShortcuts } from './shortcuts';
import { createSummaryCard } from './summary-card';
import { followStageSize } from './stage-size';
import { actions, initialState, Store } from './state';
import { createTimeline } from './timeline';
import { createToolbar } from './toolbar';
import { createIngestDialog } from '../ingest/dialog';
import { showAdded } from '../ingest/show-added';
import { createUndo } from './undo';
import { stateFromUrl } from './url-state';
import { createViewport } from './viewport';
import type { ExportContext, QuerySource } from '../export/context';

export interface Explorer {
  showElements(elements: CanvasElements, mode: 'replace' | 'add', source?: QuerySource): void;
  exportContext(): ExportContext;
  /** Where the host mounts the export menu (in the toolbar). */
  readonly exportSlot: HTMLElement;
  teardown(): void;
}

export function mountExplorer(
  canvasArea: HTMLElement,
  panelHost: HTMLElement,
  options: { webgl?: WebglMode } = {},
): Explorer {
  const store = new Store(initialState(stateFromUrl(location.search)));
  const stage = el('div', { className: 'ex-stage' });
  const root = el('div', { className: 'ex-root' }, stage);
  // In the document before Cytoscape starts, so it measures a real container.
  canvasArea.append(root);
  const canvas = createCanvas(stage, options.webgl ?? 'auto');
  const undo = createUndo(canvas, store);

  // The views raise commands, which are made below from the parts these views provide.
  const command = (): Commands => commands;
  const path = (): Paths => paths;
  const search = createSearchBox((hit) => void command().choose(hit.id));
  const legend = createLegend({
    onLabel: (label, on) => command().showLabel(label, on),
    onType: (type, on) => command().showType(type, on),
  });
  const timeline = createTimeline((from, to) => command().dateRange(from, to));
  const toolbar = createToolbar(search.root, {
    view: (view) => void command().switchView(view),
    layout: (name) => command().layout(name),
    sizeBy: (metric) => command().sizeBy(metric),
    colorBy: (mode) => command().colorBy(mode),
    path: () => path().start(),
    undo: () => undo.undo(),
    redo: () => undo.redo(),
    clear: () => command().clear(),
    addArticles: () => ingest.open(),
  });
  const pathTypes = createPathTypesMenu((types) => path().setTypes(types));
  const summary = createSummaryCard((from, to) => command().dateRange(from, to));
  toolbar.root.querySelector('[data-action="path"]')?.after(pathTypes.root);
  const menu = createContextMenu(stage);
  const viewer = createArticleViewer(document.body);

  const feedback = createFeedback(store, root, () => path().endPick());
  const viewport = createViewport(canvas, store, legend.root, summary.root);
  const style = createCanvasStyle(canvas, store, legend);
  const loading = createLoading(canvas, store, style);
  const parts = { canvas, store, undo, feedback, viewport, style };
  const paths = createPaths(parts);
  const commands = createCommands({ ...parts, loading, paths });
  const drawing = createDrawing({ ...parts, loading });
  // After a batch: its events and speakers drawn and selected, and the counts of "In the
  // graph" and the timeline's marks read again, so neither shows the graph before the batch.
  const refreshAfterIngest = async () => {
    const [overview, marks] = await Promise.all([explorerApi.overview(), explorerApi.timeline()]);
    if (life.signal.aborted) return;
    store.set(actions.overview(store.state, overview.graph));
    timeline.load(marks);
  };
  const ingest = createIngestDialog(document.body, (added) => {
    void showAdded(added, drawing.showElements, () => canvas.core());
    void refreshAfterIngest().catch(() => undefined);
  });
  const panel = createPanel(panelHost, {
    focus: (id) => void commands.choose(id),
    openEvidence: (provenance) => void viewer.open(provenance),
    expand: (id) => void commands.expand(id),
    coSpeakers: (id) => void commands.switchView('co-speakers', id),
    pathFrom: (id) => paths.start(id),
    openArticle: (id) => void viewer.open({ article: id }),
    clearPath: () => paths.clear(),
  });
  const tooltip = attachCanvasEvents({ canvas, store, commands, paths, menu, viewer });
  const shortcuts = createShortcuts(document.body);
  const detachKeys = attachKeyboard({
    undo: () => undo.undo(),
    redo: () => undo.redo(),
    escape: () => {
      paths.endPick();
      menu.close();
    },
    search: () => search.focus(),
    selectAll: () => commands.selectAll(),
    hideSelection: () => commands.hideSelection(),
    help: () => shortcuts.open(),
  });

  const unfold = attachPanelFold(panelHost);
  const stopFollowing = followStageSize(stage, { canvas, legend, viewport });
  const { banner, busy, toast } = feedback.overlays;
  legend.root.append(
    el('div', { className: 'ex-legend-title', textContent: 'Display' }),
    toolbar.display,
  );
  stage.append(legend.root, summary.root, viewport.zoomBox, banner, tooltip, busy, toast);
  root.prepend(toolbar.root);
  root.append(timeline.root);
  const unsubscribe = renderState(store, {
    canvas,
    style,
    timeline,
    panel,
    feedback,
    search,
    toolbar,
    pathTypes,
    summary,
  });

  // Start: the timeline's marks, and the canvas the page's URL describes.
  const life = new AbortController();
  void explorerApi.timeline().then(
    (data) => life.signal.aborted || timeline.load(data),
    () => (timeline.root.hidden = true),
  );
  void replay(store.state.recipe, { ...parts, loading, paths, timeline });

  return {
    showElements: drawing.showElements,
    exportContext: drawing.exportContext,
    exportSlot: toolbar.exportSlot,
    teardown() {
      life.abort();
      loading.base.abort();
      unsubscribe();
      detachKeys();
      shortcuts.teardown();
      pathTypes.teardown();
      stopFollowing();
      unfold();
      viewport.teardown();
      feedback.teardown();
      menu.teardown();
      viewer.teardown();
      legend.teardown();
      timeline.teardown();
      search.teardown();
      toolbar.teardown();
      ingest.teardown();
      panel.teardown();
      canvas.teardown();
      root.remove();
    },
  };
}
