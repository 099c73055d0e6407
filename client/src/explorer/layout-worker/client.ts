/**
 * Runs a layout in the layout worker for the canvas: reads the nodes' boxes (with labels on
 * graphs small enough to count them), positions and pins and the edges into typed arrays,
 * posts them, and applies the answer in one Cytoscape batch. `cancel()` ends the worker (a
 * layout is one synchronous computation there, so this is the only way to stop it) and keeps
 * the positions so far of a layout that streams them (ForceAtlas2), otherwise what the canvas
 * shows; nodes that had no place yet (all on one spot) get a plain grid, so a cancelled first
 * fcose layout still shows them. A cancel that comes after the answer, while it is
 * prepared for drawing (held in a batch, so not yet on the canvas), puts back the positions
 * and view the canvas still shows. Not here: the layout options (layouts.ts, applied
 * in the worker) or the progress indicator (progress.ts).
 */
import type { Collection, Core, EdgeCollection, NodeCollection, NodeSingular } from 'cytoscape';
import { LAYOUT_PADDING } from '../layouts';
import type { LayoutName } from '../state';
import {
  BOX_STRIDE,
  type LayoutPhase,
  type LayoutReply,
  type LayoutRequest,
  type LayoutStep,
} from './protocol';
import { tileBelow } from './isolated';
import { fitBoxOf, flushInSlices, measureInSlices, nodeBox } from './measure-in-slices';
import { drawInSlices } from './draw-in-slices';
import { indexesInSlices, type Slices } from './slices';

export type LayoutOutcome = 'done' | 'cancelled' | 'failed';

export interface LayoutJob {
  readonly nodes: number;
  /** Resolves once the positions are applied, or the job is cancelled or failed. */
  readonly done: Promise<LayoutOutcome>;
  cancel(): void;
}

export interface RunOptions {
  fit: boolean;
  randomize: boolean;
  roots?: string[];
  aspect: number;
  includeLabels: boolean;
  onPhase?: (phase: LayoutPhase, step?: LayoutStep) => void;
  /** Called once the positions are applied, before they are drawn: the place to fit. */
  onPlaced?: () => void;
  /**
   * Keep the canvas's picture until the result is drawn, though the nodes have places (a
   * large result added to the canvas: its new nodes are piled on one spot).
   */
  hold?: boolean;
  /**
   * The nodes and edges of `eles`, when the caller has split them (each of `nodes()` and
   * `edges()` is a pass over every element: 25–35 ms at 100,000).
   */
  parts?: { nodes: NodeCollection; edges: EdgeCollection };
}

/** The URL switch `?layoutWorker=0` keeps every layout on the main thread (benchmark baseline). */
export function workerLayoutsEnabled(): boolean {
  return new URLSearchParams(location.search).get('layoutWorker') !== '0';
}

/** `?forceAtlas=1` runs ForceAtlas2 for every worker force layout, `?forceAtlas=0` never. */
function forceAtlasSwitch(): boolean | undefined {
  const value = new URLSearchParams(location.search).get('forceAtlas');
  return value === '1' ? true : value === '0' ? false : undefined;
}

/**
 * Reads the graph into a request a slice a task (slices.ts): the first look at a node's size
 * computes its style (0.2 s at 20,000 elements), and edges are looked up by id.
 */
