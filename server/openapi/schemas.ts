/**
 * Reusable pieces of the OpenAPI 3.0 document: small schema builders, the component schemas
 * shared by several endpoints (errors, graph elements, provenance, saved queries, the Cypher
 * result) and the error responses by status. Kept apart from the path definitions so each
 * area's file reads as a list of endpoints. Schemas describe what the server really sends;
 * the contract types they mirror are in server/explorer/types.ts and the route modules.
 */
import { PARAM_TYPES } from '../../platform/cypher/loader';
import { NODE_LABELS } from '../../model/graph-document';

export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
export const nstr = (extra: Schema = {}): Schema => ({ type: 'string', nullable: true, ...extra });
export const int = (extra: Schema = {}): Schema => ({ type: 'integer', ...extra });
export const num = (extra: Schema = {}): Schema => ({ type: 'number', ...extra });
export const nnum = (): Schema => ({ type: 'number', nullable: true });
export const bool = (): Schema => ({ type: 'boolean' });
export const arr = (items: Schema, extra: Schema = {}): Schema => ({
  type: 'array',
  items,
  ...extra,
});
/** Any JSON value (converted Neo4j properties, typed-JSON cells). */
export const anyValue = (description?: string): Schema => (description ? { description } : {});

/** An object; every listed property is required unless named in `optional`. */
export function obj(
  properties: Record<string, Schema>,
  optional: string[] = [],
  extra: Schema = {},
): Schema {
  const required = Object.keys(properties).filter((key) => !optional.includes(key));
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    ...extra,
  };
}

export const ISO_DATE = str({ format: 'date', example: '2017-09-14' });
export const NULLABLE_DATE = nstr({ format: 'date' });

export const componentSchemas: Record<string, Schema> = {
  Error: obj({
    error: obj(
      {
        code: str({
          description:
            'invalid_argument (400), unauthorized (401), read_only (403), not_found (404), method_not_allowed (405), conflict (409), payload_too_large (413), rate_limited (429), internal (500), unavailable (503), timeout (504)',
          example: 'invalid_argument',
        }),
        message: str({
          description: 'Names the operation, quotes the bad value and says how to fix it.',
        }),
        details: {
          type: 'object',
          description:
            'For explorer 400s: {parameter, value, allowed?, min?, max?, maxLength?}; for explorer 404s: {id, parameter}; for Cypher errors: {neo4jCode, position?}; for 409: the current saved query.',
        },
      },
      ['details'],
    ),
  }),
  NodeData: obj(
    {
      id: str({ description: 'Model id, e.g. person:rama-yade' }),
      label: str({ description: 'Most specific model label' }),
      labels: arr(str()),
      name: str({ description: 'Display name: name, title, text (cut) or id' }),
    },
    [],
    {
      additionalProperties: true,
      description: 'Cytoscape node data: every stored property, converted to JSON',
    },
  ),
  EdgeData: obj(
    {
      id: str(),
      source: str({ description: 'Start node id (Cytoscape)' }),
      target: str({ description: 'End node id' }),
      type: str(),
    },
    [],
    {
      additionalProperties: true,
      description:
        'Cytoscape edge data: every stored property; the provenance article id is `article`',
    },
  ),
  Elements: obj({
    nodes: arr(obj({ data: ref('NodeData') })),
    edges: arr(obj({ data: ref('EdgeData') })),
  }),
  Provenance: obj({
    article: nstr({ description: 'Article id' }),
    articleTitle: nstr(),
    evidence: nstr({ description: 'Verbatim sentence or snippet' }),
    evidenceStart: { type: 'integer', nullable: true },
    evidenceEnd: { type: 'integer', nullable: true },
    method: nstr({ description: 'pattern, ner or curation' }),
    confidence: nnum(),
  }),
  NodeRef: obj({ id: str(), label: str(), name: str() }),
  EventRef: obj({
    id: str(),
    label: str(),
    name: str(),
    kind: nstr(),
    date: NULLABLE_DATE,
    city: nstr(),
  }),
  Link: obj({
    node: {
      allOf: [ref('NodeRef')],
      description: 'The node at the other end (EventRef / ArticleRef fields for those labels)',
    },
    relationship: str({ description: 'Relationship id' }),
    type: str(),
    role: nstr(),
    provenance: ref('Provenance'),
  }),
  ClaimSummary: obj({
    id: str(),
    text: str(),
    quote: nstr(),
    topics: arr(str()),
    claimedBy: arr(ref('Link')),
    event: { allOf: [ref('Link')], nullable: true },
    reportedIn: arr(ref('Link')),
    asserts: arr(ref('Link')),
    date: NULLABLE_DATE,
  }),
  ClaimWithAbout: {
    allOf: [ref('ClaimSummary'), obj({ about: ref('Link') })],
  },
  DegreeEntry: obj({ type: str(), direction: str({ enum: ['out', 'in'] }), count: int() }),
  ParamSpec: obj(
    {
      name: str({ pattern: '^\\w{1,64}$' }),
      type: str({ enum: [...PARAM_TYPES] }),
      default: anyValue('Default value (typed JSON)'),
      description: str(),
    },
    ['default', 'description'],
  ),
  SavedQuery: obj({
    id: str(),
    title: str(),
    description: str(),
    cypher: str(),
    params: arr(ref('ParamSpec')),
    tags: arr(str()),
    createdAt: nstr({ format: 'date-time' }),
    updatedAt: nstr({ format: 'date-time' }),
    version: int(),
    builtin: bool(),
  }),
  SavedQueryInput: obj(
    {
      title: str({ maxLength: 200 }),
      description: str(),
      cypher: str(),
      params: arr(ref('ParamSpec')),
      tags: arr(str()),
    },
    ['description', 'params', 'tags'],
  ),
  CypherLimits: obj({ timeoutMs: int(), maxRows: int(), maxElements: int() }),
  CypherResult: obj({
    columns: arr(str()),
    rows: arr(arr(anyValue('Typed JSON cell'))),
    elements: ref('Elements'),
    summary: obj({
      rows: int(),
      nodes: int(),
      edges: int(),
      truncated: bool(),
      truncatedRows: bool(),
      truncatedElements: bool(),
      timeMs: num(),
      limits: ref('CypherLimits'),
      notifications: arr(
        obj(
          {
            code: str(),
            title: str(),
            description: str(),
            severity: str(),
            position: obj({ line: int(), column: int(), offset: int() }),
          },
          ['position'],
        ),
      ),
    }),
  }),
  SavedQueriesExport: obj({
    format: str({ enum: ['knowledge-graph-explorer/saved-queries'] }),
    version: int(),
    exportedAt: str({ format: 'date-time' }),
    queries: arr(
      obj({
        id: str(),
        title: str(),
        description: str(),
        cypher: str(),
        params: arr(ref('ParamSpec')),
        tags: arr(str()),
      }),
    ),
  }),
  NodeLabel: str({ enum: [...NODE_LABELS] }),
};

