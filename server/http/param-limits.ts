/**
 * Bounds on what a URL may carry before any route sees it: the path's length, the number of
 * query parameters, and the length of each value (repeated keys count each value). Routes
 * validate meaning; this only stops oversized input early with a 400 naming the parameter,
 * so no handler or Cypher parameter ever receives a megabyte-long search string.
 */
import type { RequestHandler } from 'express';
import { invalidArgument } from '../errors';

export interface ParamLimits {
  /** Longest accepted URL path (decoded), route parameters included. */
  maxPathLength: number;
  /** Most query parameters, counting every value of a repeated key. */
  maxQueryParams: number;
  /** Longest accepted query parameter value. */
  maxValueLength: number;
}

export const DEFAULT_PARAM_LIMITS: ParamLimits = {
  maxPathLength: 2_048,
  maxQueryParams: 50,
  maxValueLength: 2_000,
};

export function paramLimits(limits: ParamLimits = DEFAULT_PARAM_LIMITS): RequestHandler {
  return (req, _res, next) => {
    if (req.path.length > limits.maxPathLength) {
      next(
        invalidArgument(
          `request: the path is ${req.path.length} characters long; the limit is ${limits.maxPathLength}`,
          { limit: limits.maxPathLength },
        ),
      );
      return;
    }
    let count = 0;
    for (const [name, raw] of Object.entries(req.query)) {
      const values = Array.isArray(raw) ? raw : [raw];
      count += values.length;
      if (count > limits.maxQueryParams) {
        next(
          invalidArgument(`request: more than ${limits.maxQueryParams} query parameters`, {
            limit: limits.maxQueryParams,
          }),
        );
        return;
      }
      for (const value of values) {
        const length = typeof value === 'string' ? value.length : JSON.stringify(value).length;
        if (length > limits.maxValueLength) {
          next(
            invalidArgument(
              `request: query parameter "${name.slice(0, 64)}" is ${length} characters long; the limit is ${limits.maxValueLength}`,
              { parameter: name.slice(0, 64), limit: limits.maxValueLength },
            ),
          );
          return;
        }
      }
    }
    next();
  };
}