function encode(
  name: LayoutName,
  nodes: NodeCollection,
  eles: Collection,
  job: number,
  opts: RunOptions,
): { reading: Slices; request: LayoutRequest } {
  const count = nodes.length;
  const ids: string[] = new Array<string>(count);
  const index = new Map<string, number>();
  const boxes = new Float64Array(count * BOX_STRIDE);
  const positions = new Float64Array(count * 2);
  const locked = new Uint8Array(count);
  const edges = opts.parts?.edges ?? eles.edges();
  const pairs = new Uint32Array(edges.length * 2);
  let paired = 0;
  const { fit, randomize, roots, aspect, includeLabels } = opts;
  const request: LayoutRequest = {
    type: 'run',
    job,
    name,
    ids,
    boxes,
    positions,
    locked,
    edges: pairs,
    settings: { fit, randomize, roots, aspect, includeLabels, forceAtlas: forceAtlasSwitch() },
  };
  const readNodes = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const node = nodes[i]!;
      const id = node.id();
      ids[i] = id;
      index.set(id, i);
      const { x, y } = node.position();
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
      locked[i] = node.locked() ? 1 : 0;
      if (includeLabels) {
        const b = node.boundingBox({ includeLabels: true, includeOverlays: false });
        boxes.set([b.w, b.h, b.x1 + b.w / 2 - x, b.y1 + b.h / 2 - y], i * BOX_STRIDE);
      } else {
        boxes[i * BOX_STRIDE] = node.outerWidth();
        boxes[i * BOX_STRIDE + 1] = node.outerHeight();
      }
    }
  };
  const readEdges = (from: number, to: number) => {
    for (let e = from; e < to; e++) {
      const edge = edges[e]!;
      const s = index.get(edge.data('source') as string);
      const t = index.get(edge.data('target') as string);
      if (s === undefined || t === undefined) continue;
      pairs[paired++] = s;
      pairs[paired++] = t;
    }
    if (to === edges.length) request.edges = pairs.slice(0, paired);
  };
  // Nodes, then edges (which need every node's index), as one run of slices.
  const reading = indexesInSlices(count + edges.length, (from, to) => {
    if (from < count) readNodes(from, Math.min(to, count));
    if (to > count) readEdges(Math.max(from, count) - count, to - count);
  });
  return { reading, request };
}

/** True when every node of `nodes` sits on the same spot (never laid out). */
function samePlace(nodes: NodeCollection): boolean {
  if (nodes.length < 2) return false;
  let first: { x: number; y: number } | null = null;
  let same = true;
  nodes.forEach((node: NodeSingular) => {
    const p = node.position();
    first ??= p;
    if (p.x !== first.x || p.y !== first.y) same = false;
  });
  return same;
}

/** True when every node sits on the same spot (never laid out). */
function unplaced(positions: Float64Array): boolean {
  for (let i = 2; i < positions.length; i += 2)
    if (positions[i] !== positions[0] || positions[i + 1] !== positions[1]) return false;
  return positions.length > 2;
}

/** Fits the nodes' box (not their edges, which would all be measured first; fitBoxOf). */
function fitNodes(cy: Core, nodes: NodeCollection, box = nodeBox(nodes)): void {
  const w = Math.max(cy.width() - 2 * LAYOUT_PADDING, 1);
  const h = Math.max(cy.height() - 2 * LAYOUT_PADDING, 1);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(w / Math.max(box.w, 1), h / Math.max(box.h, 1))),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
    },
  });
}

