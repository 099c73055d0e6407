/**
 * `POST /api/export`: what to export (node ids and a neighbourhood, or a read-only query) and
 * how (format, file name, canvas layout, spreadsheet formula guard). The answer is a file
 * streamed in the format's media type, not JSON.
 */
import { Type, type Static } from '@sinclair/typebox';
import { TypedParams } from './cypher';
import { StringEnum, withDefault } from './schema-kit';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media type of each format's file. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'application/zip',
  cypher: 'application/x-cypher-query',
  html: 'text/html',
};

export const ExportRequest = Type.Object(
  {
    format: StringEnum(EXPORT_FORMATS),
    hops: withDefault(
      Type.Integer({
        minimum: 0,
        maximum: 3,
        description: 'Neighbourhood of the nodes to add, in hops',
      }),
      0,
    ),
    nodeIds: Type.Optional(
      Type.Array(Type.String(), { minItems: 1, maxItems: 50_000, description: 'Nodes to export' }),
    ),
    edgeIds: Type.Optional(
      Type.Array(Type.String(), {
        maxItems: 1_000_000,
        description:
          'With nodeIds and hops 0: only these relationships among the nodes (the ones drawn), by the ids the API gives them',
      }),
    ),
    query: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 20_000,
        pattern: '\\S',
        description: 'Read-only Cypher',
      }),
    ),
    params: Type.Optional(TypedParams('Typed JSON parameters of query')),
    name: Type.Optional(Type.String({ description: 'Goes into the file name' })),
    layout: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), { description: '{nodeId: {x, y, color, size}}' }),
    ),
    formulaGuard: withDefault(
      Type.Boolean({ description: 'Prefix spreadsheet formulas in CSV cells' }),
      true,
    ),
  },
  {
    description: 'give either nodeIds (a list of node ids) or query (read-only Cypher), not both',
    oneOf: [{ required: ['nodeIds'] }, { required: ['query'] }],
  },
);
export type ExportRequestBody = Static<typeof ExportRequest>;
/** A node's place and look on the canvas, by node id. */
export type ExportLayout = Record<
  string,
  { x?: number; y?: number; color?: string; size?: number }
>;
