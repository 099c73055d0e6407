import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { explorerStyle } from './canvas-style';
import { lodStyle } from './level-of-detail';
import { shareStyleHints } from './style-hints';

const HINTS = [
  'styleKey',
  'labelDimsKey',
  'labelKey',
  'labelStyleKey',
  'sourceLabelKey',
  'sourceLabelStyleKey',
  'targetLabelKey',
  'targetLabelStyleKey',
  'nodeKey',
  'hasPie',
  'hasStripe',
] as const;

const elements: ElementDefinition[] = [
  { data: { id: 'p1', label: 'Person', name: 'Ada Lovelace' } },
  { data: { id: 'p2', label: 'Person', name: 'Alan Turing' } },
  { data: { id: 'e1', label: 'Event', name: 'A hearing' } },
  { data: { id: 'c1', label: 'Claim', name: 'A long claim that is cut with an ellipsis' } },
  { data: { id: 'm1', label: 'More', name: '12 more', moreOf: 'e1' }, classes: 'more' },
  { data: { id: 'a', source: 'p1', target: 'e1', type: 'SPOKE_AT' } },
  { data: { id: 'b', source: 'p2', target: 'e1', type: 'SPOKE_AT' } },
  { data: { id: 'c', source: 'p1', target: 'p2', type: 'SPOKE_ALONGSIDE', weight: 3 } },
  { data: { id: 'd', source: 'p1', target: 'c1', type: 'CLAIMED', role: 'source' } },
];

const core = (lod: boolean, shared: boolean): Core => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: lod ? [...explorerStyle(), ...lodStyle()] : explorerStyle(),
  });
  if (shared) expect(shareStyleHints(cy)).toBe(true);
  cy.add(elements);
  return cy;
};

type Private = { _private: Record<string, unknown> & { styleKeys: Record<string, number[]> } };
const hints = (cy: Core) =>
  cy.elements().map((ele) => {
    const p = (ele as unknown as Private)._private;
    return {
      id: ele.id(),
      ...Object.fromEntries(HINTS.map((name) => [name, p[name]])),
      styleKeys: Object.fromEntries(
        Object.entries(p.styleKeys).map(([group, pair]) => [group, [...pair]]),
      ),
    };
  });

/** Style changes that touch every group the texture caches key on. */
const change = (cy: Core) => {
  cy.getElementById('p1').scratch('_kg', { size: 60, color: '#ff0000' });
  cy.getElementById('p1').select();
  cy.getElementById('e1').addClass('faded');
  cy.getElementById('a').addClass('path');
  cy.getElementById('b').addClass('hover');
  cy.getElementById('c').addClass('path path-label-short');
  cy.getElementById('p2').addClass('pinned');
  (cy.elements() as unknown as { updateStyle(): void }).updateStyle();
};

describe('shareStyleHints', () => {
  for (const lod of [false, true])
    describe(lod ? 'at reduced detail' : 'at full detail', () => {
      it('gives every element the style keys Cytoscape gives it, before and after a change', () => {
        const own = core(lod, false);
        const shared = core(lod, true);
        expect(hints(shared)).toEqual(hints(own));
        change(own);
        change(shared);
        expect(hints(shared)).toEqual(hints(own));
      });
    });

  it('shares one array for a group hash that elements have in common', () => {
    const cy = core(false, true);
    const keys = (id: string) => (cy.getElementById(id) as unknown as Private)._private.styleKeys;
    expect(keys('a').edgeArrow).toBe(keys('b').edgeArrow);
    expect(keys('p1').nodeBody).toBe(keys('p2').nodeBody);
  });

  it('leaves a Cytoscape of another version its own', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const own = (cy.style() as unknown as { updateStyleHints: unknown }).updateStyleHints;
    expect(shareStyleHints(cy, '3.36.0')).toBe(false);
    expect((cy.style() as unknown as { updateStyleHints: unknown }).updateStyleHints).toBe(own);
  });
});
