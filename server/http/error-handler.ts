/**
 * The one place where errors become HTTP responses: typed AppErrors keep their status and
 * code; driver errors meaning "database unavailable" or "no free connection" become 503;
 * malformed JSON bodies and oversized payloads become 400/413; everything else is logged with
 * the request id and answered with a generic 500 that carries no stack, driver message or
 * file path.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors';
import { isPoolBusyError, isUnavailableError } from '../../platform/neo4j/db';
import type { Logger } from '../../platform/logger';
import { JsonTooDeepError } from './json-body';

export function sendError(res: Parameters<RequestHandler>[1], error: AppError): void {
  res.status(error.status).json({
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  });
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `no API route ${req.method} ${req.path}`));
};

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = res.locals.requestId as string | undefined;
    if (error instanceof AppError) {
      sendError(res, error);
      return;
    }
    const busy = isPoolBusyError(error);
    if (busy || isUnavailableError(error)) {
      log.warn(busy ? 'Neo4j busy: no free connection' : 'Neo4j unavailable', {
        requestId,
        path: req.path,
      });
      res.setHeader('Retry-After', '5');
      const message = busy
        ? 'Neo4j is busy: no connection to it came free in time (NEO4J_MAX_CONNECTIONS); retry shortly'
        : 'Neo4j is unavailable right now; retry shortly';
      sendError(res, new AppError('unavailable', message, { requestId }));
      return;
    }
    const httpError = error as { type?: string; status?: number; expose?: boolean };
    if (httpError.type === 'entity.parse.failed') {
      sendError(res, new AppError('invalid_argument', 'request body is not valid JSON'));
      return;
    }
    if (error instanceof JsonTooDeepError) {
      sendError(res, new AppError('invalid_argument', error.message, { limit: error.limit }));
      return;
    }
    if (httpError.type === 'entity.too.large') {
      sendError(res, new AppError('payload_too_large', 'request body is too large'));
      return;
    }
    // Client errors raised by Express itself (body parser: `expose`; the router's
    // "Failed to decode param": a bare 400 without `expose`) stay 4xx, without their text.
    if (httpError.status && httpError.status >= 400 && httpError.status < 500) {
      res
        .status(httpError.status)
        .json({ error: { code: 'invalid_argument', message: 'bad request' } });
      return;
    }
    log.error('unexpected error', {
      requestId,
      path: req.path,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    });
    res
      .status(500)
      .json({ error: { code: 'internal', message: 'internal error', details: { requestId } } });
  };
}
