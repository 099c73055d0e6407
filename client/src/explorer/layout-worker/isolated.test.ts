import { describe, expect, it } from 'vitest';
import { TILE_GAP, tileBelow } from './isolated';

describe('tileBelow', () => {
  it('places every box under the area, inside its width, without two on one spot', () => {
    const sizes = new Float64Array(Array.from({ length: 50 }, () => [10, 10]).flat());
    const out = tileBelow({ x1: 0, y1: 0, x2: 300, y2: 100 }, sizes);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const [x, y] = [out[2 * i]!, out[2 * i + 1]!];
      expect(y).toBeGreaterThan(100);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(300);
      seen.add(`${x},${y}`);
    }
    expect(seen.size).toBe(50);
  });

  it('keeps the largest box apart from its neighbours', () => {
    const out = tileBelow(null, new Float64Array([40, 10, 5, 5]));
    expect(out[2]! - out[0]!).toBeGreaterThanOrEqual(40 + TILE_GAP);
  });

  it('makes a square of the boxes when there is no graph above them', () => {
    const sizes = new Float64Array(Array.from({ length: 16 }, () => [10, 10]).flat());
    const out = tileBelow(null, sizes);
    const rows = new Set(Array.from({ length: 16 }, (_, i) => out[2 * i + 1]));
    expect(rows.size).toBe(4);
  });
});
