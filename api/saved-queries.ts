/**
 * Saved queries: the query as the API returns it, what a client sends to create or update one,
 * the JSON export file and the import request, and the `{id}` of `/api/queries/{id}` (a saved
 * query's id, or `lib:<name>` for the built-in library, which cannot be changed).
 */
import { Type, type Static } from '@sinclair/typebox';
import { PARAM_TYPES } from '../model/param-types';
import { CypherResult, MAX_CYPHER_LENGTH, TypedParams } from './cypher';
import { Plain, StringEnum } from './schema-kit';

/** A saved query's id: `sq-…` for saved ones, `lib:<name>` for the library. */
export const SAVED_QUERY_ID_PATTERN = '^[A-Za-z0-9][\\w:.-]{0,99}$';

export const SavedQueryPath = Type.Object({
  id: Type.String({
    pattern: SAVED_QUERY_ID_PATTERN,
    description: 'Saved query id, or lib:<name> for the built-in library',
  }),
});

export const ParamSpec = Type.Object({
  name: Type.String({ pattern: '^\\w{1,64}$' }),
  type: StringEnum(PARAM_TYPES),
  default: Type.Optional(Plain('Default value (typed JSON)')),
  description: Type.Optional(Type.String()),
});
export type ParamSpec = Omit<Static<typeof ParamSpec>, 'default'> & { default?: unknown };

const nullableDateTime = Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
  description: 'ISO date-time; null for the built-in library',
});

export const SavedQuery = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  cypher: Type.String(),
  params: Type.Array(ParamSpec),
  tags: Type.Array(Type.String()),
  createdAt: nullableDateTime,
  updatedAt: nullableDateTime,
  version: Type.Integer({ description: 'Starts at 1, grows with every update; 0 for the library' }),
  builtin: Type.Boolean({ description: 'True for the read-only library in cypher/queries/' }),
});
export type SavedQuery = Omit<Static<typeof SavedQuery>, 'params'> & { params: ParamSpec[] };

/**
 * What a client sends to create or update a query. The server trims the texts (and collapses
 * white space in title and description) before checking their lengths, lower-cases and
 * de-duplicates tags, and, when `params` is left out, declares every `$name` in the Cypher.
 */
export const SavedQueryInput = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 5_000 })),
  cypher: Type.String({ minLength: 1, maxLength: MAX_CYPHER_LENGTH }),
  params: Type.Optional(Type.Array(ParamSpec, { maxItems: 50 })),
  tags: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
});
/** What a client sets; the server owns id, dates and version. */
export type SavedQueryInput = Pick<
  SavedQuery,
  'title' | 'description' | 'cypher' | 'params' | 'tags'
>;

export const SavedQueryUpdate = Type.Intersect([
  SavedQueryInput,
  Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you edited' }) }),
]);

export const SavedQueryDeleteQuery = Type.Object({
  version: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Refuse (409) if the query changed since' }),
  ),
});

export const SavedQueryList = Type.Object({
  queries: Type.Array(SavedQuery),
  library: Type.Array(SavedQuery),
  tokenRequired: Type.Boolean(),
});
export type SavedQueryList = Omit<Static<typeof SavedQueryList>, 'queries' | 'library'> & {
  queries: SavedQuery[];
  library: SavedQuery[];
};

export const SavedQueriesExportQuery = Type.Object({
  ids: Type.Optional(Type.String({ description: 'Comma-separated ids to export; default all' })),
  library: Type.Optional(
    Type.String({
      description: '"true" also exports the built-in library; any other value does not',
    }),
  ),
});

export const SavedQueriesExport = Type.Object({
  format: StringEnum(['knowledge-graph-explorer/saved-queries'] as const),
  version: Type.Integer(),
  exportedAt: Type.String({ format: 'date-time' }),
  queries: Type.Array(
    Type.Pick(SavedQuery, ['id', 'title', 'description', 'cypher', 'params', 'tags']),
  ),
});
export type SavedQueriesExport = Static<typeof SavedQueriesExport>;

export const SavedQueriesImport = Type.Object({
  files: Type.Optional(
    Type.Array(Type.Object({ name: Type.Optional(Type.String()), content: Type.String() }), {
      maxItems: 500,
    }),
  ),
  json: Type.Optional(Plain('An export file object or a list of queries')),
});

export const SavedQueriesImported = Type.Object({ created: Type.Array(SavedQuery) });
export type SavedQueriesImported = { created: SavedQuery[] };

export const RunSavedQueryRequest = Type.Object({
  params: Type.Optional(
    TypedParams('Parameter values (typed JSON, or text converted by the declared type)'),
  ),
});

export const RunSavedQueryResult = Type.Intersect([
  CypherResult,
  Type.Object({
    query: Type.Object({ id: Type.String(), title: Type.String(), version: Type.Integer() }),
  }),
]);
export type RunSavedQueryResult = Static<typeof RunSavedQueryResult>;
