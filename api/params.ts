/**
 * Parameter schemas several endpoints share: node ids (in the path or the query string) and
 * ISO dates. Their limits are the validation's limits: the server's request parser reads them
 * from these schemas, and the OpenAPI document shows them.
 */
import { Type } from '@sinclair/typebox';

/** Longest id accepted in a path or parameter; model ids are far shorter. */
export const MAX_ID_LENGTH = 300;

/** A node id given in the query string (trimmed; not blank). */
export const NodeId = (description: string) =>
  Type.String({ minLength: 1, maxLength: MAX_ID_LENGTH, pattern: '\\S', description });

/** The `{id}` path segment of a node endpoint. */
export const NodeIdPath = (description: string) =>
  Type.Object({
    id: Type.String({ minLength: 1, maxLength: MAX_ID_LENGTH, description }),
  });

/** An ISO calendar date `YYYY-MM-DD` that exists (no 2017-02-30). */
export const IsoDateParam = (description: string) =>
  Type.String({ format: 'date', example: '2017-09-14', description });

/** `from` and `to`, both optional; the server also checks from ≤ to. */
export const dateRangeParams = (what: string) => ({
  from: Type.Optional(IsoDateParam(`Only ${what} on or after this date (YYYY-MM-DD)`)),
  to: Type.Optional(IsoDateParam(`Only ${what} on or before this date (YYYY-MM-DD)`)),
});
