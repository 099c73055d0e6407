import { describe, it, expect } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './graph-document';
import { DERIVED_RELATIONSHIP_TYPES, ENDPOINTS } from './relationship-types';

describe('relationship types', () => {
  it('give every stored type its endpoints, among the model labels', () => {
    expect(Object.keys(ENDPOINTS)).toEqual([...RELATIONSHIP_TYPES]);
    for (const [from, to] of Object.values(ENDPOINTS)) {
      expect(from.length).toBeGreaterThan(0);
      expect(to.length).toBeGreaterThan(0);
      for (const label of [...from, ...to]) expect(NODE_LABELS).toContain(label);
    }
  });

  it('connect what DESIGN.md draws', () => {
    expect(ENDPOINTS.SPOKE_AT).toEqual([['Person'], ['Event']]);
    expect(ENDPOINTS.ABOUT[1]).toEqual(['Topic', 'Person', 'Organization']);
  });

  it('keep derived types apart from stored ones', () => {
    for (const type of DERIVED_RELATIONSHIP_TYPES)
      expect(RELATIONSHIP_TYPES as readonly string[]).not.toContain(type);
  });
});
