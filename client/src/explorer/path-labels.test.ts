import { describe, expect, it } from 'vitest';
import { corners, fitsLine, turnedOverlaps, type TurnedBox } from './path-labels';

const label = (x: number, y: number, length: number, angle: number, height = 12): TurnedBox => ({
  centre: { x, y },
  length,
  height,
  angle,
});
const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('path labels', () => {
  describe('corners', () => {
    it('turns the rectangle about its centre', () => {
      const points = corners(label(0, 0, 100, Math.PI / 2, 10));
      const xs = points.map((p) => Math.round(p.x));
      const ys = points.map((p) => Math.round(p.y));
      expect(Math.min(...xs)).toBe(-5);
      expect(Math.max(...xs)).toBe(5);
      expect(Math.min(...ys)).toBe(-50);
      expect(Math.max(...ys)).toBe(50);
    });
  });

  describe('turnedOverlaps', () => {
    it('finds an upright label over a name', () => {
      expect(turnedOverlaps(label(50, 50, 100, 0), box(80, 40, 140, 60))).toBe(true);
    });

    it('leaves a slanted label alone where only its upright bounding box would touch the name', () => {
      // A 150 px label at 45°: its upright box spans about 110 × 110 px, and a name in that
      // box's corner lies well clear of the label itself.
      const slanted = label(0, 0, 150, Math.PI / 4);
      expect(turnedOverlaps(slanted, box(25, -55, 55, -35))).toBe(false);
      expect(turnedOverlaps(slanted, box(-10, -5, 10, 5))).toBe(true);
    });

    it('lets shapes touch by the slack without counting it', () => {
      expect(turnedOverlaps(label(0, 0, 100, 0), box(49, -6, 80, 6))).toBe(false);
      expect(turnedOverlaps(label(0, 0, 100, 0), box(45, -6, 80, 6))).toBe(true);
    });

    it('finds a name the label runs through along its length', () => {
      const steep = label(0, 0, 200, Math.PI / 3);
      const end = corners(steep)[1]!;
      expect(turnedOverlaps(steep, box(end.x - 30, end.y - 30, end.x + 30, end.y + 30))).toBe(true);
    });
  });

  describe('fitsLine', () => {
    it('keeps a label that leaves the line in sight at both ends', () => {
      expect(fitsLine(100, { x: 0, y: 0 }, { x: 0, y: 130 })).toBe(true);
    });

    it('drops a label as long as its line', () => {
      expect(fitsLine(100, { x: 0, y: 0 }, { x: 60, y: 80 })).toBe(false);
    });
  });
});
