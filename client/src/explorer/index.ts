/**
 * The explorer: mounts the canvas, toolbar, legend, timeline, details panel, article viewer
 * and context menu, and implements the exploration commands (expand, more, collapse, hide,
 * pin, search-and-focus, path, co-speakers, clear, undo/redo) over the one State of state.ts.
 * Commands change the canvas and then the state; one subscriber derives the rest (URL,
 * filters, metrics, layout, selection, panel). Also the hooks other parts use: the workbench
 * draws through `showElements`, the export menu works on `exportContext()`.
 * `mountExplorer` returns a teardown that removes every listener and view.
 */
import './explorer.css';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { explorerApi } from './api';
import { createCanvas, type CanvasElements, type WebglMode } from './canvas';
import { el, Listeners } from './dom';
import { actions, Store, type ExplorerState } from './state';
import { stateFromUrl, urlFromState } from './url-state';
import { UndoHistory, type Step } from './history';
import { applyColor, applySize } from './metrics';
import { createToolbar } from './toolbar';
import { createSearchBox } from './search-box';
import { createLegend } from './legend';
import { createTimeline } from './timeline';
import { createContextMenu, groupText, type MenuItem } from './context-menu';
import { createArticleViewer } from './article-viewer';
import { renderCoSpeakers, renderDetails, renderPaths } from './details';
import { confirmLarge } from './large-result';
import { lookOf, verbOf } from './palette';
import { legendFromCy, type ExportContext, type QuerySource } from '../export/context';
import type { ImportedElements } from '../export/json-import';
import type { NeighborsResponse, OverviewResponse } from '../../../server/explorer/types';

/** Neighbours fetched per expansion; the rest come through the "N more" node. */
const EXPAND_LIMIT = 25;
/** "N more" fetches the rest, up to the API's page cap. */
const MORE_LIMIT = 500;

export interface Explorer {
  showElements(elements: CanvasElements, mode: 'replace' | 'add', source?: QuerySource): void;
  exportContext(): ExportContext;
  /** Where the host mounts the export menu (in the toolbar). */
  readonly exportSlot: HTMLElement;
  teardown(): void;
}

