/**
 * The small family of typed errors the API speaks, and their HTTP status. Route code throws
 * these; one middleware (http/error-handler.ts) turns them into `{error:{code,message,details}}`.
 * Anything else is an unexpected error: logged with the request id, answered with a generic 500.
 */

export type ErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'unauthorized'
  | 'read_only'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout';

const STATUS: Record<ErrorCode, number> = {
  invalid_argument: 400,
  unauthorized: 401,
  read_only: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  timeout: 504,
};

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
    return STATUS[this.code];
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
