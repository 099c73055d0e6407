import { describe, expect, it } from 'vitest';
import { spreadBoxes, type Box, type Placed } from './label-spacing';

const box = (x: number, y: number, w: number, h: number): Box => ({
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

function moved(placed: Placed[]): Box[] {
  return spreadBoxes(placed).map(({ dx, dy }, i) => {
    const b = placed[i]!.box;
    return { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy };
  });
}

/** Pairs whose boxes overlap. */
function overlapping(boxes: Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 0 && h > 0) n += 1;
    }
  return n;
}

describe('spreadBoxes', () => {
  it('leaves boxes that are already apart where they are', () => {
    const shifts = spreadBoxes([
      { box: box(0, 0, 50, 10), fixed: false },
      { box: box(0, 20, 50, 10), fixed: false },
    ]);
    expect(shifts).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('parts two overlapping names along the axis where they overlap less, half each', () => {
    // Two wide labels, one just below the other: moving vertically is the short way.
    const placed = [
      { box: box(0, 0, 80, 12), fixed: false },
      { box: box(10, 8, 80, 12), fixed: false },
    ];
    const [a, b] = spreadBoxes(placed);
    expect(a!.dx).toBe(0);
    expect(b!.dx).toBe(0);
    expect(a!.dy).toBeLessThan(0);
    expect(b!.dy).toBeCloseTo(-a!.dy);
    expect(overlapping(moved(placed))).toBe(0);
  });

  it('keeps a pinned node where it is and moves the other the whole way', () => {
    const placed = [
      { box: box(0, 0, 30, 30), fixed: true },
      { box: box(20, 5, 30, 30), fixed: false },
    ];
    const [pinned, other] = spreadBoxes(placed);
    expect(pinned).toEqual({ dx: 0, dy: 0 });
    expect(other!.dx).toBeGreaterThan(0);
    expect(overlapping(moved(placed))).toBe(0);
  });

  it('untangles a crowd of labels stacked around one point', () => {
    const placed = Array.from({ length: 30 }, (_, i) => ({
      box: box((i % 5) * 7, Math.floor(i / 5) * 3, 60, 14),
      fixed: false,
    }));
    expect(overlapping(placed.map((p) => p.box))).toBeGreaterThan(0);
    expect(overlapping(moved(placed))).toBe(0);
  });
});