/** The nodes' positions, in the order of `nodes`. */
function positionsOf(nodes: NodeCollection): Float64Array {
  const positions = new Float64Array(nodes.length * 2);
  nodes.forEach((node: NodeSingular, i) => {
    const { x, y } = node.position();
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  return positions;
}

/** Moves the nodes `from … to - 1` of `nodes` to `positions` (in the order of `nodes`). */
function apply(
  cy: Core,
  nodes: NodeCollection,
  positions: Float64Array,
  from = 0,
  to = nodes.length,
): void {
  cy.batch(() => {
    for (let i = from; i < to; i++) {
      const node = nodes[i]!;
      if (node.removed() || node.locked()) continue;
      node.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
    }
  });
}

/** One worker for the canvas, started on first use and again after a cancel ended it. */
export function createLayoutRunner() {
  let worker: Worker | null = null;
  let jobs = 0;
  let current: { job: number; finish: (outcome: LayoutOutcome) => void } | null = null;
  const listeners = new Map<number, (reply: LayoutReply) => void>();

  const start = () => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<LayoutReply>) =>
      listeners.get(event.data.job)?.(event.data),
    );
    w.addEventListener('error', () => current?.finish('failed'));
    return w;
  };

  function run(cy: Core, name: LayoutName, eles: Collection, opts: RunOptions): LayoutJob {
    current?.finish('cancelled');
    const job = ++jobs;
    const nodes = opts.parts?.nodes ?? eles.nodes();
    let settle: (outcome: LayoutOutcome) => void = () => undefined;
    const done = new Promise<LayoutOutcome>((resolve) => (settle = resolve));
    // Where a cancelled first layout puts the nodes: a grid, since they have no place yet.
    let fallback: Float64Array | null = null;
    // The positions so far of a layout that streams them (ForceAtlas2): what Cancel keeps.
    let partial: Float64Array | null = null;
    // Nodes never placed sit on one spot: drawing that pile costs as much as drawing the graph
    // (seconds at 20,000 elements), so the canvas is not redrawn until the positions come.
    let held = opts.hold || (opts.randomize && samePlace(nodes));
    if (held) cy.startBatch();
    const release = () => {
      if (held) cy.endBatch();
      held = false;
    };
    // The main-thread work under way, a slice a task: reading the graph, or applying,
    // measuring and drawing the answer.
    let stage: Slices | null = null;
    const stopped = () => current?.job !== job;
    /** Runs `make`'s slices as the current stage; true if they finished and the job goes on. */
    const step = async (make: () => Slices) => {
      if (stopped()) return false;
      stage = make();
      return (await stage.done) && !stopped();
    };
    // What the canvas shows while the answer is held for drawing: put back on a cancel.
    let shown: { positions: Float64Array; zoom: number; pan: { x: number; y: number } } | null =
      null;
    const finish = (outcome: LayoutOutcome) => {
      if (current?.job !== job) return;
      current = null;
      listeners.delete(job);
      stage?.stop();
      if (outcome !== 'done' && !shown) {
        // The computation cannot be interrupted inside the worker: end it.
        worker?.terminate();
        worker = null;
        if (partial ?? fallback) apply(cy, nodes, (partial ?? fallback)!);
        if (partial && opts.fit) fitNodes(cy, nodes);
      } else if (outcome !== 'done' && shown) {
        apply(cy, nodes, fallback ?? shown.positions);
        cy.viewport({ zoom: shown.zoom, pan: shown.pan });
      }
      release();
      settle(outcome);
    };
    /**
     * Held in a batch until applied, measured (measure-in-slices.ts) and drawn into the
     * renderer's layers (draw-in-slices.ts), so that the canvas shows the result once and that
     * frame only copies it.
     */
    const place = async (answer: Float64Array) => {
      if (!held) cy.startBatch();
      held = true;
      shown = { positions: positionsOf(nodes), zoom: cy.zoom(), pan: { ...cy.pan() } };
      opts.onPhase?.('drawing');
      const applied = await step(() =>
        indexesInSlices(nodes.length, (from, to) => apply(cy, nodes, answer, from, to)),
      );
      if (!applied) return;
      if (opts.fit) fitNodes(cy, nodes, fitBoxOf(nodes));
      opts.onPlaced?.();
      if (!(await step(() => measureInSlices(cy, eles)))) return;
      if (!(await step(() => flushInSlices(cy)))) return;
      await step(() => drawInSlices(cy));
      finish('done');
    };
    current = { job, finish };
    listeners.set(job, (reply) => {
      if (reply.type === 'progress') opts.onPhase?.(reply.phase, reply.step);
      else if (reply.type === 'partial') partial = reply.positions;
      else if (reply.type === 'error') finish('failed');
      else void place(reply.positions);
    });
    // Read and posted after the task that drew the graph, a slice a task: each stays short, and
    // the page paints the progress bar in between.
    const { reading, request } = encode(name, nodes, eles, job, opts);
    stage = reading;
    void reading.done.then((read) => {
      if (!read || stopped()) return;
      if (opts.randomize && unplaced(request.positions))
        fallback = tileBelow(null, sizesOf(request));
      worker ??= start();
      worker.postMessage(request, [
        request.boxes.buffer,
        request.positions.buffer,
        request.locked.buffer,
        request.edges.buffer,
      ]);
    });
    return { nodes: nodes.length, done, cancel: () => finish('cancelled') };
  }

  return {
    run,
    /** Starts the worker ahead of its first layout (loading it takes a second or two). */
    warm() {
      worker ??= start();
    },
    /** Cancels the running job, if any. */
    cancel: () => current?.finish('cancelled'),
    dispose() {
      current?.finish('cancelled');
      worker?.terminate();
      worker = null;
    },
  };
}

export type LayoutRunner = ReturnType<typeof createLayoutRunner>;

function sizesOf(request: LayoutRequest): Float64Array {
  const sizes = new Float64Array(request.ids.length * 2);
  for (let i = 0; i < request.ids.length; i++) {
    sizes[2 * i] = request.boxes[i * BOX_STRIDE]!;
    sizes[2 * i + 1] = request.boxes[i * BOX_STRIDE + 1]!;
  }
  return sizes;
}
