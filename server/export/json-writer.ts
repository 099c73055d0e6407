/**
 * JSON export: `{meta, elements: {nodes, edges}}` with Cytoscape element data carrying every
 * property (dates as ISO strings, big integers as strings), streamed element by element, with
 * canvas positions when the client sends its layout. The client's import reads it back
 * (client/src/export/json-import.ts), positions included.
 */
import type { ExportWriter } from './model';
import { TextSink } from './text-sink';
import { metadata } from './metadata';
import { edgeElement, nodeElement } from './elements-json';

export const jsonWriter: ExportWriter = {
  format: 'json',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  async write(graph, out) {
    const sink = new TextSink(out);
    await sink.write(`{"meta":${JSON.stringify(metadata(graph))},\n"elements":{"nodes":[`);
    let first = true;
    for await (const node of graph.nodes) {
      const element: Record<string, unknown> = nodeElement(node);
      const place = graph.layout?.[node.id];
      if (place && Number.isFinite(place.x) && Number.isFinite(place.y)) {
        element.position = { x: place.x, y: place.y };
      }
      await sink.write((first ? '\n' : ',\n') + JSON.stringify(element));
      first = false;
    }
    await sink.write('\n],"edges":[');
    first = true;
    for await (const rel of graph.relationships) {
      await sink.write((first ? '\n' : ',\n') + JSON.stringify(edgeElement(rel)));
      first = false;
    }
    await sink.write('\n]}}\n');
    await sink.end();
  },
};
