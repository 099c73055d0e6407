import { describe, it, expect } from 'vitest';
import { shapePath } from './shapes';
import { layoutLegend } from './legend';

/** Every coordinate pair in path data that uses absolute M/L commands. */
function absolutePoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('node shapes as SVG paths', () => {
  it('fits every polygon to the node box and closes it', () => {
    for (const shape of ['triangle', 'diamond', 'pentagon', 'hexagon', 'octagon', 'star', 'tag']) {
      const d = shapePath(shape, 100, 50, 40, 20);
      expect(d.endsWith('Z')).toBe(true);
      const points = absolutePoints(d);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      expect([Math.min(...xs), Math.max(...xs)]).toEqual([80, 120]);
      expect([Math.min(...ys), Math.max(...ys)]).toEqual([40, 60]);
    }
  });

  it('draws ellipses as two arcs and rounds only round rectangles', () => {
    expect(shapePath('ellipse', 0, 0, 10, 6)).toBe('M-5,0A5,3 0 1 0 5,0A5,3 0 1 0 -5,0Z');
    expect(shapePath('no-such-shape', 0, 0, 10, 6)).toBe(shapePath('ellipse', 0, 0, 10, 6));
    expect(shapePath('rectangle', 10, 10, 20, 10)).toBe('M0,5h20v10h-20Z');
    expect(shapePath('round-rectangle', 10, 10, 20, 10)).toMatch(/^M2.5,5h15a2.5,2.5 /);
  });
});

describe('legend layout', () => {
  const entry = (label: string) => ({ label, color: '#123456', shape: 'ellipse' });
  const measure = (text: string) => text.length * 10;

  it('wraps entries into rows that fit the width', () => {
    const layout = layoutLegend(['aaaa', 'bbbb', 'cccc'].map(entry), 140, measure);
    expect(layout.items.map((i) => [i.x, i.y])).toEqual([
      [10, 10],
      [10, 32],
      [10, 54],
    ]);
    const wide = layoutLegend(['aaaa', 'bbbb', 'cccc'].map(entry), 1000, measure);
    expect(new Set(wide.items.map((i) => i.y))).toEqual(new Set([10]));
    expect(wide.height).toBeLessThan(layout.height);
  });

  it('takes no room without entries', () => {
    expect(layoutLegend([], 500, measure)).toEqual({ items: [], height: 0 });
  });
});
