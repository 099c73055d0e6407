/**
 * What the OpenAPI document shares between operations: the api/ schemas written once under
 * `components.schemas` (and referenced by `$ref` wherever they appear), and the error
 * responses by status, all with the one error body.
 */
import { ApiErrorBody } from '../../api/errors';
import {
  ArticleLink,
  ArticleRef,
  ClaimSummary,
  ClaimWithAbout,
  DegreeEntry,
  EdgeData,
  Elements,
  EventLink,
  EventRef,
  Link,
  NodeData,
  NodeRef,
  Provenance,
} from '../../api/graph';
import { NodeDetails, NodeResponse } from '../../api/node-details';
import { DateRange } from '../../api/explorer';
import { CypherLimits, CypherResult } from '../../api/cypher';
import {
  ParamSpec,
  SavedQueriesExport,
  SavedQuery,
  SavedQueryInput,
} from '../../api/saved-queries';
import { HealthResponse } from '../../api/health';
import type { ComponentNames, Json } from './json-schema';

/** Component name → schema; every other use of the same object becomes a `$ref`. */
export const COMPONENTS: Record<string, object> = {
  Error: ApiErrorBody,
  NodeData,
  EdgeData,
  Elements,
  Provenance,
  NodeRef,
  EventRef,
  ArticleRef,
  Link,
  EventLink,
  ArticleLink,
  ClaimSummary,
  ClaimWithAbout,
  DegreeEntry,
  // PersonDetails, EventDetails, …: the variants of the union, named by their label.
  ...Object.fromEntries(
    // label() in api/node-details.ts writes each variant's label as a one-value enum.
    NodeDetails.anyOf.map((variant) => [
      `${(variant.properties.label.enum as [string])[0]}Details`,
      variant,
    ]),
  ),
  NodeResponse,
  DateRange,
  ParamSpec,
  SavedQuery,
  SavedQueryInput,
  CypherLimits,
  CypherResult,
  SavedQueriesExport,
  Health: HealthResponse,
};

export const componentNames = (): ComponentNames =>
  new Map(Object.entries(COMPONENTS).map(([name, schema]) => [schema, name]));

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The error responses, by the name `components.responses` gives them and their status. */
const ERRORS = {
  400: [
    'BadRequest',
    'invalid_argument: a parameter or body is malformed, out of range or unknown (the message names it), or the URL exceeds the request limits (path 2048 characters, 50 query parameters, 2000 characters per value)',
  ],
  401: ['Unauthorized', 'unauthorized: APP_TOKEN is set and the bearer token is missing or wrong'],
  403: [
    'ReadOnly',
    'read_only: the query tried to write or administer, or the saved query is in the built-in library',
  ],
  404: ['NotFound', 'not_found: no such node, article or saved query (the id is quoted)'],
  409: ['Conflict', 'conflict: a stale version; details hold the current saved query'],
  413: ['PayloadTooLarge', 'payload_too_large: the body or the export is too large'],
  415: ['UnsupportedMediaType', 'the body has an unsupported charset or encoding'],
  429: ['RateLimited', 'rate_limited: RATE_LIMIT_PER_MIN reached; see Retry-After'],
  503: [
    'Unavailable',
    'unavailable: Neo4j does not answer, or is busy (no connection came free within 10 s, NEO4J_MAX_CONNECTIONS); retry after Retry-After',
  ],
  504: ['Timeout', 'timeout: the query ran longer than CYPHER_TIMEOUT_MS'],
} as const;

export type ErrorStatus = keyof typeof ERRORS;

export const componentResponses: Record<string, Json> = Object.fromEntries(
  Object.values(ERRORS).map(([name, description]) => [name, errorResponse(description)]),
);

/** `{"400": {$ref…}, "503": {$ref…}}` for the given statuses. */
export function errorResponses(statuses: number[]): Record<string, Json> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { $ref: `#/components/responses/${ERRORS[status as ErrorStatus][0]}` },
    ]),
  );
}
