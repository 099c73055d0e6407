/**
 * The messages between the explorer and its layout worker. A request carries the graph as
 * typed arrays (node boxes, positions, locks, edges as pairs of node indexes), which the
 * structured clone copies in one block each, and the layout's name and settings; the worker
 * answers with progress notes and one array of positions in the request's node order. Not here:
 * how the graph is read from Cytoscape (client.ts) or laid out (worker.ts).
 */
import type { LayoutName } from '../state';

/** Settings of one run; functions cannot cross to a worker, so layouts.ts is applied there. */
export interface LayoutSettings {
  fit: boolean;
  randomize: boolean;
  roots?: string[];
  /** Width / height of the region the result will be fitted into. */
  aspect: number;
  /** Whether each box includes the node's label (then the box's centre is laid out). */
  includeLabels: boolean;
}

export interface LayoutRequest {
  type: 'run';
  job: number;
  name: LayoutName;
  ids: string[];
  /** Per node: width, height, and the offset of the box's centre from the node's position. */
  boxes: Float64Array;
  /** Per node: x, y. */
  positions: Float64Array;
  /** Per node: 1 when pinned (the layout leaves it where it is). */
  locked: Uint8Array;
  /** Per edge: source index, target index. */
  edges: Uint32Array;
  settings: LayoutSettings;
}

/**
 * 'layout-unpacked' is fcose on a graph too large to pack its components (lay-out.ts);
 * 'drawing' is the page's own phase: measuring the result before it is drawn.
 */
export type LayoutPhase = 'building' | 'layout' | 'layout-unpacked' | 'isolated' | 'drawing';

export type LayoutReply =
  | { type: 'progress'; job: number; phase: LayoutPhase }
  | { type: 'done'; job: number; positions: Float64Array; ms: number }
  | { type: 'error'; job: number; message: string };

/** Floats per node in `LayoutRequest.boxes`. */
export const BOX_STRIDE = 4;
