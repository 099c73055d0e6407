/**
 * The Cypher workbench: `POST /api/cypher {query, params}` (read-only run with timeout and
 * caps; the result is elements + table + summary) and `GET /api/cypher/schema` (what the
 * editor completes). Parameters and cells are typed JSON: plain JSON, with
 * `{"$type": "date", "value": "2017-09-14"}` and the like for Neo4j values JSON has no word for.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Elements } from './graph';
import { Nullable, Plain } from './schema-kit';

/** Longest Cypher text accepted by the workbench and in a saved query. */
export const MAX_CYPHER_LENGTH = 100_000;

/** JSON as the workbench sends and receives it (typed JSON). */
export type TypedJson =
  null | boolean | number | string | TypedJson[] | { [key: string]: TypedJson };

/** Parameters by name, typed JSON. */
export const TypedParams = (description: string) =>
  Type.Unsafe<Record<string, TypedJson>>({
    type: 'object',
    additionalProperties: true,
    description,
  });

export const CypherRequest = Type.Object({
  query: Type.String({
    minLength: 1,
    maxLength: MAX_CYPHER_LENGTH,
    pattern: '\\S',
    description: 'One read-only Cypher statement',
  }),
  params: Type.Optional(
    Nullable(
      TypedParams(
        'Typed JSON parameters: integral number → Integer, {"$type":"date","value":"2017-09-14"}, …',
      ),
    ),
  ),
});
export type CypherRequest = Static<typeof CypherRequest>;

export const CypherLimits = Type.Object({
  timeoutMs: Type.Integer(),
  maxRows: Type.Integer(),
  maxElements: Type.Integer(),
});
export type CypherLimits = Static<typeof CypherLimits>;

export const Position = Type.Object({
  line: Type.Integer(),
  column: Type.Integer(),
  offset: Type.Integer(),
});
export type Position = Static<typeof Position>;

export const CypherResult = Type.Object({
  columns: Type.Array(Type.String()),
  rows: Type.Array(Type.Array(Type.Unsafe<TypedJson>(Plain('Typed JSON cell')))),
  elements: Elements,
  summary: Type.Object({
    rows: Type.Integer(),
    nodes: Type.Integer(),
    edges: Type.Integer(),
    truncated: Type.Boolean(),
    truncatedRows: Type.Boolean(),
    truncatedElements: Type.Boolean(),
    timeMs: Type.Number(),
    limits: CypherLimits,
    notifications: Type.Array(
      Type.Object({
        code: Type.String(),
        title: Type.String(),
        description: Type.String(),
        severity: Type.String(),
        position: Type.Optional(Position),
      }),
    ),
  }),
});
export type CypherResult = Static<typeof CypherResult>;

export const CypherSchemaResponse = Type.Object({
  labels: Type.Array(Type.String()),
  relationshipTypes: Type.Array(Type.String()),
  propertyKeys: Type.Array(Type.String()),
  limits: CypherLimits,
});
export type CypherSchemaResponse = Static<typeof CypherSchemaResponse>;
