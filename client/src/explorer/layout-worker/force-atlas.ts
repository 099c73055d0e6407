/**
 * The force layout of graphs too large for fcose in the worker (more than `FORCE_ATLAS_ABOVE`
 * connected nodes, lay-out.ts): graphology's ForceAtlas2 with Barnes–Hut, on a graph built
 * straight from the request's typed arrays (no Cytoscape core, whose collections are what made
 * fcose need 1.4 GB at 33,000 nodes). It runs in chunks of iterations and hands the positions
 * of each chunk to a callback, so that the worker can stream them and a Cancel keeps a
 * half-finished layout. It stops at a number of iterations that falls with the graph's size,
 * or earlier once the nodes barely move (`STILL`). The result is scaled so that edges are at
 * least as long as fcose makes them and nodes have, on average, the room of a tiled node. Pure computation, no worker globals: it runs in Node (tests,
 * bench). Not here: nodes without relationships (isolated.ts) or messages (worker.ts).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** Iterations run between two reports (progress and streamed positions). */
export const CHUNK = 10;

/**
 * The stopping rule's movement threshold: a chunk whose nodes moved, on average, less than this
 * fraction of the median edge length per iteration ends the layout before its iteration cap.
 */
export const STILL = 0.005;

/**
 * Most iterations for `nodes` connected nodes: 300 up to 20,000, then fewer so that the time
 * stays near what 300 take at 20,000 (an iteration costs about n log n with Barnes–Hut).
 */
export function iterationCap(nodes: number): number {
  if (nodes <= 20_000) return 300;
  return Math.max(100, Math.round((300 * 20_000) / nodes / CHUNK) * CHUNK);
}

export interface ForceAtlasInput {
  /** Node count; nodes are 0…count-1. */
  count: number;
  /** Source, target pairs of node indexes. */
  edges: Uint32Array;
  /** Starting x, y per node. */
  start: Float64Array;
  /** Per node: 1 when it must stay where it starts. */
  fixed: Uint8Array;
  /** Centre-to-centre edge length the result is scaled to (fcose's ideal length plus a box). */
  edgeLength: number;
  /** Side of the square each node is given at least, on average (a box and a gap). */
  cell: number;
}

export interface ForceAtlasChunk {
  positions: Float64Array;
  iterations: number;
  cap: number;
}

/** Median of the edges' lengths in `positions` (0 when there is no edge of length > 0). */
export function medianEdgeLength(positions: Float64Array, edges: Uint32Array): number {
  const lengths: number[] = [];
  for (let e = 0; e < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    const d = Math.hypot(
      positions[2 * t]! - positions[2 * s]!,
      positions[2 * t + 1]! - positions[2 * s + 1]!,
    );
    if (d > 0) lengths.push(d);
  }
  if (!lengths.length) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1]!;
}

/**
 * `positions` scaled about the origin so that the median edge is at least `length` long and
 * the nodes' box holds at most one node per `cell` × `cell` square. The second rule is the one
 * that acts on large graphs: strong gravity packs them into a disc whose middle is denser than
 * its edges, and scaled by edge length alone the 100k graph's 29,547 nodes filled a disc
 * smaller than the tiles of its 3,786 isolated nodes, nearly all on top of one another.
 */
function scaled(
  positions: Float64Array,
  edges: Uint32Array,
  length: number,
  cell: number,
): Float64Array {
  const median = medianEdgeLength(positions, edges);
  const { x1, y1, x2, y2 } = extent(positions) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const area = (x2 - x1) * (y2 - y1);
  const byEdge = median > 0 ? length / median : 1;
  const byArea = area > 0 ? Math.sqrt(((positions.length / 2) * cell * cell) / area) : 1;
  const factor = Math.max(byEdge, byArea);
  const out = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = positions[i]! * factor;
  return out;
}

/**
 * Runs ForceAtlas2 on `input`, calling `onChunk` after every `CHUNK` iterations with the
 * positions so far (already scaled), and returns the final, scaled positions. A fixed node
 * keeps its starting place, so the result is not scaled when one is fixed.
 */
export function forceAtlasLayout(
  input: ForceAtlasInput,
  onChunk: (chunk: ForceAtlasChunk) => void = () => {},
): Float64Array {
  const { count, edges, start, fixed } = input;
  if (!count) return new Float64Array(0);
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (let i = 0; i < count; i++)
    graph.addNode(i, { x: start[2 * i]!, y: start[2 * i + 1]!, fixed: fixed[i] === 1 });
  for (let e = 0; e < edges.length; e += 2)
    if (edges[e] !== edges[e + 1]) graph.addEdge(edges[e]!, edges[e + 1]!);
  // graphology's own settings for the graph's order (Barnes–Hut above 2,000 nodes, strong
  // gravity so that components do not drift apart without end).
  const settings = forceAtlas2.inferSettings(graph);
  const anyFixed = fixed.some((f) => f === 1);
  const cap = iterationCap(count);
  const read = () => {
    const out = new Float64Array(count * 2);
    graph.forEachNode((key, attributes) => {
      const i = Number(key);
      out[2 * i] = attributes.x as number;
      out[2 * i + 1] = attributes.y as number;
    });
    return out;
  };
  const finish = (raw: Float64Array) =>
    anyFixed ? raw : scaled(raw, edges, input.edgeLength, input.cell);
  let raw = read();
  let done = 0;
  while (done < cap) {
    forceAtlas2.assign(graph, { iterations: CHUNK, settings, getEdgeWeight: null });
    done += CHUNK;
    const next = read();
    const moved = meanMove(raw, next) / CHUNK;
    const unit = medianEdgeLength(next, edges);
    raw = next;
    onChunk({ positions: finish(raw), iterations: done, cap });
    if (unit > 0 && moved / unit < STILL) break;
  }
  return finish(raw);
}

/** The box around points given as x, y pairs (null when there are none). */
export function extent(points: Float64Array) {
  if (!points.length) return null;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < points.length; i += 2) {
    x1 = Math.min(x1, points[i]!);
    x2 = Math.max(x2, points[i]!);
    y1 = Math.min(y1, points[i + 1]!);
    y2 = Math.max(y2, points[i + 1]!);
  }
  return { x1, y1, x2, y2 };
}

/** Mean distance a node moved between `a` and `b`. */
function meanMove(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) sum += Math.hypot(b[i]! - a[i]!, b[i + 1]! - a[i + 1]!);
  return sum / Math.max(1, a.length / 2);
}
