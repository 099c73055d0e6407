/**
 * Moves nodes apart until no two names overlap. Force layouts count label sizes but only as
 * springs and repulsion: two leaves of the same hub can still end up with their names touching
 * (a CI run's first view of the corpus had "Alfred de Zayas" over "Alejo Vidal-Quadras", fcose
 * being randomised). This pass settles it after the layout: each overlapping pair is pushed
 * apart along the axis where the overlap is smaller, half each, until none is left or the
 * rounds run out. Graphs above `LABEL_SPACING_MAX` nodes are left as laid out: their labels are culled at
 * the fitted zoom anyway, and the pairwise check would cost more than it shows. A layout in the
 * worker runs the same pass there on its answer (`spreadPositions`), so that the page does not
 * move, and redraw, the graph it has just drawn.
 */
import type { Collection, Core } from 'cytoscape';
import { BOX_STRIDE } from './layout-worker/protocol';

/** Graphs of more nodes than this are left as laid out. */
export const LABEL_SPACING_MAX = 400;
const ROUNDS = 200;
/** Model units kept free between two labels. */
const LABEL_GAP = 4;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Placed {
  /** The node with its label, in model coordinates. */
  box: Box;
  /** A pinned node: it stays put and the other one of a pair moves the whole way. */
  fixed: boolean;
}

/**
 * How far to move each box so that no two overlap (closer than `LABEL_GAP`), in input order.
 * Pure, so that it is tested without a browser.
 */
export function spreadBoxes(placed: Placed[]): { dx: number; dy: number }[] {
  const items = placed.map((p) => ({ box: { ...p.box }, fixed: p.fixed, dx: 0, dy: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.fixed && b.fixed) continue;
        const w = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1) + LABEL_GAP;
        const h = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1) + LABEL_GAP;
        if (w <= 0 || h <= 0) continue;
        // Along the cheaper axis; a pair exactly on top of each other splits by input order.
        const aFirstX = a.box.x1 + a.box.x2 <= b.box.x1 + b.box.x2;
        const aFirstY = a.box.y1 + a.box.y2 <= b.box.y1 + b.box.y2;
        const sx = w <= h ? (aFirstX ? -w / 2 : w / 2) : 0;
        const sy = w <= h ? 0 : aFirstY ? -h / 2 : h / 2;
        const ka = a.fixed ? 0 : b.fixed ? 2 : 1;
        shift(a, sx * ka, sy * ka);
        shift(b, -sx * (2 - ka), -sy * (2 - ka));
        moved = true;
      }
    }
    if (!moved) break;
  }
  return items.map(({ dx, dy }) => ({ dx, dy }));
}

/** Moves the visible nodes of `eles` so that no two names overlap; true if any moved. */
export function separateLabels(cy: Core, eles: Collection): boolean {
  const nodes = eles.nodes(':visible');
  if (nodes.length < 2 || nodes.length > LABEL_SPACING_MAX) return false;
  const shifts = spreadBoxes(
    nodes.map((node) => {
      const b = node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
      return { box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }, fixed: node.locked() };
    }),
  );
  if (shifts.every((s) => !s.dx && !s.dy)) return false;
  cy.batch(() => {
    nodes.forEach((node, i) => {
      const { dx, dy } = shifts[i]!;
      if (!dx && !dy) return;
      const p = node.position();
      node.position({ x: p.x + dx, y: p.y + dy });
    });
  });
  return true;
}

/**
 * The pass on a worker layout's answer: node `i` with its label is a box of `w × h` centred at
 * its position plus an offset (`boxes`, `BOX_STRIDE` floats a node, protocol.ts). Moves `positions`
 * in place; pinned nodes stay.
 */
export function spreadPositions(
  boxes: Float64Array,
  positions: Float64Array,
  locked: Uint8Array,
): void {
  const count = positions.length / 2;
  if (count < 2 || count > LABEL_SPACING_MAX) return;
  const placed: Placed[] = [];
  for (let i = 0; i < count; i++) {
    const [w, h, ox, oy] = boxes.subarray(BOX_STRIDE * i, BOX_STRIDE * (i + 1));
    const x = positions[2 * i]! + ox!;
    const y = positions[2 * i + 1]! + oy!;
    placed.push({
      box: { x1: x - w! / 2, y1: y - h! / 2, x2: x + w! / 2, y2: y + h! / 2 },
      fixed: locked[i] === 1,
    });
  }
  spreadBoxes(placed).forEach(({ dx, dy }, i) => {
    positions[2 * i] = positions[2 * i]! + dx;
    positions[2 * i + 1] = positions[2 * i + 1]! + dy;
  });
}

function shift(item: { box: Box; dx: number; dy: number }, x: number, y: number): void {
  item.box.x1 += x;
  item.box.x2 += x;
  item.box.y1 += y;
  item.box.y2 += y;
  item.dx += x;
  item.dy += y;
}
