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
  /**
   * ForceAtlas2 rather than fcose for the force layout at any size (true) or never (false);
   * unset, the size decides (lay-out.ts). From the URL switch `?forceAtlas=1|0`.
   */
  forceAtlas?: boolean;
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
 * 'layout-force-atlas' is ForceAtlas2 on a graph too large for fcose (lay-out.ts), with its
 * iterations as the step; 'drawing' is the page's own phase: measuring the result before it is
 * drawn.
 */
export type LayoutPhase = 'building' | 'layout' | 'layout-force-atlas' | 'isolated' | 'drawing';

/** How far a phase that counts its steps has got. */
export interface LayoutStep {
  done: number;
  of: number;
}

export type LayoutReply =
  | { type: 'progress'; job: number; phase: LayoutPhase; step?: LayoutStep }
  /** The positions so far of a layout that streams them (ForceAtlas2): what Cancel keeps. */
  | { type: 'partial'; job: number; positions: Float64Array }
  | { type: 'done'; job: number; positions: Float64Array; ms: number }
  | { type: 'error'; job: number; message: string };

/** Floats per node in `LayoutRequest.boxes`. */
export const BOX_STRIDE = 4;
