import { describe, expect, it } from 'vitest';
import './worker-globals';
import { CHUNK, forceAtlasLayout, iterationCap, medianEdgeLength } from './force-atlas';
import { FORCE_ATLAS_ABOVE, layOut, usesForceAtlas } from './lay-out';
import type { LayoutPhase, LayoutRequest } from './protocol';
import { testRequest } from './test-request';

const request = (count: number, pairs: number[], forceAtlas?: boolean) =>
  testRequest(count, pairs, { forceAtlas });

/** Hubs of `spokes` leaves each, hub i joined to hub i+1, then `isolated` lone nodes. */
function hubs(count: number, spokes: number, isolated: number): { nodes: number; pairs: number[] } {
  const pairs: number[] = [];
  const size = spokes + 1;
  for (let h = 0; h < count; h++) {
    for (let s = 1; s <= spokes; s++) pairs.push(h * size, h * size + s);
    if (h) pairs.push((h - 1) * size, h * size);
  }
  return { nodes: count * size + isolated, pairs };
}

const allFinite = (positions: Float64Array) => positions.every((v) => Number.isFinite(v));

describe('ForceAtlas2 in the layout worker', () => {
  it('places every node at a finite position, the isolated ones tiled under the graph', () => {
    const { nodes, pairs } = hubs(20, 9, 12);
    const out = layOut(request(nodes, pairs, true));
    expect(out.length).toBe(nodes * 2);
    expect(allFinite(out)).toBe(true);
    const connected = 200;
    let bottom = -Infinity;
    for (let i = 0; i < connected; i++) bottom = Math.max(bottom, out[2 * i + 1]!);
    for (let i = connected; i < nodes; i++) expect(out[2 * i + 1]!).toBeGreaterThan(bottom);
    // Spread out, not one pile: no two hubs on the same spot.
    const spots = new Set(
      Array.from({ length: 20 }, (_, h) => `${out[20 * h]},${out[20 * h + 1]}`),
    );
    expect(spots.size).toBe(20);
  });

  it('scales the result: edges as long as fcose’s at least, a tiled node’s room each', () => {
    const { nodes, pairs } = hubs(20, 9, 0);
    const out = layOut(request(nodes, pairs, true));
    // fcose's idealEdgeLength of 30 between borders plus a 30-wide node.
    expect(medianEdgeLength(out, new Uint32Array(pairs))).toBeGreaterThanOrEqual(59.9);
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < out.length; i += 2) {
      [x1, x2] = [Math.min(x1, out[i]!), Math.max(x2, out[i]!)];
      [y1, y2] = [Math.min(y1, out[i + 1]!), Math.max(y2, out[i + 1]!)];
    }
    // A 30-wide box and the tiles' gap of 20: at least 50 × 50 for each node.
    expect((x2 - x1) * (y2 - y1)).toBeGreaterThanOrEqual(nodes * 50 * 50 * 0.999);
  });

  it('streams complete positions after each chunk, the last of them the result', () => {
    const { nodes, pairs } = hubs(30, 9, 5);
    const partials: Float64Array[] = [];
    const steps: number[] = [];
    const out = layOut(request(nodes, pairs, true), {
      partial: (positions) => partials.push(positions.slice()),
      phase: (phase: LayoutPhase, step) => {
        if (phase === 'layout-force-atlas' && step?.done) steps.push(step.done);
      },
    });
    expect(partials.length).toBeGreaterThan(1);
    expect(steps).toEqual(partials.map((_, i) => (i + 1) * CHUNK));
    for (const partial of partials) {
      expect(partial.length).toBe(nodes * 2);
      expect(allFinite(partial)).toBe(true);
    }
    // What a Cancel after the first chunk keeps is a layout on its way, not the end of it.
    expect(partials[0]).not.toEqual(out);
    expect(partials.at(-1)).toEqual(out);
  });

  it('stops once the nodes barely move, before its cap on a small graph', () => {
    const pairs: number[] = [];
    for (let i = 1; i < 40; i++) pairs.push(i - 1, i);
    let iterations = 0;
    forceAtlasLayout(
      {
        count: 40,
        edges: new Uint32Array(pairs),
        start: Float64Array.from({ length: 80 }, (_, i) => Math.sin(i * 7.3) * 100),
        fixed: new Uint8Array(40),
        edgeLength: 60,
        cell: 50,
      },
      (chunk) => (iterations = chunk.iterations),
    );
    expect(iterations).toBeGreaterThan(0);
    expect(iterations).toBeLessThan(iterationCap(40));
  });

  it('keeps a pinned node where it was', () => {
    const { nodes, pairs } = hubs(10, 4, 0);
    const req = request(nodes, pairs, true);
    req.locked[3] = 1;
    req.positions.set([500, -200], 6);
    const out = layOut(req);
    expect([out[6], out[7]]).toEqual([500, -200]);
    expect(allFinite(out)).toBe(true);
  });

  it('runs fewer iterations on larger graphs, never fewer than 100', () => {
    expect(iterationCap(5_000)).toBe(300);
    expect(iterationCap(40_000)).toBeLessThan(300);
    expect(iterationCap(1_000_000)).toBe(100);
  });
});

describe('which force layout the worker runs', () => {
  it('is fcose up to FORCE_ATLAS_ABOVE connected nodes, ForceAtlas2 above', () => {
    expect(usesForceAtlas('fcose', FORCE_ATLAS_ABOVE)).toBe(false);
    expect(usesForceAtlas('fcose', FORCE_ATLAS_ABOVE + 1)).toBe(true);
    expect(usesForceAtlas('concentric', FORCE_ATLAS_ABOVE * 10)).toBe(false);
  });

  /** The first layout phase layOut enters for a request (stopped there by throwing). */
  const firstLayoutPhase = (req: LayoutRequest): LayoutPhase | undefined => {
    let seen: LayoutPhase | undefined;
    try {
      layOut(req, {
        phase: (phase) => {
          if (phase === 'building') return;
          seen = phase;
          throw new Error('stop');
        },
      });
    } catch (error) {
      if ((error as Error).message !== 'stop') throw error;
    }
    return seen;
  };

  it('counts connected nodes, not all of them: isolated ones do not tip a graph over', () => {
    const chain = (connected: number, isolated: number) => {
      const pairs: number[] = [];
      for (let i = 1; i < connected; i++) pairs.push(i - 1, i);
      return request(connected + isolated, pairs);
    };
    expect(firstLayoutPhase(chain(FORCE_ATLAS_ABOVE + 1, 0))).toBe('layout-force-atlas');
    expect(firstLayoutPhase(chain(FORCE_ATLAS_ABOVE, 5_000))).toBe('layout');
  });
});
