/**
 * GraphML export, streamed: a typed `<key>` for every property key of nodes and of edges
 * (long, double, boolean, string; lists, dates and other temporals as text, lists as JSON),
 * then nodes and edges with the model ids as GraphML ids. Node labels go in a `labels` key
 * (a JSON array), the relationship type in `label` (as APOC's GraphML export does), so Gephi,
 * yEd and networkx show them. Metadata is in the graph's `<desc>`.
 */
import type { ExportWriter, KeyTypes, PropType } from './model';
import { TextSink } from './text-sink';
import { xmlAttr, xmlText } from './xml-text';
import { metadata } from './metadata';
import { valueText } from './typed-values';

const GRAPHML_TYPES: Partial<Record<PropType, string>> = {
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

interface KeyDecl {
  id: string;
  type: PropType;
}

/** `labels`, or `_labels` etc. when a property already has that name. */
export function freeName(name: string, keys: KeyTypes): string {
  let free = name;
  while (keys.has(free)) free = `_${free}`;
  return free;
}

function declareKeys(keys: KeyTypes, prefix: string): Map<string, KeyDecl> {
  const decls = new Map<string, KeyDecl>();
  let index = 0;
  for (const [name, type] of [...keys].sort(([a], [b]) => (a < b ? -1 : 1))) {
    decls.set(name, { id: `${prefix}${index++}`, type });
  }
  return decls;
}

function keyLine(id: string, domain: string, name: string, type: PropType): string {
  const graphmlType = GRAPHML_TYPES[type] ?? 'string';
  const note = type !== graphmlType ? `<desc>${xmlText(type)}</desc>` : '';
  return `  <key id="${id}" for="${domain}" attr.name="${xmlAttr(name)}" attr.type="${graphmlType}">${note}</key>\n`;
}

function dataLines(properties: Record<string, unknown>, decls: Map<string, KeyDecl>): string {
  let out = '';
  for (const [name, value] of Object.entries(properties)) {
    const decl = decls.get(name);
    if (!decl || value === null || value === undefined) continue;
    out += `<data key="${decl.id}">${xmlText(valueText(value))}</data>`;
  }
  return out;
}

export const graphmlWriter: ExportWriter = {
  format: 'graphml',
  extension: 'graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  async write(graph, out) {
    const sink = new TextSink(out);
    const nodeKeys = declareKeys(graph.schema.nodeKeys, 'n');
    const edgeKeys = declareKeys(graph.schema.relKeys, 'e');
    const labelsName = freeName('labels', graph.schema.nodeKeys);
    const typeName = freeName('label', graph.schema.relKeys);
    await sink.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
        `  <desc>${xmlText(JSON.stringify(metadata(graph)))}</desc>\n` +
        `  <key id="labels" for="node" attr.name="${xmlAttr(labelsName)}" attr.type="string"/>\n` +
        `  <key id="label" for="edge" attr.name="${xmlAttr(typeName)}" attr.type="string"/>\n`,
    );
    for (const [name, decl] of nodeKeys)
      await sink.write(keyLine(decl.id, 'node', name, decl.type));
    for (const [name, decl] of edgeKeys)
      await sink.write(keyLine(decl.id, 'edge', name, decl.type));
    await sink.write('  <graph id="G" edgedefault="directed">\n');
    for await (const node of graph.nodes) {
      await sink.write(
        `    <node id="${xmlAttr(node.id)}"><data key="labels">${xmlText(JSON.stringify(node.labels))}</data>` +
          `${dataLines(node.properties, nodeKeys)}</node>\n`,
      );
    }
    for await (const rel of graph.relationships) {
      await sink.write(
        `    <edge id="${xmlAttr(rel.id)}" source="${xmlAttr(rel.start)}" target="${xmlAttr(rel.end)}">` +
          `<data key="label">${xmlText(rel.type)}</data>${dataLines(rel.properties, edgeKeys)}</edge>\n`,
      );
    }
    await sink.write('  </graph>\n</graphml>\n');
    await sink.end();
  },
};
