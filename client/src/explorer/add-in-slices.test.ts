import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInSlices } from './add-in-slices';

/** `count` nodes in a chain, nodes first, as canvas.ts orders definitions. */
function chain(count: number): ElementDefinition[] {
  const nodes = Array.from({ length: count }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}`, label: i % 2 ? 'Person' : 'Event' },
  }));
  const edges = Array.from({ length: count - 1 }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  return [...nodes, ...edges];
}

const core = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node[label = "Person"]', style: { width: 44 } }],
  });

/** Elements whose style Cytoscape still has to compute (its internal flag, cytoscape 3.35). */
const unstyled = (cy: cytoscape.Core) =>
  cy
    .elements()
    .filter((e) => !!(e as unknown as { _private: { styleDirty?: boolean } })._private.styleDirty)
    .length;

/** Whether a batch is open (in Cytoscape, not in its typings). */
const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();

describe('addInSlices', () => {
  it('adds every element over several tasks, with its style computed, and ends the batch', async () => {
    const cy = core();
    let tasks = 0;
    const tick = setInterval(() => tasks++, 0);
    const adding = addInSlices(cy, chain(3000));
    // Nothing is added in the task that asked: the first slice runs in a task of its own.
    expect(cy.elements().length).toBe(0);
    expect(await adding.done).toBe(true);
    clearInterval(tick);
    expect(cy.nodes().length).toBe(3000);
    expect(cy.edges().length).toBe(2999);
    expect(adding.added().length).toBe(5999);
    expect(batching(cy)).toBe(false);
    expect(unstyled(cy)).toBe(0);
    expect(cy.getElementById('n1').width()).toBe(44);
    expect(tasks).toBeGreaterThan(0);
  });

  it('keeps what it added when stopped, and ends the batch', async () => {
    const cy = core();
    const adding = addInSlices(cy, chain(50_000));
    await new Promise((resolve) => setTimeout(resolve, 0));
    adding.stop();
    expect(await adding.done).toBe(false);
    expect(batching(cy)).toBe(false);
    const added = cy.elements().length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(99_999);
    expect(adding.added().length).toBe(added);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cy.elements().length).toBe(added);
  });
});
