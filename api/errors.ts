/**
 * The error body every endpoint answers with, `{error: {code, message, details?}}`, and the
 * codes with their HTTP status. The server's AppError family (server/errors.ts) produces it;
 * the client's ApiError reads it. Not here: which endpoint answers which status (the OpenAPI
 * registrations in server/openapi/).
 */
import { Type, type Static } from '@sinclair/typebox';

/** Every error code, with the HTTP status it is answered with. */
export const ERROR_STATUS = {
  invalid_argument: 400,
  unauthorized: 401,
  read_only: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  timeout: 504,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export const ApiErrorBody = Type.Object({
  error: Type.Object({
    code: Type.Unsafe<ErrorCode>({
      type: 'string',
      description: Object.entries(ERROR_STATUS)
        .map(([code, status]) => `${code} (${status})`)
        .join(', '),
      example: 'invalid_argument',
    }),
    message: Type.String({
      description: 'Names the operation, quotes the bad value and says how to fix it.',
    }),
    details: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description:
          'For 400s on parameters: {parameter, value, allowed?, min?, max?, maxLength?}; for explorer 404s: {id, parameter}; for Cypher errors: {neo4jCode, position?}; for 409: the current saved query.',
      }),
    ),
  }),
});
export type ApiErrorBody = Static<typeof ApiErrorBody>;
