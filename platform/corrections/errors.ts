/**
 * Why a correction cannot be made: an id not in the graph (`not_found`), a field that is wrong
 * for the action (`invalid_argument`, naming the field), or a target changed since the analyst
 * saw it (`conflict`, with its current state). The server maps these to its AppError family
 * (platform/ cannot import the server); the replay marks a correction orphaned on `not_found`.
 */
export type CorrectionErrorCode = 'not_found' | 'invalid_argument' | 'conflict';

export class CorrectionError extends Error {
  override readonly name = 'CorrectionError';
  constructor(
    readonly code: CorrectionErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const missing = (field: string, id: string, what: string) =>
  new CorrectionError('not_found', `correction: ${field} "${id}" is not a ${what} in the graph`, {
    parameter: field,
    value: id,
  });

export const badField = (field: string, message: string, value?: unknown) =>
  new CorrectionError('invalid_argument', `correction: ${field}: ${message}`, {
    parameter: field,
    ...(value === undefined ? {} : { value }),
  });
