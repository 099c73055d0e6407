/**
 * `POST /api/export`: what to export (node ids and a neighbourhood, or a read-only query) and
 * how (format, file name, canvas layout, spreadsheet formula guard). The answer is a file
 * streamed in the format's media type, not JSON.
 */
import { Type, type Static } from '@sinclair/typebox';
import { TypedParams } from './cypher';
import { StringEnum } from './schema-kit';

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
    hops: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 3,
        default: 0,
        description: 'Neighbourhood of the nodes to add, in hops',
      }),
    ),
    nodeIds: Type.Optional(
      Type.Array(Type.String(), { minItems: 1, maxItems: 50_000, description: 'Nodes to export' }),
    ),
    query: Type.Optional(
      Type.String({ minLength: 1, maxLength: 20_000, description: 'Read-only Cypher' }),
    ),
    params: Type.Optional(TypedParams('Typed JSON parameters of query')),
    name: Type.Optional(Type.String({ description: 'Goes into the file name' })),
    layout: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), { description: '{nodeId: {x, y, color, size}}' }),
    ),
    formulaGuard: Type.Optional(
      Type.Boolean({ description: 'Prefix spreadsheet formulas in CSV cells (default true)' }),
    ),
  },
  {
    description: 'Give exactly one of nodeIds and query',
    oneOf: [{ required: ['nodeIds'] }, { required: ['query'] }],
  },
);
export type ExportRequestBody = Static<typeof ExportRequest>;
