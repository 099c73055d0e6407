import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { runHierarchy } from './hierarchy-layout';

/** `groups` events, each with `speakers[i]` speakers of its own (the first view's shape). */
function firstView(speakers: number[]): Core {
  const elements: ElementDefinition[] = [];
  speakers.forEach((count, g) => {
    const event = `event:${g}`;
    elements.push({ data: { id: event, label: 'Event', name: event } });
    for (let s = 0; s < count; s++) {
      const person = `person:${g}-${s}`;
      elements.push({ data: { id: person, label: 'Person', name: person } });
      elements.push({ data: { id: `${person}->${event}`, source: person, target: event } });
    }
  });
  return cytoscape({ headless: true, elements });
}

const boxOf = (cy: Core, ids: string[]) =>
  cy
    .nodes()
    .filter((n) => ids.includes(n.id()))
    .boundingBox({ includeLabels: false });

describe('hierarchy layout over separate groups', () => {
  const speakers = [18, 9, 7, 6, 5, 4, 3];
  const events = speakers.map((_, g) => `event:${g}`);

  it('tiles the groups in a shape near the canvas’s, not a row of dots', () => {
    for (const aspect of [1400 / 800, 1]) {
      const cy = firstView(speakers);
      runHierarchy(cy, cy.elements(), { roots: events, aspect });
      const box = cy.nodes().boundingBox({ includeLabels: false });
      const shape = box.w / box.h;
      expect(shape).toBeGreaterThan(aspect / 2.5);
      expect(shape).toBeLessThan(aspect * 2.5);
    }
  });

  it('gives each group its own place: no two groups’ boxes overlap', () => {
    const cy = firstView(speakers);
    runHierarchy(cy, cy.elements(), { roots: events, aspect: 1.75 });
    const boxes = cy
      .elements()
      .components()
      .map((group) => group.nodes().boundingBox({ includeLabels: false }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart = a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
        expect(apart, `groups ${i} and ${j}`).toBe(true);
      }
  });

  it('puts each root above its group, and wraps a wide level onto rows of at most seven', () => {
    const cy = firstView(speakers);
    runHierarchy(cy, cy.elements(), { roots: events, aspect: 1.75 });
    speakers.forEach((count, g) => {
      const people = Array.from({ length: count }, (_, s) => `person:${g}-${s}`);
      const root = cy.getElementById(`event:${g}`).position('y');
      expect(boxOf(cy, people).y1).toBeGreaterThan(root);
      const rows = new Map<number, number>();
      for (const id of people) {
        const y = Math.round(cy.getElementById(id).position('y'));
        rows.set(y, (rows.get(y) ?? 0) + 1);
      }
      for (const perRow of rows.values()) expect(perRow).toBeLessThanOrEqual(7);
      expect(rows.size).toBe(Math.ceil(count / 7));
    });
  });

  it('places every node at a distinct position', () => {
    const cy = firstView(speakers);
    runHierarchy(cy, cy.elements(), { roots: events, aspect: 1.75 });
    const seen = new Set(
      cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
    );
    expect(seen.size).toBe(cy.nodes().length);
  });
});
