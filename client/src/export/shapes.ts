/**
 * Cytoscape node shapes as SVG path data, so the SVG export and the legend swatches draw the
 * same outline the canvas does: ellipses, (round) rectangles, and polygons fitted to the
 * node's box like Cytoscape's own unit polygons. Shapes not listed fall back to an ellipse.
 * Pure geometry; no DOM.
 */

type Points = [number, number][];

function ngon(sides: number, rotation: number): Points {
  const points: Points = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (2 * Math.PI * i) / sides;
    points.push([Math.cos(a), Math.sin(a)]);
  }
  return fitToSquare(points);
}

/** Stretches unit points so they touch every side of the [-1, 1] square, as Cytoscape does. */
function fitToSquare(points: Points): Points {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - x0) / (x1 - x0)) * 2 - 1, ((y - y0) / (y1 - y0)) * 2 - 1]);
}

function star(): Points {
  const points: Points = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const r = i % 2 === 0 ? 1 : 0.382;
    points.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return fitToSquare(points);
}

const POLYGONS: Record<string, Points> = {
  triangle: ngon(3, -Math.PI / 2),
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  pentagon: ngon(5, -Math.PI / 2),
  hexagon: ngon(6, 0),
  heptagon: ngon(7, -Math.PI / 2),
  octagon: ngon(8, Math.PI / 8),
  star: star(),
  vee: [
    [-1, -1],
    [0, -0.333],
    [1, -1],
    [0, 1],
  ],
  rhomboid: [
    [-1, -1],
    [0.333, -1],
    [1, 1],
    [-0.333, 1],
  ],
  tag: [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
};

const n = (value: number) => String(Math.round(value * 100) / 100);

/** SVG path data for a node of this shape centred at (x, y), w × h. */
export function shapePath(shape: string, x: number, y: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  const kind = shape.replace(/^round-?/, '').replace(/^cut-/, '');
  if (kind === 'rectangle' || kind === 'square' || kind === 'bottom-round-rectangle') {
    const r = shape.startsWith('round') ? Math.min(w / 4, h / 4, 8) : 0;
    return roundedRect(x - rx, y - ry, w, h, r);
  }
  const polygon = POLYGONS[kind];
  if (polygon) {
    return (
      polygon
        .map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${n(x + px * rx)},${n(y + py * ry)}`)
        .join('') + 'Z'
    );
  }
  return (
    `M${n(x - rx)},${n(y)}` +
    `A${n(rx)},${n(ry)} 0 1 0 ${n(x + rx)},${n(y)}` +
    `A${n(rx)},${n(ry)} 0 1 0 ${n(x - rx)},${n(y)}Z`
  );
}

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  if (r <= 0) return `M${n(x)},${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`;
  return (
    `M${n(x + r)},${n(y)}h${n(w - 2 * r)}a${n(r)},${n(r)} 0 0 1 ${n(r)},${n(r)}` +
    `v${n(h - 2 * r)}a${n(r)},${n(r)} 0 0 1 ${n(-r)},${n(r)}` +
    `h${n(-(w - 2 * r))}a${n(r)},${n(r)} 0 0 1 ${n(-r)},${n(-r)}` +
    `v${n(-(h - 2 * r))}a${n(r)},${n(r)} 0 0 1 ${n(r)},${n(-r)}Z`
  );
}
