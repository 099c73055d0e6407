import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyColor, applySize, sizePass, visibleDegrees } from './metrics';
import { passInSlices } from './passes';

const graph = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(w)' } },
      { selector: '.gone', style: { display: 'none' } },
    ],
    elements: [
      { data: { id: 'a', label: 'Person', w: 10 } },
      { data: { id: 'b', label: 'Event', w: 10 } },
      { data: { id: 'c', label: 'Person', w: 10 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'cb', source: 'c', target: 'b' } },
      { data: { id: 'bb', source: 'b', target: 'b' } },
      { data: { id: 'ac', source: 'a', target: 'c' }, classes: 'gone' },
    ],
  });

describe('visibleDegrees', () => {
  it('counts what connectedEdges(":visible") counts, a loop once and hidden edges not', () => {
    const cy = graph();
    const degree = visibleDegrees(cy.edges(':visible'));
    for (const node of cy.nodes())
      expect(degree.get(node.id()) ?? 0).toBe(node.connectedEdges(':visible').length);
    expect(Object.fromEntries(degree)).toEqual({ a: 1, b: 3, c: 1 });
  });
});

const colour = (n: cytoscape.SingularElementArgument) =>
  (n.scratch('_kg') as { color?: string } | undefined)?.color;

describe('applySize and applyColor', () => {
  it('sizes the busiest node largest, and colouring by label clears community colours', () => {
    const cy = graph();
    expect(applySize(cy, 'degree')).toBe('degree');
    const size = (id: string) => (cy.getElementById(id).scratch('_kg') as { size: number }).size;
    expect(size('b')).toBeGreaterThan(size('a'));
    expect(size('a')).toBe(size('c'));
    expect(applyColor(cy, 'community')).toBeGreaterThan(0);
    expect(
      cy
        .nodes()
        .toArray()
        .every((n) => colour(n) !== undefined),
    ).toBe(true);
    expect(applyColor(cy, 'label')).toBe(0);
    expect(
      cy
        .nodes()
        .toArray()
        .every((n) => colour(n) === undefined),
    ).toBe(true);
  });
});

describe('sizePass', () => {
  const sizes = (cy: cytoscape.Core) =>
    cy.nodes().map((n) => (n.scratch('_kg') as { size?: number } | undefined)?.size);

  it('gives the same sizes a slice at a time, inside a held batch, as in one go', async () => {
    const big = () => {
      const cy = graph();
      // Enough nodes for the pass to pause many times.
      cy.add(
        Array.from({ length: 3000 }, (_, i) => [
          { data: { id: `n${i}`, label: 'Person', w: 10 } },
          { data: { id: `e${i}`, source: `n${i}`, target: i % 7 ? 'b' : 'a' } },
        ]).flat(),
      );
      return cy;
    };
    const atOnce = big();
    applySize(atOnce, 'degree');
    const sliced = big();
    const job = passInSlices(sliced, sizePass(sliced, 'degree', { sliced: true }));
    expect(await job.done).toBe(true);
    // The held batch is ended, so the canvas draws again.
    expect((sliced as unknown as { batching(): boolean }).batching()).toBe(false);
    expect(sizes(sliced)).toEqual(sizes(atOnce));
  });

  it('restyles only the nodes whose size changed', () => {
    const cy = graph();
    applySize(cy, 'degree');
    const restyled: string[] = [];
    cy.on('style', (event: cytoscape.EventObject) => {
      const target = event.target as cytoscape.SingularElementArgument;
      if (target.isNode()) restyled.push(target.id());
    });
    applySize(cy, 'degree');
    expect(restyled).toEqual([]);
    // Cytoscape's cached `visible()` is renewed when the style is next read.
    cy.getElementById('cb').addClass('gone').style('display');
    restyled.length = 0;
    applySize(cy, 'degree');
    // b stays the busiest (its size is the largest either way); a and c change.
    expect(restyled.sort()).toEqual(['a', 'c']);
  });
});
