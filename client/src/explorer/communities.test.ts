import cytoscape, { type NodeCollection } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { communitiesPass } from './communities';
import { applyColor, colorPass } from './metrics';
import { drain, LOOK_STEP, passInSlices } from './passes';

/**
 * The label propagation as it was before it became a pass (a selector per node for its
 * neighbours, Maps for the labels): the new one must find the same communities.
 */
function communitiesBefore(nodes: NodeCollection): Map<string, number> {
  const ids = nodes.map((n) => n.id()).sort();
  const label = new Map(ids.map((id, i) => [id, i]));
  const neighbours = new Map<string, string[]>();
  nodes.forEach((node) => {
    const others = node.connectedEdges(':visible').connectedNodes();
    neighbours.set(
      node.id(),
      others.filter((o) => o.id() !== node.id() && label.has(o.id())).map((o) => o.id()),
    );
  });
  for (let round = 0, changed = true; round < 20 && changed; round++) {
    changed = false;
    for (const id of ids) {
      const counts = new Map<number, number>();
      for (const o of neighbours.get(id)!)
        counts.set(label.get(o)!, (counts.get(label.get(o)!) ?? 0) + 1);
      let best = label.get(id)!;
      for (const [l, c] of counts) {
        const bestCount = counts.get(best) ?? 0;
        if (c > bestCount || (c === bestCount && l < best)) best = l;
      }
      if (best !== label.get(id)) [changed] = [true, label.set(id, best)];
    }
  }
  const sizes = new Map<number, number>();
  for (const l of label.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([l]) => l);
  return new Map([...label].map(([id, l]) => [id, order.indexOf(l)]));
}

/** A random graph with parallel edges, loops, a hidden node and hidden edges. */
function randomGraph(nodes: number, edges: number): cytoscape.Core {
  let seed = 17;
  // A fixed sequence (32-bit LCG), so the graph is the same every run.
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = () => `n${Math.floor(random() * nodes)}`;
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: '.gone', style: { display: 'none' } }],
    elements: [
      ...Array.from({ length: nodes }, (_, i) => ({
        data: { id: `n${i}`, label: i % 3 ? 'Person' : 'Event' },
        classes: i === 5 ? 'gone' : '',
      })),
      ...Array.from({ length: edges }, (_, i) => ({
        data: { id: `e${i}`, source: pick(), target: i % 50 ? pick() : 'n1' },
        classes: i % 23 ? '' : 'gone',
      })),
    ],
  });
}

const colours = (cy: cytoscape.Core) =>
  cy.nodes().map((n) => (n.scratch('_kg') as { color?: string } | undefined)?.color);

describe('communitiesPass', () => {
  it('finds the communities the label propagation of before found', () => {
    const cy = randomGraph(600, 700);
    const nodes = cy.nodes(':visible');
    const found = drain(communitiesPass(nodes.toArray(), cy.edges(':visible').toArray()));
    expect(found).toEqual(communitiesBefore(nodes));
    // Not all one community, nor all alone: the comparison means something.
    expect(new Set(found.values()).size).toBeGreaterThan(10);
    expect(new Set(found.values()).size).toBeLessThan(300);
  });

  it('pauses every LOOK_STEP nodes in each of its steps, the rounds of propagation included', () => {
    // A chain in the order of its ids: label 0 spreads along it in the first round, and the
    // second finds nothing to change, so the pass has six steps over the 5,000 nodes (the
    // ids, the edges, the neighbour lists, two rounds, the result).
    const n = 5000;
    const id = (i: number) => `n${String(i).padStart(5, '0')}`;
    const cy = cytoscape({
      headless: true,
      elements: [
        ...Array.from({ length: n }, (_, i) => ({ data: { id: id(i) } })),
        ...Array.from({ length: n - 1 }, (_, i) => ({
          data: { id: `e${i}`, source: id(i), target: id(i + 1) },
        })),
      ],
    });
    const pass = communitiesPass(cy.nodes().toArray(), cy.edges().toArray());
    let pauses = 0;
    let next = pass.next();
    for (; !next.done; next = pass.next()) pauses++;
    expect(new Set(next.value.values())).toEqual(new Set([0]));
    // At least (LOOK_STEP apart) n / LOOK_STEP - 1 pauses in each of the six steps; without
    // pauses in the rounds, 37 here.
    expect(pauses).toBeGreaterThanOrEqual(6 * (n / LOOK_STEP - 1));
  });
});

describe('colorPass by community', () => {
  it('colours the same a slice at a time, inside a held batch, as in one go', async () => {
    const atOnce = randomGraph(3000, 3500);
    const count = applyColor(atOnce, 'community');
    const sliced = randomGraph(3000, 3500);
    let slicedCount = -1;
    const job = passInSlices(
      sliced,
      (function* () {
        slicedCount = yield* colorPass(sliced, 'community', { sliced: true });
      })(),
    );
    expect(await job.done).toBe(true);
    expect((sliced as unknown as { batching(): boolean }).batching()).toBe(false);
    expect(slicedCount).toBe(count);
    expect(colours(sliced)).toEqual(colours(atOnce));
    // The hidden node keeps no colour; the others all have one.
    expect(colours(sliced).filter((c) => c === undefined)).toHaveLength(1);
  });
});
