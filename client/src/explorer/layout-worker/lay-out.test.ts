import { describe, expect, it } from 'vitest';
import './worker-globals';
import { layOut } from './lay-out';
import { testRequest } from './test-request';
import { BOX_STRIDE } from './protocol';

const nonFinite = (positions: Float64Array) =>
  positions.filter((value) => !Number.isFinite(value)).length;

describe('the layout worker’s fcose', () => {
  // fcose's draft quality (above 800 nodes) places a two-node component without forces, by
  // adding `idealEdgeLength` to a coordinate: given as a function, that made x a string, and
  // the component packing then shifted every component's x to NaN (the 20k benchmark graph).
  it('places every node of a large graph with a two-node component at a number', () => {
    const chain = 900;
    const pairs: [number, number][] = [];
    for (let i = 1; i < chain; i++) pairs.push([i - 1, i]);
    pairs.push([chain, chain + 1], [chain, chain + 1]); // the pair, with two relationships
    pairs.push([chain + 2, chain + 3], [chain + 3, chain + 4]); // a component of three
    const out = layOut(testRequest(chain + 6, pairs.flat())); // and one node with no relationship
    expect(nonFinite(out)).toBe(0);
    const [x1, y1, x2, y2] = [2 * chain, 2 * chain + 1, 2 * chain + 2, 2 * chain + 3].map(
      (i) => out[i]!,
    );
    expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeGreaterThanOrEqual(30);
  });

  // "Add to canvas" of a large result asks for a layout from the canvas's positions (the
  // nodes of before placed, the new ones on one spot): fcose's draft quality has no such start.
  it('lays out a large graph asked not to randomize (afresh), every node at a number', () => {
    const count = 1200;
    const pairs: number[] = [];
    for (let i = 1; i < count; i++) pairs.push(i - 1, i, Math.floor(i / 7), i);
    const request = testRequest(count + 2, pairs, { randomize: false });
    // The first half placed on a line, the rest (and two unconnected nodes) at the origin.
    for (let i = 0; i < count / 2; i++) request.positions.set([i * 40, 0], 2 * i);
    const out = layOut(request);
    expect(nonFinite(out)).toBe(0);
    // Spread out, not left on the spot most of them were given.
    const xs = new Set(Array.from({ length: count }, (_, i) => Math.round(out[2 * i]!)));
    expect(xs.size).toBeGreaterThan(100);
  });
});

describe('the layout worker with label sizes', () => {
  // The page used to part names after a worker layout, moving nodes after the result was
  // drawn (so it was drawn twice); the worker now does it on the boxes it was sent.
  it('answers positions whose names, as sent, do not overlap', () => {
    // A star of 30 leaves with wide names: fcose spaces the nodes, not their names.
    const count = 31;
    const request = testRequest(
      count,
      Array.from({ length: count - 1 }, (_, i) => [0, i + 1]).flat(),
      { includeLabels: true },
    );
    for (let i = 0; i < count; i++) request.boxes.set([160, 40, 0, 12], i * BOX_STRIDE);
    const boxes = Float64Array.from(request.boxes);
    const out = layOut(request);
    let overlaps = 0;
    for (let i = 0; i < count; i++)
      for (let j = i + 1; j < count; j++) {
        const w = 160 - Math.abs(out[2 * i]! - out[2 * j]!);
        const h =
          40 -
          Math.abs(
            out[2 * i + 1]! +
              boxes[i * BOX_STRIDE + 3]! -
              out[2 * j + 1]! -
              boxes[j * BOX_STRIDE + 3]!,
          );
        if (w > 0 && h > 0) overlaps++;
      }
    expect(overlaps).toBe(0);
  });
});
