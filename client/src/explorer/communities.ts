/**
 * Communities by label propagation over the visible graph, for colouring by community
 * (metrics.ts's `colorPass`): our own few lines, deterministic (nodes in the order of their
 * ids, ties to the smaller label, at most 20 rounds), written as a pass (passes.ts) that
 * pauses every `LOOK_STEP` nodes of a round, so that on a large canvas it runs a slice a task
 * like the rest of the restyle. It ran in one task before (a selector per node for its
 * neighbours, then every round). Not here: which nodes are visible, or the colours.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { forEachIn, LOOK_STEP, type Pass } from './passes';

const ROUNDS = 20;

/**
 * Each node's distinct neighbours (by index) through `lines`, itself and nodes outside `index`
 * left out, as flat arrays: `start[i] … start[i + 1]` in `list`. A `Set` per node would be
 * 30,000 objects of garbage at 100,000 elements.
 */
function* neighboursPass(
  index: Map<string, number>,
  lines: ArrayLike<EdgeSingular>,
): Pass<{ start: Int32Array; list: Int32Array }> {
  const n = index.size;
  const ends: number[] = [];
  const degree = new Int32Array(n + 1);
  yield* forEachIn(lines, (edge) => {
    const s = index.get(edge.data('source') as string);
    const t = index.get(edge.data('target') as string);
    if (s === undefined || t === undefined || s === t) return;
    ends.push(s, t);
    degree[s]!++;
    degree[t]!++;
  });
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const all = new Int32Array(start[n]!);
  for (let k = 0; k < ends.length; k += 2) {
    const s = ends[k]!;
    const t = ends[k + 1]!;
    all[fill[s]!++] = t;
    all[fill[t]!++] = s;
  }
  // Parallel edges count a neighbour once, as `connectedNodes()` did.
  const list = new Int32Array(all.length);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const mine = all.subarray(start[i], start[i + 1]).sort();
    start[i] = kept;
    for (let k = 0; k < mine.length; k++)
      if (k === 0 || mine[k] !== mine[k - 1]) list[kept++] = mine[k]!;
    if ((i + 1) % LOOK_STEP === 0) yield;
  }
  start[n] = kept;
  return { start, list };
}

/** Community number by node id, 0 for the largest; `nodes` and `lines` are the visible ones. */
export function* communitiesPass(
  nodes: ArrayLike<NodeSingular>,
  lines: ArrayLike<EdgeSingular>,
): Pass<Map<string, number>> {
  const ids: string[] = [];
  yield* forEachIn(nodes, (node) => void ids.push(node.id()));
  ids.sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const { start, list } = yield* neighboursPass(index, lines);
  const n = ids.length;
  const label = Int32Array.from({ length: n }, (_, i) => i);
  // Counts per label of one node's neighbours, reset after each node.
  const count = new Int32Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      for (let k = start[i]!; k < start[i + 1]!; k++) count[label[list[k]!]!]!++;
      let best = label[i]!;
      let bestCount = count[best]!;
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const l = label[list[k]!]!;
        if (count[l]! > bestCount || (count[l] === bestCount && l < best)) {
          best = l;
          bestCount = count[l]!;
        }
      }
      for (let k = start[i]!; k < start[i + 1]!; k++) count[label[list[k]!]!] = 0;
      if (best !== label[i]) {
        label[i] = best;
        changed = true;
      }
      if ((i + 1) % LOOK_STEP === 0 && i + 1 < n) yield;
    }
    if (!changed) break;
    yield;
  }
  // Renumbered by community size, largest first, so colours are stable across runs.
  const sizes = new Map<number, number>();
  for (const l of label) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([l]) => l);
  const rank = new Map(order.map((l, i) => [l, i]));
  const found = new Map<string, number>();
  yield* forEachIn(ids, (id) => void found.set(id, rank.get(label[index.get(id)!]!)!));
  return found;
}
