/**
 * GEXF 1.3 export, streamed and written here rather than with graphology-gexf, which builds
 * the whole document from an in-memory graph. Typed attribute declarations (long, double,
 * boolean, string; lists as JSON, dates as text) for nodes and edges; node labels are display
 * names, with the Neo4j labels in a `labels` attribute; edge labels are relationship types;
 * `viz:color`, `viz:position` and `viz:size` come from the canvas when the client sends its
 * layout, else the label's colour on the canvas (model/looks.ts). Metadata in `<meta><description>`.
 */
import type { ExportWriter, KeyTypes, PropType } from './model';
import { TextSink } from './text-sink';
import { xmlAttr, xmlText } from './xml-text';
import { metadata } from './metadata';
import { valueText } from './typed-values';
import { freeName } from './graphml-writer';
import { displayName } from '../../model/display-name';
import { primaryLabel } from '../../model/labels';
import { lookOf } from '../../model/looks';
import { plainProperties } from '../../platform/neo4j/values';
import { parseColour } from './parse-colour';

const GEXF_TYPES: Partial<Record<PropType, string>> = {
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

function declare(keys: KeyTypes, prefix: string): Map<string, { id: string; type: PropType }> {
  const decls = new Map<string, { id: string; type: PropType }>();
  let index = 0;
  for (const [name, type] of [...keys].sort(([a], [b]) => (a < b ? -1 : 1))) {
    decls.set(name, { id: `${prefix}${index++}`, type });
  }
  return decls;
}

function attvalues(
  properties: Record<string, unknown>,
  decls: Map<string, { id: string }>,
  extra: string,
): string {
  let out = extra;
  for (const [name, value] of Object.entries(properties)) {
    const decl = decls.get(name);
    if (!decl || value === null || value === undefined) continue;
    out += `<attvalue for="${decl.id}" value="${xmlAttr(valueText(value))}"/>`;
  }
  return `<attvalues>${out}</attvalues>`;
}

function finite(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

export const gexfWriter: ExportWriter = {
  format: 'gexf',
  extension: 'gexf',
  contentType: 'application/gexf+xml; charset=utf-8',
  async write(graph, out) {
    const sink = new TextSink(out);
    const nodeDecls = declare(graph.schema.nodeKeys, 'n');
    const edgeDecls = declare(graph.schema.relKeys, 'e');
    // networkx and Gephi treat `label` as the element's own label: keep clear of it.
    const reserved = new Map<string, PropType>([...graph.schema.nodeKeys, ['label', 'string']]);
    const labelsName = freeName('labels', reserved);
    const attribute = (id: string, name: string, type: PropType) =>
      `<attribute id="${id}" title="${xmlAttr(name)}" type="${GEXF_TYPES[type] ?? 'string'}"/>`;
    let header =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta lastmodifieddate="${graph.meta.exportedAt.slice(0, 10)}"><creator>${xmlText(graph.meta.generator)}</creator>` +
      `<description>${xmlText(JSON.stringify(metadata(graph)))}</description></meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      `    <attributes class="node" mode="static">${attribute('labels', labelsName, 'string')}`;
    for (const [name, decl] of nodeDecls) header += attribute(decl.id, name, decl.type);
    header += '</attributes>\n    <attributes class="edge" mode="static">';
    for (const [name, decl] of edgeDecls) header += attribute(decl.id, name, decl.type);
    header += '</attributes>\n    <nodes>\n';
    await sink.write(header);

    for await (const node of graph.nodes) {
      const place = graph.layout?.[node.id];
      const label = displayName(plainProperties(node.properties), node.id);
      const [r, g, b] =
        parseColour(place?.color) ?? parseColour(lookOf(primaryLabel(node.labels)).color)!;
      let viz = `<viz:color r="${r}" g="${g}" b="${b}"/>`;
      if (place && finite(place.x) && finite(place.y)) {
        viz += `<viz:position x="${place.x}" y="${-place.y}" z="0.0"/>`;
      }
      if (place && finite(place.size)) viz += `<viz:size value="${place.size}"/>`;
      const labels = `<attvalue for="labels" value="${xmlAttr(JSON.stringify(node.labels))}"/>`;
      await sink.write(
        `      <node id="${xmlAttr(node.id)}" label="${xmlAttr(label)}">` +
          `${attvalues(node.properties, nodeDecls, labels)}${viz}</node>\n`,
      );
    }
    await sink.write('    </nodes>\n    <edges>\n');
    for await (const rel of graph.relationships) {
      await sink.write(
        `      <edge id="${xmlAttr(rel.id)}" source="${xmlAttr(rel.start)}" target="${xmlAttr(rel.end)}" label="${xmlAttr(rel.type)}">` +
          `${attvalues(rel.properties, edgeDecls, '')}</edge>\n`,
      );
    }
    await sink.write('    </edges>\n  </graph>\n</gexf>\n');
    await sink.end();
  },
};
