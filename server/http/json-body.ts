/**
 * The JSON body parser with the limits hostile input needs: a size limit (413 before the body
 * is read in full) and a nesting-depth limit checked on the raw bytes before `JSON.parse`
 * runs, so a megabyte of `[[[[…` is refused in one linear scan instead of being built into a
 * million nested arrays that later recursive code would overflow on.
 */
import express, { type RequestHandler } from 'express';

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Deepest accepted nesting of arrays and objects in a JSON body. */
export const MAX_JSON_DEPTH = 32;

/** Thrown from the parser's verify hook; the error handler answers 400 with its message. */
export class JsonTooDeepError extends Error {
  override name = 'JsonTooDeepError';
  readonly status = 400;
  constructor(readonly limit: number) {
    super(`request body: JSON nested deeper than ${limit} levels; flatten the structure`);
  }
}

/** Maximum nesting depth of a JSON text, ignoring brackets inside strings; stops past `stopAt`. */
export function jsonDepth(buf: Uint8Array, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i += 1) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
}

export function jsonBody(limitBytes = MAX_BODY_BYTES, maxDepth = MAX_JSON_DEPTH): RequestHandler {
  return express.json({
    limit: limitBytes,
    verify: (_req, _res, buf) => {
      if (jsonDepth(buf, maxDepth) > maxDepth) throw new JsonTooDeepError(maxDepth);
    },
  });
}
