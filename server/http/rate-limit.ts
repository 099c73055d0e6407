/**
 * Per-client rate limiting for the expensive endpoints (`POST /api/cypher`, saved-query runs,
 * `POST /api/export`): at most `perMinute` requests per client address in each one-minute window,
 * counted together across those endpoints, then 429 `rate_limited` with `Retry-After` (seconds)
 * through the one error handler. Counts live in this process's memory, which is right for a
 * single-process app; 0 turns the limiter off. Cheap reads (search, node details) are not
 * limited: they are bounded by their own caps.
 */
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { AppError } from '../errors';

export function rateLimiter(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, res, next) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = resetTime
        ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
        : 60;
      res.setHeader('Retry-After', String(seconds));
      next(
        new AppError(
          'rate_limited',
          `too many requests: at most ${perMinute} a minute to this endpoint (RATE_LIMIT_PER_MIN); retry in ${seconds} s`,
          { retryAfterSeconds: seconds, limitPerMinute: perMinute },
        ),
      );
    },
  });
}
