/**
 * The Hierarchy layout over several separate groups (the first view: one group per event):
 * breadth-first in one go puts every root in one row and every speaker in the row below, a
 * strip thousands of pixels wide that fits as a row of dots. Here each connected group is laid
 * out breadth-first from its own roots inside its own cell of a grid shaped like the canvas,
 * so the groups tile the canvas and names stay readable. Not here: the other layouts
 * (layouts.ts) or when a layout runs (canvas.ts, viewport.ts).
 */
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { separateLabels } from './label-spacing';
import { layoutOptions } from './layouts';

/** Most nodes side by side in one level; a wider level wraps onto more rows. */
const PER_ROW = 7;
const STEP_X = 120;
const STEP_Y = 70;

/**
 * Rebuilds the levels breadth-first found (nodes sharing a y) as blocks of at most PER_ROW
 * nodes a row, top-left at (x, y); returns the group's size.
 */
function reflow(nodes: NodeCollection, x: number, y: number): { w: number; h: number } {
  const levels = new Map<number, NodeSingular[]>();
  nodes.forEach((n: NodeSingular) => {
    const key = Math.round(n.position('y'));
    levels.set(key, [...(levels.get(key) ?? []), n]);
  });
  const ordered = [...levels.entries()].sort((a, b) => a[0] - b[0]).map(([, level]) => level);
  const width = Math.min(PER_ROW, Math.max(...ordered.map((l) => l.length))) * STEP_X;
  let top = y;
  for (const level of ordered) {
    level.sort((a, b) => a.position('x') - b.position('x'));
    for (let i = 0; i < level.length; i += PER_ROW) {
      const row = level.slice(i, i + PER_ROW);
      const left = x + (width - row.length * STEP_X) / 2 + STEP_X / 2;
      // Alternate rows are shifted half a step, so labels of stacked rows do not line up.
      const shift = (i / PER_ROW) % 2 ? STEP_X / 4 : 0;
      row.forEach((n, j) => n.position({ x: left + j * STEP_X + shift, y: top }));
      top += STEP_Y;
    }
    top += STEP_Y / 2;
  }
  return { w: width, h: top - y };
}

/** Lays out `eles` breadth-first, group by group, in a grid of cells of aspect `aspect`. */
export function runHierarchy(
  cy: Core,
  eles: Collection,
  opts: { roots?: string[]; aspect: number },
): void {
  const groups = eles.components().sort((a, b) => b.nodes().length - a.nodes().length);
  const roots = new Set(opts.roots ?? []);
  // A group's cell grows with its size: ~110 × 90 model units per node, at least 2 × 2.
  const cell = (n: number) => {
    const side = Math.max(2, Math.ceil(Math.sqrt(n)));
    return { w: side * 120, h: side * 90 };
  };
  const total = groups.reduce(
    (sum, g) => sum + cell(g.nodes().length).w * cell(g.nodes().length).h,
    0,
  );
  const rowWidth = Math.sqrt(total * Math.max(opts.aspect, 0.3));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const group of groups) {
    const { w, h } = cell(group.nodes().length);
    if (x > 0 && x + w > rowWidth) {
      x = 0;
      y += rowHeight + 40;
      rowHeight = 0;
    }
    const own = group
      .nodes()
      .filter((n: NodeSingular) => roots.has(n.id()))
      .map((n) => n.id());
    group
      .layout({
        ...layoutOptions('breadthfirst', group, { fit: false, randomize: false, roots: own }),
        boundingBox: { x1: 0, y1: 0, w, h },
      } as LayoutOptions)
      .run();
    const box = reflow(group.nodes(), x, y);
    x += box.w + 60;
    rowHeight = Math.max(rowHeight, box.h);
  }
  separateLabels(cy, eles);
}
