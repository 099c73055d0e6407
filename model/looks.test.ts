import { describe, it, expect } from 'vitest';
import { NODE_LABELS } from './graph-document';
import { LABEL_LOOKS, OTHER_LOOK, hasOwnLook, lookOf } from './looks';

const HEX = /^#[0-9a-f]{6}$/;

describe('label looks', () => {
  it('give every model label a look, and only those', () => {
    expect(Object.keys(LABEL_LOOKS)).toEqual([...NODE_LABELS]);
  });

  it('keep the canvas colours the analysts know', () => {
    expect(LABEL_LOOKS.Person.color).toBe('#4c8eda');
    expect(LABEL_LOOKS.Event.color).toBe('#f29d38');
    expect(LABEL_LOOKS.Organization.color).toBe('#8e6bd8');
    expect(OTHER_LOOK.color).toBe('#a3abb9');
  });

  it('tell labels apart by colour and by shape, with colours as #rrggbb', () => {
    const looks = [...Object.values(LABEL_LOOKS), OTHER_LOOK];
    for (const look of looks) {
      expect(look.color).toMatch(HEX);
      expect(look.border).toMatch(HEX);
      expect(look.size).toBeGreaterThan(0);
      expect(look.plural).not.toBe('');
    }
    const models = Object.values(LABEL_LOOKS);
    expect(new Set(looks.map((l) => l.color)).size).toBe(looks.length);
    expect(new Set(models.map((l) => l.shape)).size).toBe(models.length);
  });

  describe('lookOf', () => {
    it("returns a model label's own look", () => {
      expect(lookOf('Event')).toBe(LABEL_LOOKS.Event);
      expect(hasOwnLook('Event')).toBe(true);
    });

    it('returns the other look for unknown labels, non-strings and Object keys', () => {
      for (const label of [
        'SavedQuery',
        'Node',
        '',
        'constructor',
        'toString',
        42,
        null,
        undefined,
      ]) {
        expect(lookOf(label)).toBe(OTHER_LOOK);
        expect(hasOwnLook(label)).toBe(false);
      }
    });
  });
});
