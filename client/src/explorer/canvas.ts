/**
 * The explorer canvas: owns the Cytoscape core (canvas renderer, or WebGL above a size
 * threshold or when `?webgl=1` forces it), adds and replaces elements, runs layouts, applies
 * the filters of the state, and keeps the test/automation hooks on its host element
 * (`data-nodes`, `data-edges`, `data-layout-ms`, `data-layout`, `data-renderer`, and
 * `data-preparing`, `adding` or `styling`, while a large result is added in slices). Layouts of
 * more than `WORKER_ABOVE` nodes run in a worker (layout-worker/) with a progress bar and
 * Cancel, and resolve the promise `layout` returns once applied. Views register their
 * Cytoscape listeners through `onCore`, so they survive the core being rebuilt when the
 * renderer changes. Not here: what to fetch (loading.ts) or how things look (canvas-style.ts).
 */
import cytoscape, {
  type Core,
  type Collection,
  type EdgeCollection,
  type ElementDefinition,
  type NodeCollection,
  type SingularElementArgument,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import { explorerStyle } from './canvas-style';
import { outOfRange } from './date-filter';
import { lodOptions, lodStyle, reducedDetail } from './level-of-detail';
import { DRAFT_ABOVE, LAYOUT_PADDING, layoutOptions } from './layouts';
import { separateLabels } from './label-spacing';
import { runHierarchy } from './hierarchy-layout';
import { addInSlices, type Adding } from './add-in-slices';
import { shareStyleHints } from './style-hints';
import { createLayoutRunner, workerLayoutsEnabled } from './layout-worker/client';
import { createLayoutProgress } from './layout-worker/progress';
import type { Slices } from './layout-worker/slices';
import {
  AT_ONCE,
  changeIn,
  collectionOf,
  drain,
  forEachIn,
  settle,
  type Pass,
  type PassMode,
} from './passes';
import type { ExplorerState, LayoutName } from './state';

cytoscape.use(fcose);
cytoscape.use(layoutUtilities);

/** Elements as the API sends them (data only; positions when imported from a file). */
export interface CanvasElements {
  nodes: { data: Record<string, unknown> & { id: string }; position?: { x: number; y: number } }[];
  edges: { data: Record<string, unknown> & { id: string; source: string; target: string } }[];
}

/** Above this many elements the WebGL renderer draws (in `auto` mode). */
export const WEBGL_THRESHOLD = 3000;

export type WebglMode = 'auto' | 'on' | 'off';

/**
 * Layouts of more nodes than this run in the layout worker, so the page keeps answering (fcose
 * with label sizes took 2.5 s on the main thread at 333 nodes here); the corpus's first view
 * (50 nodes) and other small graphs keep the main-thread layout. The label-spacing pass runs
 * after either, up to its own limit (label-spacing.ts).
 */
export const WORKER_ABOVE = 150;

let gpu: boolean | undefined;
/**
 * Whether WebGL runs on a GPU. In software (SwiftShader, llvmpipe) Cytoscape's WebGL renderer
 * measured 16–38× slower than the canvas renderer (bench/canvas.ts), so `auto` keeps canvas.
 */
function hardwareWebgl(): boolean {
  if (gpu !== undefined) return gpu;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gpu = !!gl && !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    gpu = false;
  }
  return gpu;
}

/** How a change of the canvas made a slice a task ended, and the elements it added. */
export interface SlicedOutcome {
  outcome: 'done' | 'cancelled' | 'superseded';
  added: Collection;
}

