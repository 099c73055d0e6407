/**
 * SVG export of the canvas as true vectors, written from Cytoscape's computed geometry and
 * styles rather than by replaying canvas calls: each edge a path (straight, bezier or
 * segments) with its arrow, each node a path in its shape with its label as `<text>`, and the
 * legend below the graph. The document is built with DOM calls and serialised by
 * XMLSerializer, so names reach it only as text nodes and escaped attributes; characters XML
 * cannot hold become U+FFFD. Not a general Cytoscape renderer: images, gradients, compound
 * nodes and label backgrounds are not drawn.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { LegendEntry } from './context';
import { layoutLegend, measureText, svgLegend } from './legend';
import { shapePath } from './shapes';
import { edgeLabelRotation, num, r2, svgLabel, xmlSafe } from './svg-labels';

export { xmlSafe };

const SVG_NS = 'http://www.w3.org/2000/svg';
const FULL_PADDING = 20;

export interface SvgOptions {
  /** The whole graph (true) or what the viewport shows (false). */
  full: boolean;
  legend: LegendEntry[];
  /** A source line under the legend, when wanted. */
  caption?: string;
  /** Goes into the document's `<title>`. */
  title: string;
  /** Goes into `<desc>` (what was exported, when). */
  description: string;
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, typeof value === 'number' ? r2(value) : value);
  }
  return element;
}

function edgePath(edge: EdgeSingular): { d: string; from: Point; to: Point } {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const curve = String(edge.style('curve-style'));
  const segments = curve === 'segments' ? edge.segmentPoints() : undefined;
  if (segments?.length) {
    const points = [s, ...segments, t];
    return {
      d: points.map((p, i) => `${i ? 'L' : 'M'}${r2(p.x)},${r2(p.y)}`).join(''),
      from: points[points.length - 2]!,
      to: t,
    };
  }
  const controls = curve === 'haystack' || curve === 'straight' ? undefined : edge.controlPoints();
  if (controls?.length) {
    // Cytoscape chains quadratic curves through the midpoints of successive control points.
    let d = `M${r2(s.x)},${r2(s.y)}`;
    controls.forEach((c, i) => {
      const next = controls[i + 1];
      const end = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : t;
      d += `Q${r2(c.x)},${r2(c.y)} ${r2(end.x)},${r2(end.y)}`;
    });
    return { d, from: controls[controls.length - 1]!, to: t };
  }
  return { d: `M${r2(s.x)},${r2(s.y)}L${r2(t.x)},${r2(t.y)}`, from: s, to: t };
}

interface Point {
  x: number;
  y: number;
}

function edgeElement(doc: Document, edge: EdgeSingular, zoom: number): SVGGElement {
  const group = svgEl(doc, 'g', { class: 'edge' });
  const opacity = num(edge.style('opacity'), 1);
  if (opacity < 1) group.setAttribute('opacity', r2(opacity));
  const width = num(edge.style('width'), 1);
  const colour = String(edge.style('line-color'));
  const { d, from, to } = edgePath(edge);
  const line = svgEl(doc, 'path', { d, fill: 'none', stroke: colour, 'stroke-width': width });
  const lineStyle = String(edge.style('line-style'));
  if (lineStyle === 'dashed')
    line.setAttribute('stroke-dasharray', `${r2(width * 3)} ${r2(width * 3)}`);
  if (lineStyle === 'dotted')
    line.setAttribute('stroke-dasharray', `${r2(width)} ${r2(width * 2)}`);
  group.append(line);
  if (String(edge.style('target-arrow-shape')) !== 'none') {
    // Cytoscape's arrow size for this width (arrow-scale 1), its triangle 0.3 long, 0.3 wide.
    const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * num(edge.style('arrow-scale'), 1);
    const angle = Math.atan2(to.y - from.y, to.x - from.x);
    const back = { x: to.x - Math.cos(angle) * size * 0.3, y: to.y - Math.sin(angle) * size * 0.3 };
    const nx = -Math.sin(angle) * size * 0.15;
    const ny = Math.cos(angle) * size * 0.15;
    group.append(
      svgEl(doc, 'path', {
        d: `M${r2(to.x)},${r2(to.y)}L${r2(back.x + nx)},${r2(back.y + ny)}L${r2(back.x - nx)},${r2(back.y - ny)}Z`,
        fill: String(edge.style('target-arrow-color')),
        class: 'arrow',
      }),
    );
  }
  const mid = edge.midpoint();
  const label = svgLabel(
    doc,
    edge,
    { x: mid.x, y: mid.y, anchor: 'middle', block: 'center', rotate: edgeLabelRotation(edge) },
    zoom,
  );
  if (label) group.append(label);
  return group;
}

