/**
 * For tests of code that refuses input with an AppError: what a run ended with (its code and
 * details, or "accepted"), or the error itself. Test support only; no route imports it.
 */
import { AppError } from '../errors';

/** The code and details of the AppError a run throws, or 'accepted'. */
export async function outcome(
  run: () => unknown,
): Promise<'accepted' | { code: string; details: unknown }> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
}

/** The code of the AppError a run throws, or 'accepted'. */
export async function code(run: () => unknown): Promise<string> {
  const result = await outcome(run);
  return typeof result === 'string' ? result : result.code;
}

/** The AppError a run throws (any other outcome fails the test). */
export async function failure(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but the input was accepted');
}
