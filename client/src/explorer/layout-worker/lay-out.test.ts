import { describe, expect, it } from 'vitest';
import './worker-globals';
import { layOut } from './lay-out';
import { testRequest } from './test-request';

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
});
