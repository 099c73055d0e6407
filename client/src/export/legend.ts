/**
 * The legend drawn into image exports: one swatch (the node shape in its colour) and the
 * label's name per entry, laid out in rows under the graph. One layout function feeds both the
 * PNG compositor (a 2D canvas) and the SVG writer, so the two pictures agree. Names are drawn
 * as text (canvas fillText, SVG text nodes), never parsed as markup.
 */
import type { LegendEntry } from './context';
import { shapePath } from './shapes';

export const LEGEND_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 10;
const SWATCH = 12;
const GAP = 6;
const SPACING = 18;
const ROW = 22;

export interface LegendItem {
  entry: LegendEntry;
  /** Top-left of the swatch, in CSS pixels from the legend's top-left corner. */
  x: number;
  y: number;
}

export interface LegendLayout {
  items: LegendItem[];
  /** The source line under the swatches ("From 7 articles, exported …"), when asked for. */
  caption?: { text: string; y: number };
  height: number;
}

/** Wraps entries into rows no wider than `width`; `measure` gives a text's width at 12px. */
export function layoutLegend(
  entries: LegendEntry[],
  width: number,
  measure: (text: string) => number,
  caption = '',
): LegendLayout {
  if (!entries.length && !caption) return { items: [], height: 0 };
  if (!entries.length) return { items: [], caption: { text: caption, y: PAD }, height: PAD + ROW };
  const items: LegendItem[] = [];
  let x = PAD;
  let y = PAD;
  for (const entry of entries) {
    const w = SWATCH + GAP + measure(entry.label);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += ROW;
    }
    items.push({ entry, x, y });
    x += w + SPACING;
  }
  if (caption) return { items, caption: { text: caption, y: y + ROW }, height: y + ROW + ROW };
  return { items, height: y + SWATCH + PAD };
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Width of a text in a CSS font, measured on a detached canvas. */
export function measureText(text: string, font = LEGEND_FONT): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/** Draws the legend at (0, top) of a canvas context already scaled to CSS pixels. */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  layout: LegendLayout,
  top: number,
  width: number,
): void {
  if (!layout.items.length && !layout.caption) return;
  ctx.save();
  ctx.translate(0, top);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, layout.height);
  ctx.strokeStyle = '#dde1e8';
  ctx.beginPath();
  ctx.moveTo(0, 0.5);
  ctx.lineTo(width, 0.5);
  ctx.stroke();
  ctx.font = LEGEND_FONT;
  ctx.textBaseline = 'middle';
  for (const { entry, x, y } of layout.items) {
    ctx.fillStyle = entry.color;
    const half = SWATCH / 2;
    ctx.fill(new Path2D(shapePath(entry.shape, x + half, y + half, SWATCH, SWATCH)));
    ctx.fillStyle = '#1d2330';
    ctx.fillText(entry.label, x + SWATCH + GAP, y + half);
  }
  if (layout.caption) {
    ctx.fillStyle = '#5d6678';
    ctx.fillText(layout.caption.text, PAD, layout.caption.y + SWATCH / 2);
  }
  ctx.restore();
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The legend as an SVG group at (0, top); names are text nodes. */
export function svgLegend(
  doc: Document,
  layout: LegendLayout,
  top: number,
  width: number,
): SVGGElement {
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'legend');
  group.setAttribute('transform', `translate(0,${top})`);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(layout.height));
  background.setAttribute('fill', '#ffffff');
  const rule = doc.createElementNS(SVG_NS, 'path');
  rule.setAttribute('d', `M0,0.5H${width}`);
  rule.setAttribute('stroke', '#dde1e8');
  group.append(background, rule);
  for (const { entry, x, y } of layout.items) {
    const item = doc.createElementNS(SVG_NS, 'g');
    item.setAttribute('class', 'legend-item');
    const swatch = doc.createElementNS(SVG_NS, 'path');
    const half = SWATCH / 2;
    swatch.setAttribute('d', shapePath(entry.shape, x + half, y + half, SWATCH, SWATCH));
    swatch.setAttribute('fill', entry.color);
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + SWATCH + GAP));
    text.setAttribute('y', String(y + half + 4));
    text.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
    text.setAttribute('font-size', '12');
    text.setAttribute('fill', '#1d2330');
    text.textContent = entry.label;
    item.append(swatch, text);
    group.append(item);
  }
  if (layout.caption) {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('class', 'caption');
    text.setAttribute('x', String(PAD));
    text.setAttribute('y', String(layout.caption.y + SWATCH / 2 + 4));
    text.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
    text.setAttribute('font-size', '12');
    text.setAttribute('fill', '#5d6678');
    text.textContent = layout.caption.text;
    group.append(text);
  }
  return group;
}
