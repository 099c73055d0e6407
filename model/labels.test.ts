import { describe, it, expect } from 'vitest';
import { NODE_LABELS } from './graph-document';
import { MODEL_LABELS, UNLABELLED, primaryLabel } from './labels';

describe('labels', () => {
  it('know the graph model labels first, in the graph document order, then SavedQuery', () => {
    expect(MODEL_LABELS).toEqual([...NODE_LABELS, 'SavedQuery']);
  });

  describe('primaryLabel', () => {
    it('picks the model label of a node whatever the order of its labels', () => {
      expect(primaryLabel(['Person'])).toBe('Person');
      expect(primaryLabel(['Imported', 'Event'])).toBe('Event');
      expect(primaryLabel(['Odd Label "x" <&>', 'Organization'])).toBe('Organization');
    });

    it('prefers the more specific model label when a node has two', () => {
      expect(primaryLabel(['Topic', 'Person'])).toBe('Person');
      expect(primaryLabel(['SavedQuery', 'Claim'])).toBe('Claim');
      expect(primaryLabel(['SavedQuery'])).toBe('SavedQuery');
    });

    it("takes a node's first label when none is the model's", () => {
      expect(primaryLabel(['Movie', 'Film'])).toBe('Movie');
    });

    it('names a node without labels Node', () => {
      expect(UNLABELLED).toBe('Node');
      expect(primaryLabel([])).toBe('Node');
    });
  });
});
