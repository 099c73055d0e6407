/**
 * The small family of typed errors the API speaks, and their HTTP status. Route code throws
 * these; one middleware (http/error-handler.ts) turns them into `{error:{code,message,details}}`.
 * Anything else is an unexpected error: logged with the request id, answered with a generic 500.
 * The codes and their statuses are the contract's (api/errors.ts).
 */
import { ERROR_STATUS, type ErrorCode as ApiErrorCode } from '../api/errors';

/** The codes route code throws; `internal` is only ever the error middleware's own answer. */
export type ErrorCode = Exclude<ApiErrorCode, 'internal'>;

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const invalidArgument = (message: string, details?: Record<string, unknown>) =>
  new AppError('invalid_argument', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  new AppError('not_found', message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('conflict', message, details);
export const unavailable = (message: string, details?: Record<string, unknown>) =>
  new AppError('unavailable', message, details);