const errorResponse = (description: string): Schema => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

export const componentResponses: Record<string, Schema> = {
  BadRequest: errorResponse(
    'invalid_argument: a parameter or body is malformed, out of range or unknown (the message names it), or the URL exceeds the request limits (path 2048 characters, 50 query parameters, 2000 characters per value)',
  ),
  Unauthorized: errorResponse(
    'unauthorized: APP_TOKEN is set and the bearer token is missing or wrong',
  ),
  ReadOnly: errorResponse(
    'read_only: the query tried to write or administer, or the saved query is in the built-in library',
  ),
  NotFound: errorResponse('not_found: no such node, article or saved query (the id is quoted)'),
  Conflict: errorResponse('conflict: a stale version; details hold the current saved query'),
  PayloadTooLarge: errorResponse('payload_too_large: the body or the export is too large'),
  UnsupportedMediaType: errorResponse('the body has an unsupported charset or encoding'),
  RateLimited: errorResponse('rate_limited: RATE_LIMIT_PER_MIN reached; see Retry-After'),
  Unavailable: errorResponse(
    'unavailable: Neo4j does not answer, or is busy (no connection came free within 10 s, NEO4J_MAX_CONNECTIONS); retry after Retry-After',
  ),
  Timeout: errorResponse('timeout: the query ran longer than CYPHER_TIMEOUT_MS'),
};

const STATUS_RESPONSE: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'ReadOnly',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  429: 'RateLimited',
  503: 'Unavailable',
  504: 'Timeout',
};

/** `{"400": {$ref…}, "503": {$ref…}}` for the given statuses. */
export function errors(...statuses: number[]): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const status of statuses)
    out[String(status)] = { $ref: `#/components/responses/${STATUS_RESPONSE[status]}` };
  return out;
}

export function jsonResponse(description: string, schema: Schema): Schema {
  return { description, content: { 'application/json': { schema } } };
}

export function queryParam(
  name: string,
  schema: Schema,
  description: string,
  required = false,
): Schema {
  return { name, in: 'query', required, description, schema };
}

export function pathId(
  description: string,
  schema: Schema = str({ minLength: 1, maxLength: 300 }),
): Schema {
  return { name: 'id', in: 'path', required: true, description, schema };
}

export function jsonBody(schema: Schema, description: string, required = true): Schema {
  return { required, description, content: { 'application/json': { schema } } };
}
