/**
 * Synthetic Cytoscape elements at any size for the canvas benchmark and the large-layout
 * browser test: one node per two relationships, the model's labels (mostly people), each
 * relationship from a random node to a random event, so the graph is one big component plus
 * the nodes no relationship reached (about one in eight). Deterministic (a fixed seed). Not
 * the corpus-shaped graph document of synthetic-graph.ts, which feeds Neo4j.
 */
import { seededRandom } from './seeded-random';

const LABELS = ['Person', 'Person', 'Person', 'Event', 'Organization', 'Claim', 'Article'];
const TYPES: Record<string, string> = { Person: 'SPOKE_AT', Organization: 'ORGANIZED' };

/** `{elements: {nodes, edges}}` as the explorer's JSON import reads it: n nodes, 2n edges. */
export function syntheticElements(elements: number) {
  const n = Math.round(elements / 3);
  // It was an LCG in floating point (seed * 1103515245 loses its low bits past 2^53), which fell
  // into a short cycle: the 100k graph had 5,268 distinct relationships and 7,552 connected
  // nodes instead of about 29,000.
  const rand = seededRandom(1988);
  const nodes = Array.from({ length: n }, (_, i) => {
    const label = LABELS[i % LABELS.length]!;
    return { data: { id: `b:${i}`, label, labels: [label], name: `${label} ${i}` } };
  });
  const events = nodes.filter((node) => node.data.label === 'Event');
  const edges = Array.from({ length: elements - n }, (_, i) => {
    const from = nodes[Math.floor(rand() * n)]!;
    const to = events[Math.floor(rand() * events.length)]!;
    return {
      data: {
        id: `b:r${i}`,
        source: from.data.id,
        target: to.data.id === from.data.id ? nodes[(i + 1) % n]!.data.id : to.data.id,
        type: TYPES[from.data.label] ?? 'MENTIONS',
      },
    };
  });
  return { elements: { nodes, edges } };
}
