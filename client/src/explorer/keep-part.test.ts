import { describe, expect, it } from 'vitest';
import type { CanvasElements } from './canvas';
import { keepLabels, keepMostConnected } from './keep-part';

const node = (id: string, label = 'Person') => ({ data: { id, label } });
const edge = (source: string, target: string) => ({
  data: { id: `${source}->${target}`, source, target },
});

// A hub (e0, three relationships), a second (p1, two), and two leaves.
const graph: CanvasElements = {
  nodes: [node('p1'), node('e0', 'Event'), node('p2'), node('p3'), node('lonely')],
  edges: [edge('p1', 'e0'), edge('p2', 'e0'), edge('p3', 'e0'), edge('p1', 'p2')],
};

describe('keepMostConnected', () => {
  it('keeps the nodes with the most relationships and the relationships among them', () => {
    const kept = keepMostConnected(graph, 2);
    expect(kept.nodes.map((n) => n.data.id)).toEqual(['p1', 'e0']);
    expect(kept.edges.map((e) => e.data.id)).toEqual(['p1->e0']);
  });

  it('breaks ties by id, so the same result keeps the same nodes', () => {
    // p2 and p1 both have two relationships: p1 comes first.
    expect(keepMostConnected(graph, 3).nodes.map((n) => n.data.id)).toEqual(['p1', 'e0', 'p2']);
  });

  it('keeps everything when the result is no larger than asked', () => {
    expect(keepMostConnected(graph, 5)).toBe(graph);
  });
});

describe('keepLabels', () => {
  it('keeps the nodes of the chosen labels and the relationships among them', () => {
    const kept = keepLabels(graph, new Set(['Person']));
    expect(kept.nodes.map((n) => n.data.id)).toEqual(['p1', 'p2', 'p3', 'lonely']);
    expect(kept.edges.map((e) => e.data.id)).toEqual(['p1->p2']);
  });
});