export function mountExplorer(
  canvasArea: HTMLElement,
  panel: HTMLElement,
  options: { webgl?: WebglMode } = {},
): Explorer {
  const listeners = new Listeners();
  const store = new Store(stateFromUrl(location.search));
  const history = new UndoHistory();
  const stage = el('div', { className: 'ex-stage' });
  const root = el('div', { className: 'ex-root' }, stage);
  // In the document before Cytoscape starts, so it measures a real container.
  canvasArea.append(root);
  const banner = el('div', { className: 'ex-banner', hidden: true, dataset: { testid: 'banner' } });
  const tooltip = el('div', {
    className: 'ex-tooltip',
    hidden: true,
    dataset: { testid: 'tooltip' },
  });
  const busy = el('div', { className: 'ex-busy', hidden: true, textContent: 'Loading…' });
  const toast = el('div', { className: 'ex-toast', hidden: true, attrs: { role: 'alert' } });
  const canvas = createCanvas(stage, options.webgl ?? 'auto');
  const search = createSearchBox((hit) => void choose(hit.id));
  const legend = createLegend({
    onLabel: (label, on) => record(() => store.set(actions.showLabel(store.state, label, on))),
    onType: (type, on) => record(() => store.set(actions.showType(store.state, type, on))),
  });
  const timeline = createTimeline((from, to) =>
    record(() => store.set(actions.dateRange(store.state, from, to))),
  );
  const menu = createContextMenu(stage);
  const viewer = createArticleViewer(document.body);
  const zoomBox = el('div', { className: 'ex-zoom' });
  let lastQuery: QuerySource | null = null;
  let overviewInfo: OverviewResponse['graph'] | null = null;
  let pathPick: string | null = null;
  let restoring = false;
  let alive = true;
  let detailsRequest = 0;

  const toolbar = createToolbar(search.root, {
    view: (view) => void switchView(view),
    layout: (name) => store.set(actions.layout(store.state, name)),
    sizeBy: (metric) => store.set(actions.sizeBy(store.state, metric)),
    colorBy: (mode) => store.set(actions.colorBy(store.state, mode)),
    path: () => startPath(),
    undo: () => undo(),
    redo: () => redo(),
    clear: () => clear(),
  });
  for (const [text, label, run] of [
    ['+', 'Zoom in', () => zoomBy(1.3)],
    ['−', 'Zoom out', () => zoomBy(1 / 1.3)],
  ] as const) {
    const b = el('button', {
      type: 'button',
      className: 'ex-zoom-button',
      textContent: text,
      title: label,
      attrs: { 'aria-label': label },
    });
    listeners.on(b, 'click', run);
    zoomBox.append(b);
  }
  const fitButton = el('button', {
    type: 'button',
    className: 'ex-zoom-button',
    textContent: '⤢',
    title: 'Fit the graph to the window',
    dataset: { action: 'fit' },
    attrs: { 'aria-label': 'Fit' },
  });
  listeners.on(fitButton, 'click', () => fitView(cy().elements(':visible'), true));
  zoomBox.append(fitButton);
  legend.root.append(
    el('div', { className: 'ex-legend-title', textContent: 'Display' }),
    toolbar.display,
  );
  stage.append(legend.root, zoomBox, banner, tooltip, busy, toast);
  root.prepend(toolbar.root);
  root.append(timeline.root);

  const cy = (): Core => canvas.core();
  /** The part of the stage the legend card and the zoom buttons do not cover, inside a margin. */
  function fitRegion(): { left: number; width: number; height: number } {
    const c = cy();
    const pad = 28;
    // Keep clear of the legend card and the zoom buttons only when the canvas can afford it.
    const roomy = c.width() > 2.5 * legend.root.offsetWidth;
    const left = roomy ? legend.root.offsetWidth + 24 : 0;
    const right = roomy ? zoomBox.offsetWidth : 0;
    return {
      left: left + pad,
      width: Math.max(c.width() - left - right - pad * 2, 100),
      height: Math.max(c.height() - pad * 2, 100),
    };
  }

  /** Lays out the visible graph, shaped for the region fitView fills. */
  function runLayout(opts: { fit?: boolean; randomize?: boolean; roots?: string[] }): void {
    const { width, height } = fitRegion();
    canvas.layout(store.state.layout, { ...opts, aspect: width / height });
  }

  /**
   * Fits elements into fitRegion, so no node or label hides under the legend card; zoom is
   * capped so a handful of nodes is not blown up.
   */
  function fitView(eles: cytoscape.Collection, animate = false, maxZoom = 1.3): void {
    const c = cy();
    if (eles.empty()) return;
    const box = eles.boundingBox({ includeLabels: true });
    const { left, width, height } = fitRegion();
    const zoom = Math.min(maxZoom, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
    const pan = {
      x: left + width / 2 - zoom * (box.x1 + box.w / 2),
      y: 28 + height / 2 - zoom * (box.y1 + box.h / 2),
    };
    if (animate) c.animate({ zoom, pan }, { duration: 250 });
    else c.viewport({ zoom, pan });
  }

  const zoomBy = (factor: number) => {
    const c = cy();
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };

  // ----- feedback -------------------------------------------------------------------------

  let busyCount = 0;
  async function working<T>(task: () => Promise<T>): Promise<T | undefined> {
    busyCount++;
    busy.hidden = false;
    root.dataset.busy = 'true';
    try {
      return await task();
    } catch (error) {
      showToast((error as Error).message);
      return undefined;
    } finally {
      busyCount--;
      if (!busyCount) {
        busy.hidden = true;
        delete root.dataset.busy;
      }
    }
  }

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  function showToast(text: string): void {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (toast.hidden = true), 6000);
  }

  // ----- undo / redo ----------------------------------------------------------------------

  const currentStep = (): Step => ({
    state: store.state,
    elements: canvas.snapshot(),
    zoom: cy().zoom(),
    pan: { ...cy().pan() },
  });

  function record<T>(change: () => T): T {
    history.record(currentStep());
    const result = change();
    syncToolbar();
    return result;
  }

  function apply(step: Step | undefined): void {
    if (!step) return;
    restoring = true;
    canvas.restore(step.elements);
    cy().viewport({ zoom: step.zoom, pan: step.pan });
    store.set(step.state);
    restoring = false;
    refreshCanvas();
    showPanel();
    syncToolbar();
  }
  const undo = () => apply(history.undo(currentStep()));
  const redo = () => apply(history.redo(currentStep()));

  function syncToolbar(note?: string): void {
    toolbar.sync(store.state, { undo: history.canUndo, redo: history.canRedo }, note);
  }

  // ----- derived rendering ----------------------------------------------------------------

  function refreshCanvas(): void {
    const state = store.state;
    canvas.applyFilters(state);
    applySize(cy(), state.sizeBy);
    const communities = applyColor(cy(), state.colorBy);
    legend.update(cy(), state, communities);
    highlightFocus();
  }

  function highlightFocus(): void {
    const c = cy();
    const state = store.state;
    c.batch(() => {
      c.elements().removeClass('faded');
      c.elements().unselect();
      if (!state.focus) return;
      const node = c.getElementById(state.focus);
      if (node.empty()) return;
      node.select();
      // In the co-speaker view, focusing a person fades everyone who did not speak with them.
      if (state.view === 'co-speakers')
        c.elements().not(node.closedNeighborhood()).addClass('faded');
    });
  }

  store.subscribe((state, previous) => {
    const url = urlFromState(state, location.search);
    if (url !== location.search)
      window.history.replaceState(null, '', `${location.pathname}${url}${location.hash}`);
    const filtersChanged =
      state.hiddenLabels !== previous.hiddenLabels ||
      state.hiddenTypes !== previous.hiddenTypes ||
      state.hiddenNodes !== previous.hiddenNodes ||
      state.dateFrom !== previous.dateFrom ||
      state.dateTo !== previous.dateTo;
    if (filtersChanged || state.sizeBy !== previous.sizeBy || state.colorBy !== previous.colorBy)
      refreshCanvas();
    if (state.dateFrom !== previous.dateFrom || state.dateTo !== previous.dateTo) {
      timeline.setRange(state.dateFrom, state.dateTo);
      // The co-speaker network is computed for the range by the server.
      if (state.view === 'co-speakers' && !restoring)
        void working(async () => {
          await loadBase(state);
          layoutAll();
        });
    }
    if (state.layout !== previous.layout && !restoring) layoutAll();
    if (state.focus !== previous.focus) {
      highlightFocus();
      if (!restoring) centreOn(state.focus);
      showPanel();
    }
    syncToolbar();
  });

  function layoutAll(fit = true): void {
    const state = store.state;
    const roots = state.focus
      ? [state.focus]
      : cy()
          .nodes('[label = "Event"]:visible')
          .map((n) => n.id());
    runLayout({ fit: false, randomize: true, roots });
    if (fit) fitView(cy().elements(':visible'));
  }

  function centreOn(id: string | null): void {
    if (!id) return;
    const node = cy().getElementById(id);
    if (node.empty()) return;
    const c = cy();
    const zoom = Math.max(c.zoom(), 0.9);
    c.animate({ zoom, center: { eles: node } }, { duration: 300 });
  }

  // ----- panel ----------------------------------------------------------------------------

  const panelHooks = {
    focus: (id: string) => void choose(id),
    openEvidence: (provenance: Parameters<typeof viewer.open>[0]) => void viewer.open(provenance),
    expand: (id: string) => void expand(id),
    coSpeakers: (id: string) => void switchView('co-speakers', id),
    pathFrom: (id: string) => startPath(id),
    openArticle: (id: string) => void viewer.open({ article: id }),
  };

  let lastPaths: Parameters<typeof renderPaths>[1] | null = null;
  let lastCoSpeakers: Parameters<typeof renderCoSpeakers>[1] | null = null;

  function showPanel(): void {
    const state = store.state;
    const request = ++detailsRequest;
    if (state.focus) {
      const id = state.focus;
      panel.dataset.loading = 'true';
      void explorerApi
        .node(id)
        .then((response) => {
          if (request !== detailsRequest || !alive) return;
          renderDetails(panel, response, panelHooks);
        })
        .catch((error: Error) => {
          if (request !== detailsRequest || !alive) return;
          panel.replaceChildren(el('p', { className: 'ex-error', textContent: error.message }));
        })
        .finally(() => {
          if (request === detailsRequest) delete panel.dataset.loading;
        });
      return;
    }
    if (state.path && lastPaths) {
      renderPaths(panel, lastPaths, panelHooks, () => clearPath());
      return;
    }
    if (state.view === 'co-speakers' && lastCoSpeakers) {
      renderCoSpeakers(panel, lastCoSpeakers, panelHooks);
      return;
    }
    panel.replaceChildren(welcome());
  }

  function welcome(): HTMLElement {
    const box = el('div', { className: 'ex-details ex-welcome', dataset: { testid: 'welcome' } });
    box.append(
      el('div', { className: 'ex-kicker' }, el('span', { textContent: 'Start here' })),
      el('h2', {
        className: 'ex-title',
        textContent: 'Who spoke where, alongside whom, and on what evidence',
      }),
      el(
        'ol',
        { className: 'ex-steps' },
        el('li', { textContent: 'Search a name (typos and aliases are fine) and choose it.' }),
        el('li', {
          textContent:
            'Click a node for its details; every relationship shows the sentence it came from — click “Source” to read it in the article.',
        }),
        el('li', {
          textContent:
            'Double-click to expand; right-click for more (by type, hide, pin, collapse, path).',
        }),
        el('li', {
          textContent:
            '“Co-speakers” shows who spoke alongside whom; the timeline limits the dates.',
        }),
      ),
      el('p', {
        className: 'ex-muted ex-small',
        textContent:
          'Claims are shown as “claimed by …”: the graph records who said what, where, according to which article — not whether it is true.',
      }),
    );
    if (overviewInfo) {
      const dl = el('dl', { className: 'ex-facts' });
      for (const { label, count } of overviewInfo.labels)
        dl.append(
          el('dt', { textContent: lookOf(label).plural }),
          el('dd', { textContent: String(count) }),
        );
      box.append(el('h3', { className: 'ex-section-title', textContent: 'In the graph' }), dl);
    }
    return box;
  }

  // ----- loading --------------------------------------------------------------------------

  /** Counts results drawn from outside (workbench, files), so a slower load never covers them. */
  let drawn = 0;

  let baseRequest = 0;

  async function loadBase(state: ExplorerState): Promise<void> {
    const start = drawn;
    // Only the latest request draws: two quick date changes must not land out of order.
    const request = ++baseRequest;
    if (state.view === 'graph') {
      const overview = await explorerApi.overview();
      overviewInfo = overview.graph;
      if (drawn !== start || request !== baseRequest) return;
      canvas.replace(overview.elements);
    } else if (state.view === 'co-speakers') {
      const network = await explorerApi.coSpeakers({ from: state.dateFrom, to: state.dateTo });
      if (drawn !== start || request !== baseRequest) return;
      lastCoSpeakers = network;
      canvas.replace(network.elements);
    } else {
      canvas.replace({ nodes: [], edges: [] });
    }
    refreshCanvas();
  }

  function addMoreStub(response: NeighborsResponse, params: Record<string, string>): void {
    const c = cy();
    const stubId = `more:${response.id}`;
    c.getElementById(stubId).remove();
    if (response.more <= 0) return;
    const owner = c.getElementById(response.id);
    const { x, y } = owner.position();
    c.add([
      {
        group: 'nodes',
        classes: 'more',
        data: {
          id: stubId,
          label: 'More',
          name: `+${response.more} more`,
          moreOf: response.id,
          offset: response.offset + response.returned,
          params: JSON.stringify(params),
        },
        position: { x: x + 60, y: y - 40 },
      },
      {
        group: 'edges',
        classes: 'more',
        data: { id: `${stubId}:edge`, source: response.id, target: stubId, type: 'MORE' },
      },
    ]);
  }

  async function fetchNeighbours(
    id: string,
    params: Record<string, string> = {},
    offset = 0,
    limit = EXPAND_LIMIT,
  ): Promise<NeighborsResponse> {
    const response = await explorerApi.neighbors(id, { ...params, limit, offset });
    canvas.add(response.elements, id);
    addMoreStub(response, params);
    return response;
  }

  function settle(around: string, added = 0): void {
    const c = cy();
    // When the new nodes are most of the canvas, a fresh layout reads better than nudging.
    const fresh = added * 2 > c.nodes(':visible').length;
    runLayout({ fit: false, randomize: fresh });
    refreshCanvas();
    const node = c.getElementById(around);
    if (node.nonempty()) {
      const hood = node.closedNeighborhood(':visible');
      fitView(hood, true, 1.2);
    }
  }

  async function expand(id: string, params: Record<string, string> = {}): Promise<void> {
    history.record(currentStep());
    const before = cy().nodes().length;
    const done = await working(() => fetchNeighbours(id, params));
    if (!done) return;
    store.set(actions.expand(store.state, id));
    settle(id, cy().nodes().length - before);
    syncToolbar(
      done.more > 0
        ? `${done.returned} of ${done.total} shown; click “+${done.more} more” for the rest`
        : `${done.returned} neighbours`,
    );
  }

  async function loadMore(stub: NodeSingular): Promise<void> {
    const owner = String(stub.data('moreOf'));
    const params = JSON.parse(String(stub.data('params') ?? '{}')) as Record<string, string>;
    history.record(currentStep());
    const done = await working(() =>
      fetchNeighbours(owner, params, Number(stub.data('offset')), MORE_LIMIT),
    );
    if (done) settle(owner);
  }

  function collapse(id: string): void {
    record(() => {
      const c = cy();
      const node = c.getElementById(id);
      const state = store.state;
      const keep = new Set([state.focus, state.path?.from, state.path?.to].filter(Boolean));
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
      store.set(actions.collapse(store.state, id));
      refreshCanvas();
    });
  }

  /** Adds a node that is not on the canvas, with its edges to nodes already there. */
  async function ensureNode(id: string): Promise<boolean> {
    if (cy().getElementById(id).nonempty()) return true;
    const response = await explorerApi.neighbors(id, { limit: 200 });
    const c = cy();
    const onCanvas = response.elements.edges.filter((e) => {
      const other = e.data.source === id ? e.data.target : e.data.source;
      return c.getElementById(other).nonempty();
    });
    const centre = response.elements.nodes.find((n) => n.data.id === id);
    if (!centre) return false;
    let linked = c.collection();
    for (const e of onCanvas)
      linked = linked.union(c.getElementById(e.data.source === id ? e.data.target : e.data.source));
    const ext = c.extent();
    const box = linked.nonempty() ? linked.boundingBox({}) : ext;
    const position = {
      x: box.x1 + box.w / 2 + (linked.nonempty() ? 40 : 0),
      y: box.y1 + box.h / 2 + (linked.nonempty() ? 40 : 0),
    };
    canvas.add({ nodes: [{ data: centre.data, position }], edges: onCanvas });
    return true;
  }

  async function choose(id: string): Promise<void> {
    if (pathPick && pathPick !== id) {
      const from = pathPick;
      endPathPick();
      await showPath(from, id);
      return;
    }
    const present = cy().getElementById(id).nonempty();
    if (!present) {
      history.record(currentStep());
      const ok = await working(() => ensureNode(id));
      if (!ok) return;
      store.set(actions.addNode(store.state, id));
      refreshCanvas();
    } else if (store.state.hiddenNodes.includes(id)) {
      store.set(actions.addNode(store.state, id));
    }
    if (store.state.focus === id) centreOn(id);
    else store.set(actions.focus(store.state, id));
  }

  // ----- paths ----------------------------------------------------------------------------

  function startPath(from?: string): void {
    const selected = cy().nodes(':selected').not('.more');
    if (!from && selected.length === 2) {
      void showPath(selected[0]!.id(), selected[1]!.id());
      return;
    }
    const start = from ?? (selected.length === 1 ? selected[0]!.id() : null);
    if (!start) {
      showBanner(
        'Shortest path: select two nodes (Shift-click the second), or select one and press Path.',
      );
      return;
    }
    pathPick = start;
    const name = String(cy().getElementById(start).data('name') ?? start);
    showBanner(`Path from ${name}: click the other end, or search for it.`, () => endPathPick());
    search.setHint(`Path from ${name}: choose the other end`);
  }

  function endPathPick(): void {
    pathPick = null;
    banner.hidden = true;
    search.setHint(null);
  }

  function showBanner(text: string, onCancel?: () => void): void {
    banner.replaceChildren(el('span', { textContent: text }));
    if (onCancel) {
      const cancel = el('button', {
        type: 'button',
        className: 'ex-link-button',
        textContent: 'Cancel',
      });
      cancel.addEventListener('click', onCancel);
      banner.append(cancel);
    }
    banner.hidden = false;
    if (!onCancel) setTimeout(() => (banner.hidden = true), 5000);
  }

  async function showPath(from: string, to: string, recordStep = true): Promise<void> {
    if (recordStep) history.record(currentStep());
    const response = await working(() => explorerApi.paths(from, to));
    if (!response) return;
    lastPaths = response;
    const c = cy();
    const added = canvas.add(response.elements, from);
    c.elements().removeClass('path');
    for (const e of [...response.elements.nodes, ...response.elements.edges])
      c.getElementById(e.data.id).addClass('path');
    store.set({
      ...actions.path(store.state, from, to),
      focus: null,
      hiddenNodes: store.state.hiddenNodes.filter(
        (h) => c.getElementById(h).hasClass('path') === false,
      ),
    });
    if (added.nodes().nonempty() && recordStep) runLayout({ fit: false, randomize: false });
    refreshCanvas();
    fitView(c.elements('.path'), true, 1.2);
    showPanel();
  }

  function clearPath(): void {
    record(() => {
      cy().elements().removeClass('path');
      lastPaths = null;
      store.set(actions.clearPath(store.state));
      showPanel();
    });
  }

  // ----- views ----------------------------------------------------------------------------

  async function switchView(view: 'graph' | 'co-speakers', focus?: string): Promise<void> {
    if (view === store.state.view && !focus) return;
    history.record(currentStep());
    const next = { ...actions.view(store.state, view), ...(focus ? { focus } : {}) };
    restoring = true;
    store.set({ ...next, focus: null });
    restoring = false;
    await working(async () => {
      await loadBase(next);
      layoutAll();
    });
    store.set(next);
    if (!next.focus) showPanel();
  }

  function clear(): void {
    record(() => {
      canvas.replace({ nodes: [], edges: [] });
      lastPaths = null;
      endPathPick();
      store.set({ ...actions.clear(store.state), view: 'blank' });
      refreshCanvas();
      showPanel();
    });
    syncToolbar('Canvas cleared: search to start again, or press Graph for the overview.');
  }

  /** Rebuilds the canvas a state describes (first load and opened links). */
  async function replay(state: ExplorerState): Promise<void> {
    restoring = true;
    const start = drawn;
    await working(async () => {
      await loadBase(state);
      if (drawn !== start) return;
      for (const id of state.expanded) await fetchNeighbours(id).catch(() => undefined);
      for (const id of state.added) await ensureNode(id).catch(() => undefined);
      if (state.focus) await ensureNode(state.focus).catch(() => undefined);
    });
    restoring = false;
    if (drawn !== start) {
      root.dataset.ready = 'true';
      return;
    }
    refreshCanvas();
    layoutAll();
    if (state.path) await showPath(state.path.from, state.path.to, false);
    timeline.setRange(state.dateFrom, state.dateTo);
    highlightFocus();
    if (state.focus) {
      const node = cy().getElementById(state.focus);
      if (node.nonempty()) cy().center(node);
    }
    showPanel();
    syncToolbar();
    root.dataset.ready = 'true';
  }

  // ----- canvas events --------------------------------------------------------------------

  function openMenu(node: NodeSingular, x: number, y: number): void {
    const id = node.id();
    const pinned = node.hasClass('pinned');
    const items: MenuItem[] = [
      { text: 'Expand', action: 'menu-expand', run: () => void expand(id) },
      { text: 'Details', action: 'menu-details', run: () => void choose(id) },
      {
        text: 'Hide',
        action: 'menu-hide',
        run: () => record(() => store.set(actions.hideNode(store.state, id))),
      },
      {
        text: pinned ? 'Unpin' : 'Pin',
        action: 'menu-pin',
        run: () => {
          node.toggleClass('pinned', !pinned);
          if (pinned) node.unlock();
          else node.lock();
        },
      },
      { text: 'Collapse', action: 'menu-collapse', run: () => collapse(id) },
      { text: 'Path from here…', action: 'menu-path-from', run: () => startPath(id) },
    ];
    if (pathPick && pathPick !== id)
      items.unshift({ text: 'Path to here', action: 'menu-path-to', run: () => void choose(id) });
    if (node.data('label') === 'Person')
      items.push({
        text: 'Co-speakers',
        action: 'menu-co-speakers',
        run: () => void switchView('co-speakers', id),
      });
    const groups = explorerApi.neighbors(id, { limit: 1 }).then((response) =>
      response.groups.map((group) => ({
        text: groupText(group),
        action: `menu-group-${group.type}-${group.direction}-${group.label}`,
        run: () =>
          void expand(id, { types: group.type, labels: group.label, direction: group.direction }),
      })),
    );
    menu.open(x, y, items, groups);
  }

  function edgeTip(edge: EdgeSingular): string[] {
    const type = String(edge.data('type'));
    if (type === 'SPOKE_ALONGSIDE') {
      const events =
        (edge.data('events') as { name: string; date: string | null; city: string | null }[]) ?? [];
      return [
        `${edge.source().data('name')} & ${edge.target().data('name')}: ${events.length} shared event${events.length === 1 ? '' : 's'}`,
        ...events.map((e) => `${e.date ?? 'undated'} · ${e.name}`),
      ];
    }
    const role = edge.data('role') as string | undefined;
    const lines = [
      `${edge.source().data('name')} — ${verbOf(type)}${role ? ` (${role})` : ''} — ${edge.target().data('name')}`,
    ];
    const evidence = edge.data('evidence') as string | undefined;
    if (evidence)
      lines.push(`“${evidence.length > 240 ? `${evidence.slice(0, 240)}…` : evidence}”`);
    if (edge.data('article')) lines.push('Click the edge for its source.');
    return lines;
  }

  canvas.onCore((c) => {
    const handlers: [string, string, (event: cytoscape.EventObject) => void][] = [
      [
        'tap',
        'node',
        (event) => {
          const node = event.target as NodeSingular;
          menu.close();
          if (node.hasClass('more')) void loadMore(node);
          else void choose(node.id());
        },
      ],
      [
        'dbltap',
        'node',
        (event) => {
          const node = event.target as NodeSingular;
          if (!node.hasClass('more')) void expand(node.id());
        },
      ],
      [
        'cxttap',
        'node',
        (event) => {
          const node = event.target as NodeSingular;
          if (!node.hasClass('more'))
            openMenu(node, event.renderedPosition.x, event.renderedPosition.y);
        },
      ],
      [
        'tap',
        'edge',
        (event) => {
          const edge = event.target as EdgeSingular;
          const article = edge.data('article') as string | undefined;
          if (article)
            void viewer.open({
              article,
              evidence: (edge.data('evidence') as string) ?? null,
              evidenceStart: (edge.data('evidenceStart') as number) ?? null,
              evidenceEnd: (edge.data('evidenceEnd') as number) ?? null,
            });
        },
      ],
      [
        'mouseover',
        'node',
        (event) => {
          const node = event.target as NodeSingular;
          node.addClass('hover');
          node.connectedEdges().addClass('labelled');
        },
      ],
      [
        'mouseout',
        'node',
        (event) => {
          const node = event.target as NodeSingular;
          node.removeClass('hover');
          node.connectedEdges().removeClass('labelled');
        },
      ],
      [
        'mouseover',
        'edge',
        (event) => {
          const edge = event.target as EdgeSingular;
          if (edge.hasClass('more')) return;
          edge.addClass('hover');
          tooltip.replaceChildren(
            ...edgeTip(edge).map((line, i) => el(i ? 'div' : 'strong', { textContent: line })),
          );
          // Synthetic events (keyboard, tests) carry no pointer position: use the edge's middle.
          const { x, y } = event.renderedPosition ?? edge.renderedMidpoint();
          tooltip.style.left = `${Math.min(x + 12, c.width() - 320)}px`;
          tooltip.style.top = `${y + 12}px`;
          tooltip.hidden = false;
        },
      ],
      [
        'mouseout',
        'edge',
        (event) => {
          (event.target as EdgeSingular).removeClass('hover');
          tooltip.hidden = true;
        },
      ],
    ];
    for (const [type, selector, handler] of handlers) c.on(type, selector, handler);
    const background = (event: cytoscape.EventObject) => {
      if (event.target === c) {
        menu.close();
        if (store.state.focus) store.set(actions.focus(store.state, null));
      }
    };
    const hideMenu = () => menu.close();
    c.on('tap', background);
    c.on('pan zoom', hideMenu);
    return () => {
      for (const [type, selector, handler] of handlers) c.off(type, selector, handler);
      c.off('tap', background);
      c.off('pan zoom', hideMenu);
    };
  });

  listeners.on<KeyboardEvent>(document, 'keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, .cm-editor, dialog')) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    } else if (mod && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      redo();
    } else if (event.key === 'Escape') {
      endPathPick();
      menu.close();
    } else if (event.key === '/') {
      event.preventDefault();
      search.focus();
    }
  });

  // ----- hooks for the workbench and the export menu --------------------------------------

  async function draw(elements: CanvasElements, mode: 'replace' | 'add'): Promise<void> {
    const chosen = await confirmLarge(document.body, elements);
    if (!chosen) return;
    drawn++;
    history.record(currentStep());
    if (mode === 'replace') {
      canvas.replace(chosen);
      lastPaths = null;
      store.set({ ...actions.view(store.state, 'graph'), view: 'query', focus: null });
      refreshCanvas();
      if (!chosen.nodes.every((n) => n.position)) layoutAll();
      else fitView(cy().elements(':visible'));
    } else {
      const added = canvas.add(chosen);
      refreshCanvas();
      if (added.nonempty() && !chosen.nodes.every((n) => n.position)) {
        runLayout({ fit: false, randomize: false });
        fitView(cy().elements(':visible'));
      }
    }
    showPanel();
    syncToolbar(`${chosen.nodes.length} nodes, ${chosen.edges.length} relationships drawn`);
  }

  const exportContext = (): ExportContext => ({
    cy,
    selectionIds: () =>
      cy()
        .nodes(':selected')
        .not('.more')
        .map((n) => n.id()),
    visibleIds: () =>
      cy()
        .nodes(':visible')
        .not('.more')
        .map((n) => n.id()),
    lastQuery: () => lastQuery,
    importElements: (elements: ImportedElements, mode) => void draw(elements, mode),
    legend: () => legendFromCy(cy()).filter((entry) => entry.label !== 'More'),
  });

  // ----- start ----------------------------------------------------------------------------

  void explorerApi.timeline().then(
    (data) => alive && timeline.load(data),
    () => (timeline.root.hidden = true),
  );
  void replay(store.state);

  return {
    showElements(elements, mode, source) {
      lastQuery = source ?? null;
      void draw(elements, mode);
    },
    exportContext,
    exportSlot: toolbar.exportSlot,
    teardown() {
      alive = false;
      listeners.dispose();
      clearTimeout(toastTimer);
      menu.teardown();
      viewer.teardown();
      legend.teardown();
      timeline.teardown();
      search.teardown();
      toolbar.teardown();
      canvas.teardown();
      root.remove();
      panel.replaceChildren();
    },
  };
}
