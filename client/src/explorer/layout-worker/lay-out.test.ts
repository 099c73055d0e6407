import { describe, expect, it } from 'vitest';
import './worker-globals';
import { layOut } from './lay-out';
import { BOX_STRIDE, type LayoutRequest } from './protocol';

/** A worker request for `count` nodes of 30×30 at the origin and `pairs` as edges. */
function request(count: number, pairs: [number, number][]): LayoutRequest {
  const boxes = new Float64Array(count * BOX_STRIDE);
  for (let i = 0; i < count; i++) boxes.set([30, 30, 0, 0], i * BOX_STRIDE);
  return {
    type: 'run',
    job: 1,
    name: 'fcose',
    ids: Array.from({ length: count }, (_, i) => `n${i}`),
    boxes,
    positions: new Float64Array(count * 2),
    locked: new Uint8Array(count),
    edges: new Uint32Array(pairs.flat()),
    settings: { fit: true, randomize: true, aspect: 1.6, includeLabels: false },
  };
}

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
    const out = layOut(request(chain + 6, pairs)); // and one node with no relationship
    expect(nonFinite(out)).toBe(0);
    const [x1, y1, x2, y2] = [2 * chain, 2 * chain + 1, 2 * chain + 2, 2 * chain + 3].map(
      (i) => out[i]!,
    );
    expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeGreaterThanOrEqual(30);
  });
});
