import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyColor, applySize, visibleDegrees } from './metrics';

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