export interface Canvas {
  readonly host: HTMLElement;
  core(): Core;
  /** Registers Cytoscape listeners; called now and again whenever the core is rebuilt. */
  onCore(attach: (cy: Core) => () => void): void;
  /** Replaces everything; returns the added elements. */
  replace(elements: CanvasElements): Collection;
  /**
   * Replaces everything a slice a task (add-in-slices.ts), then runs `then` (the restyle,
   * render.ts) a slice a task too, with the progress bar and its Cancel; the canvas keeps its
   * old picture meanwhile. Resolves `done` with the added elements, `cancelled` when the user
   * cancelled (the part added so far stays, for the caller to replace), or `superseded` when
   * another change of the canvas stopped it.
   */
  replaceInSlices(elements: CanvasElements, then?: () => Slices): Promise<SlicedOutcome>;
  /**
   * `add` of a large result a slice a task, like `replaceInSlices` (no `near`: new nodes
   * without a position wait for the layout). On `cancelled` the part added so far stays, for
   * the caller to put back the canvas of before.
   */
  addInSlices(elements: CanvasElements, then?: () => Slices): Promise<SlicedOutcome>;
  /**
   * `restore` of a large snapshot a slice a task, then `then`, under the progress bar without
   * Cancel (what it puts back is already the canvas of before: undo, or a cancelled draw).
   */
  restoreInSlices(snapshot: ElementDefinition[], then?: () => Slices): Promise<SlicedOutcome>;
  /** Adds what is not on the canvas yet, placing new nodes around `near` when given. */
  add(elements: CanvasElements, near?: string): Collection;
  layout(
    name: LayoutName,
    opts?: {
      eles?: Collection;
      fit?: boolean;
      randomize?: boolean;
      roots?: string[];
      /** The visible elements (what is laid out without `eles`), when the caller has them. */
      visible?: Collection;
      /** Width / height of the region the result will be fitted into (default: the canvas). */
      aspect?: number;
      /** In the worker: called once the positions are applied, before they are drawn. */
      onPlaced?: () => void;
      /** In the worker: the canvas keeps its picture until the result is drawn. */
      hold?: boolean;
    },
  ): Promise<void> | undefined;
  /** Stops a layout running in the worker; the canvas keeps the positions it shows. */
  cancelLayout(): void;
  applyFilters(state: ExplorerState): void;
  /** `applyFilters` as a pass (passes.ts). */
  filtersPass(state: ExplorerState, mode?: PassMode): Pass;
  /** Elements as plain JSON with positions and classes, for undo. */
  snapshot(): ElementDefinition[];
  restore(snapshot: ElementDefinition[]): void;
  updateCounts(): void;
  /** `updateCounts` as a pass (passes.ts). */
  countsPass(): Pass;
  teardown(): void;
}

/**
 * Gives `cls` to the elements of `eles` for which `want` holds and takes it from the others,
 * touching only those that change (`toggleClass` element by element cost about 10 µs each
 * even when nothing changed: 0.2 s of a 20,000-element draw). Returns the changed elements.
 */
function* setClass(
  cy: Core,
  eles: ArrayLike<SingularElementArgument>,
  cls: string,
  want: (ele: SingularElementArgument) => boolean,
): Pass<SingularElementArgument[]> {
  const on: SingularElementArgument[] = [];
  const off: SingularElementArgument[] = [];
  yield* forEachIn(eles, (ele) => {
    const wanted = want(ele);
    if (wanted !== ele.hasClass(cls)) (wanted ? on : off).push(ele);
  });
  yield* changeIn(cy, on, (some) => some.addClass(cls));
  yield* changeIn(cy, off, (some) => some.removeClass(cls));
  return [...on, ...off];
}

/** The nodes and the edges of `eles`, in one pass. */
function split(cy: Core, eles: Collection): { nodes: NodeCollection; edges: EdgeCollection } {
  const nodes: SingularElementArgument[] = [];
  const edges: SingularElementArgument[] = [];
  eles.forEach((ele) => void (ele.isNode() ? nodes : edges).push(ele));
  return {
    nodes: collectionOf(cy, nodes) as unknown as NodeCollection,
    edges: collectionOf(cy, edges) as unknown as EdgeCollection,
  };
}

/** A large result being added (then restyled) a slice a task, and who stopped it, if anyone. */
interface AddingJob {
  job: Adding;
  /** The slices under way: the adding's, then those of the caller's `then`. */
  stage: Slices;
  by: 'user' | 'change' | null;
}

