/**
 * PNG export at a chosen scale (1×, 2×, 4× the canvas's CSS pixels, independent of the
 * screen's pixel ratio), of the whole graph or the viewport, with the legend drawn under the
 * graph: Cytoscape renders the graph off screen (`cy.png`), then a 2D canvas composites the
 * legend. Sizes beyond the screen are the point; only the browser's canvas limits bound them,
 * and the scale is reduced to fit those (reported in `scale`).
 */
import type { Core } from 'cytoscape';
import type { LegendEntry } from './context';
import { drawLegend, layoutLegend, measureText } from './legend';

/** Chromium's limits for one canvas: 32,767 px a side, 268 M pixels; kept well inside. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 120_000_000;

export interface PngOptions {
  full: boolean;
  scale: number;
  legend: LegendEntry[];
  /** A source line under the legend, when wanted. */
  caption?: string;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale used: lower than asked when the image would exceed the canvas limits. */
  scale: number;
}

/** The graph's size in CSS pixels at scale 1, legend excluded. */
function baseSize(cy: Core, full: boolean): { width: number; height: number } {
  if (!full) return { width: cy.width(), height: cy.height() };
  const bb = cy.elements().boundingBox();
  return cy.elements().empty()
    ? { width: 1, height: 1 }
    : { width: Math.ceil(bb.w), height: Math.ceil(bb.h) };
}

export async function renderPng(cy: Core, options: PngOptions): Promise<PngResult> {
  const size = baseSize(cy, options.full);
  const legendLayout = layoutLegend(
    options.legend,
    size.width,
    (text) => measureText(text),
    options.caption,
  );
  const totalHeight = size.height + legendLayout.height;
  let scale = Math.min(
    options.scale,
    MAX_SIDE / size.width,
    MAX_SIDE / totalHeight,
    Math.sqrt(MAX_PIXELS / (size.width * totalHeight)),
  );
  scale = Math.max(scale, 0.05);
  // cy.png multiplies by the screen's pixel ratio when given a scale: divide it back out.
  const ratio = window.devicePixelRatio || 1;
  const graphBlob = await cy.png({
    full: options.full,
    scale: scale / ratio,
    bg: '#ffffff',
    output: 'blob-promise',
  });
  const bitmap = await createImageBitmap(graphBlob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height + Math.round(legendLayout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('png: this browser gave no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0);
  const graphHeight = bitmap.height;
  bitmap.close();
  ctx.scale(scale, scale);
  drawLegend(ctx, legendLayout, graphHeight / scale, canvas.width / scale);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) =>
        result ? resolve(result) : reject(new Error('png: the image is too large to encode')),
      'image/png',
    ),
  );
  return { blob, width: canvas.width, height: canvas.height, scale };
}
