/**
 * The labels of a shown path's edges, kept only where they can be read: an edge label that
 * would lie over a node's name or shape, or that is longer than the edge's visible line (it would run
 * over the end nodes), is shortened to its verb ("spoke at" for "spoke at (moderator)") and,
 * when that does not fit either, left off the canvas, since the path's words in the details panel and
 * the edge's tooltip still name the relationship. It changes classes only; the style of
 * `edge.path.path-label-off` hides the label. Not here: which elements form the path
 * (paths.ts).
 *
 * An edge label is drawn turned along its edge (`text-rotation: autorotate`), so its upright
 * bounding box is far larger than the label on a slanted edge: a 150 px label at 45° has a
 * 110 × 110 px box, which touches names the label itself is nowhere near. The test therefore
 * uses the label's own turned rectangle (its centre, length, height and angle) against the
 * names' upright boxes. All of it is in model coordinates, where zoom and pan play no part.
 */
import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';

/** How far two shapes may run into each other (model px) before they count as overlapping. */
const OVERLAP_PX = 2;
/** Line a label leaves free at each end of its edge, so the line is still seen (model px). */
const LINE_MARGIN_PX = 8;

export interface Point {
  x: number;
  y: number;
}

/** A label's rectangle as drawn: centred on `centre`, `length` along `angle` (radians). */
export interface TurnedBox {
  centre: Point;
  length: number;
  height: number;
  angle: number;
}

/** The four corners of a turned box. */
export function corners(box: TurnedBox): Point[] {
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  const a = box.length / 2;
  const b = box.height / 2;
  return [
    [-a, -b],
    [a, -b],
    [a, b],
    [-a, b],
  ].map(([u, v]) => ({
    x: box.centre.x + u! * cos - v! * sin,
    y: box.centre.y + u! * sin + v! * cos,
  }));
}

/** Both shapes' extent along `axis`, and how far they overlap along it (negative: a gap). */
function overlapAlong(axis: Point, a: Point[], b: Point[]): number {
  const project = (points: Point[]) => points.map((p) => p.x * axis.x + p.y * axis.y);
  const pa = project(a);
  const pb = project(b);
  return Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb));
}

/**
 * Whether a turned label box and an upright box overlap by more than `slack` on every axis
 * that could separate them (the separating axis test for two rectangles: their four edge
 * directions).
 */
export function turnedOverlaps(label: TurnedBox, box: BoundingBox12, slack = OVERLAP_PX): boolean {
  const a = corners(label);
  const b = [
    { x: box.x1, y: box.y1 },
    { x: box.x2, y: box.y1 },
    { x: box.x2, y: box.y2 },
    { x: box.x1, y: box.y2 },
  ];
  const cos = Math.cos(label.angle);
  const sin = Math.sin(label.angle);
  const axes = [
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: cos, y: sin },
    { x: -sin, y: cos },
  ];
  return axes.every((axis) => overlapAlong(axis, a, b) > slack);
}

/** Whether a label of `length` leaves the line between its edge's two ends in sight. */
export function fitsLine(length: number, from: Point, to: Point): boolean {
  return length + 2 * LINE_MARGIN_PX <= Math.hypot(to.x - from.x, to.y - from.y);
}

/** What Cytoscape 3.35 keeps of a drawn label: its bounds before turning, and the angle. */
interface LabelInternals {
  _private?: {
    labelBounds?: { main?: { w: number; h: number } };
    rstyle?: { labelAngle?: number };
  };
}

/**
 * An edge's label as drawn. Cytoscape's public `boundingBox` gives only the upright box, so
 * the length, height and angle come from what its renderer stores for drawing the label
 * (`labelBounds.main`, `rstyle.labelAngle`); the centre is the edge's midpoint, where an edge
 * label sits. Null when those are missing (another Cytoscape version): the caller then falls
 * back to the upright box, which hides more labels than needed but never one too few.
 */
function labelOf(edge: EdgeSingular): TurnedBox | null {
  const internals = (edge as unknown as LabelInternals)._private;
  const bounds = internals?.labelBounds?.main;
  const angle = internals?.rstyle?.labelAngle;
  if (!bounds || typeof angle !== 'number' || !(bounds.w > 0)) return null;
  return { centre: edge.midpoint(), length: bounds.w, height: bounds.h, angle };
}

const upright = (box: BoundingBox12): TurnedBox => ({
  centre: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
  length: box.x2 - box.x1,
  height: box.y2 - box.y1,
  angle: 0,
});

/**
 * Marks the shown path's edges whose label cannot be read where it lies: first the whole
 * label ("spoke at (video message)"), then, for those that do not fit, the verb alone
 * (`path-label-short`), and what still does not fit goes (`path-label-off`).
 */
export function fitPathLabels(cy: Core): void {
  const edges = cy.edges('.path');
  cy.batch(() => edges.removeClass('path-label-off path-label-short'));
  const only = { includeNodes: false, includeEdges: false, includeLabels: true } as const;
  const shown = cy.nodes(':visible').not('.faded');
  const names = shown.map((node) => node.boundingBox(only)).filter((box) => box.w > 0);
  // A node's shape hides a label drawn under it too (the edge's own ends: see fitsLine).
  const shape = { includeNodes: true, includeEdges: false, includeLabels: false } as const;
  const bodies = shown.map((node) => ({ id: node.id(), box: node.boundingBox(shape) }));
  const unreadable = (edge: EdgeSingular): boolean => {
    // The box first: computing it brings the renderer's label measurements up to date.
    const box = edge.boundingBox(only);
    if (!(box.w > 0)) return false;
    const turned = labelOf(edge);
    const label = turned ?? upright(box);
    // Without the turned box, the upright box's longer side stands in for the label's length.
    const length = turned ? turned.length : Math.max(box.w, box.h);
    return (
      !fitsLine(length, edge.sourceEndpoint(), edge.targetEndpoint()) ||
      names.some((name) => turnedOverlaps(label, name)) ||
      bodies.some(
        ({ id, box: body }) =>
          id !== edge.source().id() && id !== edge.target().id() && turnedOverlaps(label, body),
      )
    );
  };
  const long = edges.filter(unreadable);
  cy.batch(() => long.addClass('path-label-short'));
  const off = long.filter(unreadable);
  cy.batch(() => off.removeClass('path-label-short').addClass('path-label-off'));
}
