/**
 * The contract between the export source and the format writers: a subgraph as a stream of
 * nodes, then a stream of relationships, plus what is known before the first element (the
 * schema: every property key with its type, every label and type, the counts) and the export's
 * metadata. Writers get only this; they never touch Neo4j. Property values stay driver values
 * (neo4j Integer, Date, …) so each writer can keep the types its format can carry.
 */
import type { Writable } from 'node:stream';

/** A property's type, in neo4j-admin import vocabulary; lists end with `[]`. */
export type ScalarType =
  | 'string'
  | 'long'
  | 'double'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'localdatetime'
  | 'time'
  | 'localtime'
  | 'duration'
  | 'point';
export type PropType = ScalarType | `${ScalarType}[]`;

export interface ExportNode {
  /** The model's string id (or `neo4j-element:<elementId>` for nodes without one). */
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportRel {
  /** The `id` property, or `TYPE:start->end` for relationships without one. */
  id: string;
  type: string;
  start: string;
  end: string;
  /** Start and end nodes' primary labels ('' for none): importers MATCH on them to use the id index. */
  startLabel: string;
  endLabel: string;
  properties: Record<string, unknown>;
}

/** Every property key of the nodes (or relationships) with one type for the whole column. */
export type KeyTypes = Map<string, PropType>;

export interface GraphSchema {
  nodeKeys: KeyTypes;
  relKeys: KeyTypes;
  labels: string[];
  types: string[];
  /** Keys whose values differ in type across elements: written as text where a format needs one type. */
  mixedKeys: string[];
  nodeCount: number;
  relCount: number;
}

export interface ExportSourceInfo {
  kind: 'nodeIds' | 'query';
  nodeIds?: string[];
  /** With node ids and no hops: only these relationships (the canvas's, by API id). */
  edgeIds?: string[];
  query?: string;
  params?: Record<string, unknown>;
  hops: number;
}

export interface ExportMeta {
  format: string;
  /** ISO time of the export. */
  exportedAt: string;
  /** What was exported: e.g. "selection", "canvas", "query". */
  name?: string;
  source: ExportSourceInfo;
  generator: string;
}

/** Canvas positions and colours by node id, sent by the client for GEXF and HTML. */
export type Layout = Record<string, { x?: number; y?: number; color?: string; size?: number }>;

export interface ExportGraph {
  meta: ExportMeta;
  schema: GraphSchema;
  layout?: Layout;
  /** Must be consumed before `relationships` (both read the same transaction in order). */
  nodes: AsyncIterable<ExportNode>;
  relationships: AsyncIterable<ExportRel>;
  options: ExportOptions;
}

export interface ExportOptions {
  /** CSV: prefix cells that a spreadsheet would run as a formula (default true). */
  formulaGuard: boolean;
}

export interface ExportWriter {
  format: string;
  /** File extension without the dot, e.g. `graphml`, `csv.zip`. */
  extension: string;
  contentType: string;
  write(graph: ExportGraph, out: Writable): Promise<void>;
}
