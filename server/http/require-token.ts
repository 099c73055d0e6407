/**
 * Guards the routes that change stored data when `APP_TOKEN` is configured: the request must
 * carry `Authorization: Bearer <token>`. The comparison is constant-time over SHA-256 digests
 * (equal lengths whatever the guess), so response timing reveals nothing about the token.
 * Without APP_TOKEN it lets everything through. Reading and running queries never need it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

export function requireToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      next();
      return;
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match && tokenMatches(token, match[1]!)) {
      next();
      return;
    }
    res.setHeader('WWW-Authenticate', 'Bearer realm="explorer"');
    next(
      new AppError(
        'unauthorized',
        match
          ? 'the bearer token is not the configured APP_TOKEN'
          : 'changing saved queries or the graph needs "Authorization: Bearer <APP_TOKEN>"',
      ),
    );
  };
}
