/**
 * HTML export: one self-contained file (no network) holding the subgraph as Cytoscape-style
 * elements in a `<script type="application/json">` block and the small viewer of
 * html-viewer.ts. Streamed: page head, then elements one by one, then the viewer. In the
 * embedded JSON every `<` is written `\u003c`, so no value (`</script>`, `<!--`) can end the
 * block early; names reach the page only through textContent.
 */
import type { ExportWriter } from './model';
import { TextSink } from './text-sink';
import { metadata } from './metadata';
import { edgeElement, nodeElement } from './elements-json';
import { NODE_LABELS } from '../../model/graph-document';
import { LABEL_LOOKS } from '../../model/looks';
import { humanTime } from '../../model/human-time';
import { VIEWER_CSS, VIEWER_JS } from './html-viewer';
import { xmlText } from './xml-text';

/** The viewer's colour for each model label: the canvas's (other labels: OTHER_LOOK, in the viewer). */
const PALETTE = Object.fromEntries(NODE_LABELS.map((label) => [label, LABEL_LOOKS[label].color]));
/**
 * Shape, border, base size and plural name per label, so the viewer draws and names them as
 * the canvas does; in the model's order, which the viewer's legend keeps.
 */
const LOOKS = Object.fromEntries(
  NODE_LABELS.map((label) => {
    const { shape, border, plural, size } = LABEL_LOOKS[label];
    return [label, { shape, border, plural, size }];
  }),
);

/** JSON that is safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const htmlWriter: ExportWriter = {
  format: 'html',
  extension: 'html',
  contentType: 'text/html; charset=utf-8',
  async write(graph, out) {
    const sink = new TextSink(out);
    const what = graph.meta.name ? ` (${graph.meta.name})` : '';
    const title = `Graph export${what}, ${humanTime(graph.meta.exportedAt)}`;
    await sink.write(
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n" +
        `<title>${xmlText(title)}</title><style>${VIEWER_CSS}</style></head>\n<body>\n` +
        `<header><h1>${xmlText(title)}</h1><div id="legend"></div><div id="meta"></div></header>\n` +
        '<main><div id="view"><canvas id="canvas"></canvas></div><aside id="details"></aside></main>\n' +
        '<script type="application/json" id="graph-data">' +
        `{"meta":${scriptJson(metadata(graph))},"palette":${scriptJson(PALETTE)},"looks":${scriptJson(LOOKS)},"elements":{"nodes":[`,
    );
    let first = true;
    for await (const node of graph.nodes) {
      const place = graph.layout?.[node.id];
      const element: Record<string, unknown> = nodeElement(node);
      if (place && Number.isFinite(place.x) && Number.isFinite(place.y)) {
        element.position = { x: place.x, y: place.y };
      }
      if (place?.color) element.colour = place.color;
      // The size the canvas drew it at (by degree, betweenness …), so hubs stand out as there.
      if (place?.size !== undefined && Number.isFinite(place.size) && place.size > 0)
        element.size = place.size;
      await sink.write((first ? '\n' : ',\n') + scriptJson(element));
      first = false;
    }
    await sink.write('\n],"edges":[');
    first = true;
    for await (const rel of graph.relationships) {
      await sink.write((first ? '\n' : ',\n') + scriptJson(edgeElement(rel)));
      first = false;
    }
    await sink.write(`\n]}}</script>\n<script>${VIEWER_JS}</script>\n</body></html>\n`);
    await sink.end();
  },
};
