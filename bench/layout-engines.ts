/**
 * Layout engines in Node (`npx tsx bench/layout-engines.ts <fcose|force-atlas> <elements>`, not
 * part of `npm test`): runs the layout worker's computation (client/src/explorer/layout-worker/
 * lay-out.ts) on the synthetic graph of bench/synthetic-elements.ts with fcose or ForceAtlas2
 * forced, and prints one JSON line: connected nodes, time, peak resident memory of the process,
 * non-finite positions, median edge length, and the share of connected nodes whose nearest
 * neighbour is closer than a node's width (overlapping). One engine and size per process, so
 * that the peak memory is that run's. Used to choose FORCE_ATLAS_ABOVE (docs/large-graphs.md).
 */
import '../client/src/explorer/layout-worker/worker-globals';
import { layOut } from '../client/src/explorer/layout-worker/lay-out';
import { medianEdgeLength } from '../client/src/explorer/layout-worker/force-atlas';
import { BOX_STRIDE, type LayoutRequest } from '../client/src/explorer/layout-worker/protocol';
import { syntheticElements } from './synthetic-elements';

/** Node width and height in the request, about the explorer's node size. */
const BOX = 30;

function requestOf(elements: number): LayoutRequest {
  const { nodes, edges } = syntheticElements(elements).elements;
  const index = new Map(nodes.map((node, i) => [node.data.id, i]));
  const boxes = new Float64Array(nodes.length * BOX_STRIDE);
  for (let i = 0; i < nodes.length; i++) boxes.set([BOX, BOX, 0, 0], i * BOX_STRIDE);
  return {
    type: 'run',
    job: 1,
    name: 'fcose',
    ids: nodes.map((node) => node.data.id),
    boxes,
    positions: new Float64Array(nodes.length * 2),
    locked: new Uint8Array(nodes.length),
    edges: Uint32Array.from(
      edges.flatMap((edge) => [index.get(edge.data.source)!, index.get(edge.data.target)!]),
    ),
    settings: { fit: true, randomize: true, aspect: 1.6, includeLabels: false },
  };
}

/** Share of `nodes` whose nearest other node (by centre) is closer than `BOX` (a grid of cells). */
function overlapping(positions: Float64Array, nodes: number[]): number {
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / BOX)},${Math.floor(y / BOX)}`;
  for (const n of nodes) {
    const k = key(positions[2 * n]!, positions[2 * n + 1]!);
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(n);
  }
  let close = 0;
  for (const n of nodes) {
    const [x, y] = [positions[2 * n]!, positions[2 * n + 1]!];
    const [cx, cy] = [Math.floor(x / BOX), Math.floor(y / BOX)];
    let found = false;
    for (let dx = -1; dx <= 1 && !found; dx++)
      for (let dy = -1; dy <= 1 && !found; dy++)
        for (const m of cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (m !== n && Math.hypot(positions[2 * m]! - x, positions[2 * m + 1]! - y) < BOX) {
            found = true;
            break;
          }
    if (found) close++;
  }
  return close / Math.max(1, nodes.length);
}

/** The `q` quantile of the distance from a node to its nearest other node (a sample of 500). */
function nearest(positions: Float64Array, nodes: number[], q: number): number {
  const sample = nodes.filter((_, i) => i % Math.ceil(nodes.length / 500) === 0);
  const d = sample.map((n) => {
    let best = Infinity;
    for (const m of nodes)
      if (m !== n)
        best = Math.min(
          best,
          Math.hypot(
            positions[2 * m]! - positions[2 * n]!,
            positions[2 * m + 1]! - positions[2 * n + 1]!,
          ),
        );
    return best;
  });
  d.sort((a, b) => a - b);
  return Math.round(d[Math.floor(q * (d.length - 1))]!);
}

const [engine = 'force-atlas', size = '20000'] = process.argv.slice(2);
const request = requestOf(Number(size));
const degree = new Uint32Array(request.ids.length);
for (const i of request.edges) degree[i]!++;
const connected = [...degree.keys()].filter((i) => degree[i]! > 0);
const edges = Uint32Array.from(request.edges);
const started = performance.now();
let chunks = 0;
request.settings.forceAtlas = engine === 'force-atlas';
const positions = layOut(request, { partial: () => chunks++ });
const ms = Math.round(performance.now() - started);
console.log(
  JSON.stringify({
    engine,
    elements: Number(size),
    connectedNodes: connected.length,
    ms,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    nonFinite: positions.filter((v) => !Number.isFinite(v)).length,
    medianEdge: Math.round(medianEdgeLength(positions, edges)),
    overlapping: Number(overlapping(positions, connected).toFixed(3)),
    nearestP10: nearest(positions, connected, 0.1),
    nearestP50: nearest(positions, connected, 0.5),
    streamedChunks: chunks,
  }),
);