function definitions(elements: CanvasElements, cy: Core): ElementDefinition[] {
  // `hasElementWithId`, not `getElementById(…).empty()`, which makes a collection per call
  // (64 ms of 100,000 lookups).
  const nodes = elements.nodes
    .filter((n) => !cy.hasElementWithId(n.data.id))
    .map((n) => ({
      group: 'nodes' as const,
      data: { ...n.data },
      ...(n.position ? { position: { ...n.position } } : {}),
    }));
  const ids = new Set([...nodes.map((n) => n.data.id), ...cy.nodes().map((n) => n.id())]);
  const edges = elements.edges
    .filter(
      (e) => !cy.hasElementWithId(e.data.id) && ids.has(e.data.source) && ids.has(e.data.target),
    )
    .map((e) => ({ group: 'edges' as const, data: { ...e.data } }));
  return [...nodes, ...edges];
}

export function createCanvas(container: HTMLElement, webgl: WebglMode = 'auto'): Canvas {
  const host = document.createElement('div');
  host.className = 'ex-canvas';
  // The workbench and export tests find the canvas by this test id.
  host.dataset.testid = 'workbench-graph';
  container.append(host);
  const attachers: ((cy: Core) => () => void)[] = [];
  let detachers: (() => void)[] = [];
  let useWebgl = webgl === 'on';
  let useLod = false;

  const build = (elements: ElementDefinition[] = []) => {
    const cy = cytoscape({
      container: host,
      elements,
      layout: { name: 'preset' },
      style: useLod ? [...explorerStyle(), ...lodStyle()] : explorerStyle(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.4,
      // A click selects one node (the focus), Shift/Ctrl/Cmd-click adds to the selection.
      // ('additive' toggled a node that the click had just focused and selected.)
      selectionType: 'single',
      boxSelectionEnabled: true,
      ...(useWebgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      ...(useLod ? lodOptions : {}),
    } as cytoscape.CytoscapeOptions);
    // The same style keys with their group hashes shared: 150 MB less heap, and as much less
    // garbage a restyle, at 100,000 elements (style-hints.ts).
    shareStyleHints(cy);
    host.dataset.renderer = useWebgl ? 'webgl' : 'canvas';
    host.dataset.detail = useLod ? 'reduced' : 'full';
    detachers = attachers.map((attach) => attach(cy));
    return cy;
  };
  let cy = build();
  const runner = workerLayoutsEnabled() ? createLayoutRunner() : null;
  const progress = createLayoutProgress(container);
  // Loaded while the page is idle, so the first large layout does not wait for it.
  const warm = runner ? setTimeout(() => runner.warm(), 1500) : undefined;
  // A large result being added a slice a task; any other change of the canvas stops it.
  let adding: AddingJob | null = null;
  const stopAdding = (by: 'user' | 'change' = 'change') => {
    if (!adding) return;
    adding.by = by;
    adding.stage.stop();
    adding = null;
    progress.hide();
    delete host.dataset.preparing;
  };

  /** Rebuilds the core when the renderer or level of detail that fits `count` elements differs. */
  const fitRenderer = (count: number) => {
    const want = webgl === 'on' || (webgl === 'auto' && count > WEBGL_THRESHOLD && hardwareWebgl());
    const lod = reducedDetail(count);
    if (want === useWebgl && lod === useLod) return;
    runner?.cancel();
    stopAdding();
    useLod = lod;
    const json = cy.elements().jsons() as unknown as ElementDefinition[];
    detachers.forEach((detach) => detach());
    cy.destroy();
    useWebgl = want;
    cy = build(json);
  };

  /**
   * What the sliced changes share: the renderer fitted to `count` elements, the canvas
   * cleared or not, `defs` added a slice a task (add-in-slices.ts), then the caller's `then`
   * (the restyle), under the progress bar for `nodes` nodes, with Cancel when `cancellable`.
   */
  const changeInSlices = async (
    count: number,
    nodes: number,
    how: {
      clear: boolean;
      defs: () => ElementDefinition[];
      then: (() => Slices) | undefined;
      cancellable: boolean;
    },
  ): Promise<SlicedOutcome> => {
    runner?.cancel();
    stopAdding();
    fitRenderer(count);
    if (how.clear) cy.elements().remove();
    const job = addInSlices(cy, how.defs());
    const current: AddingJob = { job, stage: job, by: null };
    adding = current;
    progress.show(nodes, how.cancellable ? () => stopAdding('user') : null);
    progress.phase(how.cancellable ? 'drawing' : 'restoring');
    host.dataset.preparing = 'adding';
    let finished = await job.done;
    // Started in the task that ended the adding, so no frame draws the canvas in between.
    if (finished && how.then && adding === current) {
      host.dataset.preparing = 'styling';
      current.stage = how.then();
      finished = await current.stage.done;
    }
    if (adding === current) {
      adding = null;
      progress.hide();
      delete host.dataset.preparing;
    }
    // A restyle that ran to its end has counted them.
    if (!(finished && how.then)) canvas.updateCounts();
    const outcome = finished ? 'done' : current.by === 'user' ? 'cancelled' : 'superseded';
    return { outcome, added: current.job.added() };
  };

  const canvas: Canvas = {
    host,
    core: () => cy,
    onCore(attach) {
      attachers.push(attach);
      detachers.push(attach(cy));
    },
    replace(elements) {
      runner?.cancel();
      stopAdding();
      fitRenderer(elements.nodes.length + elements.edges.length);
      cy.elements().remove();
      const added = cy.add(definitions(elements, cy));
      canvas.updateCounts();
      return added;
    },
    replaceInSlices(elements, then) {
      return changeInSlices(elements.nodes.length + elements.edges.length, elements.nodes.length, {
        clear: true,
        defs: () => definitions(elements, cy),
        then,
        cancellable: true,
      });
    },
    addInSlices(elements, then) {
      const count = cy.elements().length + elements.nodes.length + elements.edges.length;
      return changeInSlices(count, elements.nodes.length, {
        clear: false,
        defs: () => definitions(elements, cy),
        then,
        cancellable: true,
      });
    },
    restoreInSlices(snapshot, then) {
      // Nodes first: `cy.add` of the whole snapshot ordered them itself, but a slice holding an
      // edge whose end comes in a later slice would throw.
      const nodes = snapshot.filter((d) => d.group === 'nodes');
      return changeInSlices(snapshot.length, nodes.length, {
        clear: true,
        defs: () => [...nodes, ...snapshot.filter((d) => d.group !== 'nodes')],
        then,
        cancellable: false,
      });
    },
    add(elements, near) {
      stopAdding();
      fitRenderer(cy.elements().length + elements.nodes.length + elements.edges.length);
      const centre = near ? cy.getElementById(near) : undefined;
      const defs = definitions(elements, cy);
      const fresh = defs.filter((d) => d.group === 'nodes' && !d.position);
      if (centre?.nonempty()) {
        const { x, y } = centre.position();
        const radius = 90 + fresh.length * 4;
        fresh.forEach((d, i) => {
          const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
          d.position = { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
        });
      }
      const added = cy.add(defs);
      canvas.updateCounts();
      return added;
    },
    layout(name, opts = {}) {
      stopAdding();
      const eles = opts.eles ?? opts.visible ?? cy.elements(':visible');
      if (eles.empty()) return;
      runner?.cancel();
      const started = performance.now();
      const fit = opts.fit ?? true;
      const aspect = opts.aspect ?? cy.width() / Math.max(cy.height(), 1);
      const randomize = opts.randomize ?? true;
      // Several groups in a hierarchy tile the canvas, one tree each (hierarchy-layout.ts):
      // breadth-first placement, cheap enough for the main thread at any size.
      if (name === 'breadthfirst' && !opts.eles && eles.components().length > 1) {
        runHierarchy(cy, eles, { roots: opts.roots, aspect });
        if (fit) cy.fit(eles, LAYOUT_PADDING);
        host.dataset.layout = 'done';
        host.dataset.layoutMs = String(Math.round(performance.now() - started));
        return undefined;
      }
      // Split in one pass: each of `nodes()` and `edges()` is a pass over every element (tens
      // of ms at 100,000), and the worker's client needs both.
      const parts = split(cy, eles);
      const nodeCount = parts.nodes.length;
      if (runner && nodeCount > WORKER_ABOVE) {
        delete host.dataset.layoutMs;
        host.dataset.layout = 'running';
        const job = runner.run(cy, name, eles, {
          fit,
          randomize,
          roots: opts.roots,
          aspect,
          includeLabels: nodeCount <= DRAFT_ABOVE,
          onPhase: (phase, step) => progress.phase(phase, step),
          onPlaced: opts.onPlaced,
          hold: opts.hold,
          parts,
        });
        progress.show(job.nodes, () => job.cancel());
        // The worker keeps names apart itself (label-spacing.ts), before the result is drawn.
        return job.done.then((outcome) => {
          progress.hide();
          host.dataset.layout = outcome;
          host.dataset.layoutMs = String(Math.round(performance.now() - started));
        });
      }
      // fcose packs the graph's components (one per event, typically) through layout-utilities:
      // packed to the shape of the region they are fitted into, they fill it, so the fit zooms
      // in further and names read larger than with the components strewn around.
      if (name === 'fcose')
        cy.layoutUtilities({ desiredAspectRatio: aspect, componentSpacing: 30 });
      const layout = eles.layout(layoutOptions(name, eles, { fit, randomize, roots: opts.roots }));
      layout.one('layoutstop', () => {
        if (separateLabels(cy, eles) && fit) cy.fit(eles, LAYOUT_PADDING);
      });
      layout.run();
      host.dataset.layout = 'done';
      host.dataset.layoutMs = String(Math.round(performance.now() - started));
      return undefined;
    },
    cancelLayout: () => runner?.cancel(),
    applyFilters(state) {
      drain(canvas.filtersPass(state));
    },
    *filtersPass(state, mode = AT_ONCE) {
      const labels = new Set(state.hiddenLabels);
      const types = new Set(state.hiddenTypes);
      const hidden = new Set(state.hiddenNodes);
      const dated = outOfRange(cy, state.dateFrom, state.dateTo);
      // Nodes first: whether a "more" stub shows depends on its node.
      const nodes = cy.nodes();
      const changed = [
        ...(yield* setClass(cy, nodes, 'filtered', (node) =>
          labels.has(node.data('label') as string),
        )),
        ...(yield* setClass(cy, nodes, 'out-of-range', (node) => dated.has(node.id()))),
        ...(yield* setClass(cy, nodes, 'user-hidden', (node) => hidden.has(node.id()))),
        ...(yield* setClass(cy, cy.edges(), 'filtered', (edge) =>
          types.has(edge.data('type') as string),
        )),
      ];
      yield* settle(cy, changed, mode);
      // "N more" stubs follow the node they belong to.
      const stubs = yield* setClass(cy, cy.nodes('.more'), 'filtered', (more) => {
        const owner = cy.getElementById(more.data('moreOf') as string);
        return owner.empty() || !owner.visible();
      });
      yield* settle(cy, stubs, mode);
      yield* canvas.countsPass();
    },
    snapshot() {
      return cy.elements().jsons() as unknown as ElementDefinition[];
    },
    restore(snapshot) {
      runner?.cancel();
      stopAdding();
      fitRenderer(snapshot.length);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(snapshot);
      });
      canvas.updateCounts();
    },
    updateCounts() {
      drain(canvas.countsPass());
    },
    *countsPass() {
      // One pass over the elements: the selectors and `not` each built a collection of them
      // (a quarter of a second at 100,000 elements for the three).
      let nodes = 0;
      let visible = 0;
      yield* forEachIn(cy.nodes(), (node) => {
        if (node.hasClass('more')) return;
        nodes++;
        if (node.visible()) visible++;
      });
      let edges = 0;
      yield* forEachIn(cy.edges(), (edge) => void (edge.hasClass('more') || edges++));
      host.dataset.nodes = String(nodes);
      host.dataset.edges = String(edges);
      host.dataset.visibleNodes = String(visible);
    },
    teardown() {
      clearTimeout(warm);
      stopAdding();
      runner?.dispose();
      progress.teardown();
      detachers.forEach((detach) => detach());
      cy.destroy();
      host.remove();
    },
  };
  canvas.updateCounts();
  return canvas;
}