function nodeElement(doc: Document, node: NodeSingular, zoom: number): SVGGElement {
  const group = svgEl(doc, 'g', { class: 'node' });
  group.setAttribute('data-id', xmlSafe(node.id()));
  // The whole name as a tooltip: the drawn label may be cut with an ellipsis, as on the canvas.
  const name = node.data('name') as unknown;
  if (typeof name === 'string' && name) {
    const title = svgEl(doc, 'title', {});
    title.textContent = xmlSafe(name);
    group.append(title);
  }
  const opacity = num(node.style('opacity'), 1);
  if (opacity < 1) group.setAttribute('opacity', r2(opacity));
  const { x, y } = node.position();
  const border = num(node.style('border-width'));
  // The drawn body: width/height plus padding, without the border (stroked on its edge).
  const w = node.outerWidth() - border;
  const h = node.outerHeight() - border;
  const shape = svgEl(doc, 'path', {
    d: shapePath(String(node.style('shape')), x, y, w, h),
    fill: String(node.style('background-color')),
  });
  const fillOpacity = num(node.style('background-opacity'), 1);
  if (fillOpacity < 1) shape.setAttribute('fill-opacity', r2(fillOpacity));
  if (border > 0) {
    shape.setAttribute('stroke', String(node.style('border-color')));
    shape.setAttribute('stroke-width', r2(border));
    const style = String(node.style('border-style'));
    if (style === 'dashed')
      shape.setAttribute('stroke-dasharray', `${r2(border * 3)} ${r2(border * 2)}`);
    if (style === 'dotted') shape.setAttribute('stroke-dasharray', `${r2(border)} ${r2(border)}`);
  }
  group.append(shape);
  const valign = String(node.style('text-valign'));
  const halign = String(node.style('text-halign'));
  const mx = num(node.style('text-margin-x'));
  const my = num(node.style('text-margin-y'));
  const outer = { w: node.outerWidth() / 2, h: node.outerHeight() / 2 };
  const label = svgLabel(
    doc,
    node,
    {
      x: halign === 'left' ? x - outer.w + mx : halign === 'right' ? x + outer.w + mx : x + mx,
      y: valign === 'bottom' ? y + outer.h + my : valign === 'top' ? y - outer.h + my : y + my,
      anchor: halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle',
      block: valign === 'bottom' ? 'below' : valign === 'top' ? 'above' : 'center',
    },
    zoom,
  );
  if (label) group.append(label);
  return group;
}

/** The canvas as an SVG document (text), the legend under the graph. */
export function renderSvg(
  cy: Core,
  options: SvgOptions,
): { svg: string; width: number; height: number } {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const visible = cy.elements(':visible');
  let width: number;
  let height: number;
  let transform: string;
  // Labels Cytoscape hides below min-zoomed-font-size: judged at the zoom of the picture.
  const zoom = options.full ? 1 : cy.zoom();
  if (options.full) {
    const bb = visible.boundingBox({ includeLabels: true, includeOverlays: false });
    const empty = !Number.isFinite(bb.w) || visible.empty();
    width = Math.ceil((empty ? 0 : bb.w) + 2 * FULL_PADDING);
    height = Math.ceil((empty ? 0 : bb.h) + 2 * FULL_PADDING);
    transform = `translate(${r2(FULL_PADDING - (empty ? 0 : bb.x1))},${r2(FULL_PADDING - (empty ? 0 : bb.y1))})`;
  } else {
    width = Math.ceil(cy.width());
    height = Math.ceil(cy.height());
    const pan = cy.pan();
    transform = `translate(${r2(pan.x)},${r2(pan.y)}) scale(${cy.zoom()})`;
  }
  const legend = layoutLegend(options.legend, width, (text) => measureText(text), options.caption);
  const total = height + legend.height;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  const title = svgEl(doc, 'title', {});
  title.textContent = xmlSafe(options.title);
  const desc = svgEl(doc, 'desc', {});
  desc.textContent = xmlSafe(options.description);
  root.append(title, desc, svgEl(doc, 'rect', { width, height: total, fill: '#ffffff' }));
  const clip = svgEl(doc, 'clipPath', { id: 'graph-area' });
  clip.append(svgEl(doc, 'rect', { width, height }));
  const frame = svgEl(doc, 'g', { 'clip-path': 'url(#graph-area)' });
  const graph = svgEl(doc, 'g', { class: 'graph', transform });
  // A viewport picture leaves out what lies wholly outside the viewport.
  const extent = cy.extent();
  const shown = options.full
    ? visible
    : visible.filter((ele) => {
        const bb = ele.boundingBox({ includeLabels: true });
        return bb.x2 >= extent.x1 && bb.x1 <= extent.x2 && bb.y2 >= extent.y1 && bb.y1 <= extent.y2;
      });
  shown.edges().forEach((edge) => void graph.append(edgeElement(doc, edge, zoom)));
  shown.nodes().forEach((node) => void graph.append(nodeElement(doc, node, zoom)));
  frame.append(graph);
  root.append(svgEl(doc, 'defs', {}), frame);
  root.querySelector('defs')!.append(clip);
  if (legend.items.length || legend.caption) root.append(svgLegend(doc, legend, height, width));
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
  return { svg, width, height: total };
}
