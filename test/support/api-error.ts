/**
 * The error of an API error response, typed by the contract (`{error: {code, message,
 * details?}}`, api/errors.ts). supertest types every body `any`; tests read the error through
 * this one place instead of reaching into an untyped body. Not a check that the body is an
 * error: the test asserts the status first, and an answer without `error` fails on its fields.
 */
import type { ApiErrorBody } from '../../api';

export function apiError(response: { body: unknown }): ApiErrorBody['error'] {
  return (response.body as ApiErrorBody).error;
}
