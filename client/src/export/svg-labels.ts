/**
 * Node and edge labels for the SVG export, as Cytoscape lays them out: the label text from the
 * computed style, cut with an ellipsis or wrapped into lines at text-max-width (on whitespace,
 * or anywhere when text-overflow-wrap says so), a rounded background box when the style has
 * one, edge labels turned along the edge on autorotate, and labels Cytoscape would hide at this
 * zoom (min-zoomed-font-size) left out. Text goes in as text nodes only; not for HTML labels.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { measureText } from './legend';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Element = NodeSingular | EdgeSingular;

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, nor lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces what XML cannot hold with U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

export const num = (value: unknown, fallback = 0): number => {
  const parsed = typeof value === 'number' ? value : parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
};
export const r2 = (value: number) => String(Math.round(value * 100) / 100);

export function fontOf(ele: Element) {
  const size = num(ele.style('font-size'), 12);
  const family = String(ele.style('font-family') || 'sans-serif');
  const weight = String(ele.style('font-weight') || 'normal');
  return { size, family, weight, css: `${weight} ${size}px ${family}` };
}

function ellipsis(text: string, max: number, font: string): string {
  if (measureText(text, font) <= max) return text;
  const chars = [...text];
  while (chars.length && measureText(chars.join('') + '…', font) > max) chars.pop();
  return chars.join('') + '…';
}

function wrap(text: string, max: number, font: string, anywhere: boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = anywhere ? [...paragraph] : paragraph.split(/(?<=\s)/);
    let line = '';
    for (const word of words) {
      if (line && measureText((line + word).trimEnd(), font) > max) {
        lines.push(line.trimEnd());
        line = anywhere ? word : word.trimStart();
      } else line += word;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The label's lines as drawn. */
export function labelLines(ele: Element, font: string): string[] {
  const raw = ele.style('label') as unknown;
  // Cytoscape gives the label as a string; a number is written as one, anything else as nothing.
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  if (!text) return [];
  const mode = String(ele.style('text-wrap'));
  const max = num(ele.style('text-max-width'), Infinity);
  if (mode === 'ellipsis') return [ellipsis(text.replace(/\n/g, ' '), max, font)];
  if (mode === 'wrap') {
    return wrap(text, max, font, String(ele.style('text-overflow-wrap')) === 'anywhere');
  }
  return [text.replace(/\n/g, ' ')];
}

export interface LabelPlacement {
  x: number;
  y: number;
  /** Horizontal anchor of the text at x. */
  anchor: 'start' | 'middle' | 'end';
  /** Where the text block sits against y: below it, centred on it, or above it. */
  block: 'below' | 'center' | 'above';
  /** Degrees, around (x, y). */
  rotate?: number;
}

/** The label as an SVG group (background box and text), or undefined when none is drawn. */
export function svgLabel(
  doc: Document,
  ele: Element,
  place: LabelPlacement,
  zoom: number,
): SVGGElement | undefined {
  const font = fontOf(ele);
  if (font.size * zoom < num(ele.style('min-zoomed-font-size'))) return undefined;
  const lines = labelLines(ele, font.css).map(xmlSafe);
  if (!lines.length) return undefined;
  const lineHeight = font.size * num(ele.style('line-height'), 1);
  const height = lines.length * lineHeight;
  const top =
    place.block === 'below'
      ? place.y
      : place.block === 'above'
        ? place.y - height
        : place.y - height / 2;
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'label');
  const opacity = num(ele.style('text-opacity'), 1);
  if (opacity < 1) group.setAttribute('opacity', r2(opacity));
  if (place.rotate) {
    group.setAttribute('transform', `rotate(${r2(place.rotate)} ${r2(place.x)} ${r2(place.y)})`);
  }
  const backgroundOpacity = num(ele.style('text-background-opacity'));
  if (backgroundOpacity > 0) {
    const width = Math.max(...lines.map((line) => measureText(line, font.css)));
    const pad = num(ele.style('text-background-padding'));
    const left =
      place.anchor === 'middle'
        ? place.x - width / 2
        : place.anchor === 'end'
          ? place.x - width
          : place.x;
    const box = doc.createElementNS(SVG_NS, 'rect');
    box.setAttribute('x', r2(left - pad));
    box.setAttribute('y', r2(top - pad));
    box.setAttribute('width', r2(width + 2 * pad));
    box.setAttribute('height', r2(height + 2 * pad));
    if (String(ele.style('text-background-shape')).startsWith('round')) box.setAttribute('rx', '2');
    box.setAttribute('fill', String(ele.style('text-background-color')));
    box.setAttribute('fill-opacity', r2(backgroundOpacity));
    group.append(box);
  }
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('text-anchor', place.anchor);
  text.setAttribute('font-family', font.family);
  text.setAttribute('font-size', r2(font.size));
  text.setAttribute('font-weight', font.weight);
  text.setAttribute('fill', String(ele.style('color')));
  const outline = num(ele.style('text-outline-width'));
  if (outline > 0) {
    text.setAttribute('stroke', String(ele.style('text-outline-color')));
    text.setAttribute('stroke-width', r2(outline * 2));
    text.setAttribute('paint-order', 'stroke');
  }
  // Baselines: about 0.8 of the font size below each line's top for common sans-serif fonts.
  if (lines.length === 1) {
    text.setAttribute('x', r2(place.x));
    text.setAttribute('y', r2(top + font.size * 0.8));
    text.textContent = lines[0]!;
  } else {
    lines.forEach((line, index) => {
      const span = doc.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', r2(place.x));
      span.setAttribute('y', r2(top + index * lineHeight + font.size * 0.8));
      span.textContent = line;
      text.append(span);
    });
  }
  group.append(text);
  return group;
}

/** Degrees that turn an edge label along the edge (kept upright), or 0. */
export function edgeLabelRotation(edge: EdgeSingular): number {
  if (String(edge.style('text-rotation')) !== 'autorotate') return 0;
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  let degrees = (Math.atan2(t.y - s.y, t.x - s.x) * 180) / Math.PI;
  if (degrees > 90) degrees -= 180;
  if (degrees < -90) degrees += 180;
  return degrees;
}
