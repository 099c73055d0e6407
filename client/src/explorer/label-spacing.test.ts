import { describe, expect, it } from 'vitest';
import {
  LABEL_SPACING_MAX,
  spreadBoxes,
  spreadPositions,
  type Box,
  type Placed,
} from './label-spacing';

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

describe("spreadPositions (a worker layout's answer)", () => {
  /** Boxes of `w × h` centred `oy` below each node (a name under it), four floats a node. */
  const boxesOf = (count: number, w: number, h: number, oy: number) => {
    const boxes = new Float64Array(count * 4);
    for (let i = 0; i < count; i++) boxes.set([w, h, 0, oy], i * 4);
    return boxes;
  };
  const labelBoxes = (boxes: Float64Array, positions: Float64Array) =>
    Array.from({ length: positions.length / 2 }, (_, i) =>
      box(
        positions[2 * i]! - boxes[4 * i]! / 2,
        positions[2 * i + 1]! + boxes[4 * i + 3]! - boxes[4 * i + 1]! / 2,
        boxes[4 * i]!,
        boxes[4 * i + 1]!,
      ),
    );

  it('moves nodes so that their names, offset from them, no longer overlap', () => {
    const boxes = boxesOf(3, 80, 40, 10);
    const positions = Float64Array.from([0, 0, 20, 5, 40, -5]);
    expect(overlapping(labelBoxes(boxes, positions))).toBeGreaterThan(0);
    spreadPositions(boxes, positions, new Uint8Array(3));
    expect(overlapping(labelBoxes(boxes, positions))).toBe(0);
  });

  it('keeps a pinned node where it is', () => {
    const boxes = boxesOf(2, 50, 20, 0);
    const positions = Float64Array.from([0, 0, 10, 0]);
    spreadPositions(boxes, positions, Uint8Array.from([1, 0]));
    expect([positions[0], positions[1]]).toEqual([0, 0]);
    expect(overlapping(labelBoxes(boxes, positions))).toBe(0);
  });

  it('leaves a graph of more than LABEL_SPACING_MAX nodes as laid out', () => {
    const count = LABEL_SPACING_MAX + 1;
    const positions = new Float64Array(count * 2);
    spreadPositions(boxesOf(count, 50, 20, 0), positions, new Uint8Array(count));
    expect(positions.every((v) => v === 0)).toBe(true);
  });
});
