/**
 * Guards the routes that change stored data when a token is configured: `APP_TOKEN` (one
 * unnamed token) and/or `APP_TOKENS` (named ones, platform/config.ts), the request must carry
 * `Authorization: Bearer <token>` with one of them. The comparison is constant-time over SHA-256
 * digests (equal lengths whatever the guess), against every token without stopping at a match,
 * so response timing reveals nothing about the tokens or which one matched. The guard leaves the
 * holder's name for the handler (`tokenAuthor`: the token's name, else "local"), which
 * corrections record as their author. Without any token it lets everything through. Reading and
 * running queries never need it. This is the one place that knows how tokens are checked.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { NamedToken } from '../../platform/config';
import { AppError } from '../errors';

/** The tokens a server accepts, as configured (AppDeps carries them). */
export interface TokenConfig {
  appToken?: string;
  appTokens?: readonly NamedToken[];
}

/** Who makes a change when the token is unnamed, or when no token is configured. */
export const LOCAL_AUTHOR = 'local';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

/** Whether changes need a bearer token on this server. */
export function tokenRequired(tokens: TokenConfig): boolean {
  return Boolean(tokens.appToken) || Boolean(tokens.appTokens?.length);
}

/** The name the guard found for this request's token: its name, else "local". */
export function tokenAuthor(res: Response): string {
  const name: unknown = res.locals.tokenName;
  return typeof name === 'string' && name ? name : LOCAL_AUTHOR;
}

export function requireToken(tokens: TokenConfig): RequestHandler {
  const accepted: { name: string | null; token: string }[] = [
    ...(tokens.appToken ? [{ name: null, token: tokens.appToken }] : []),
    ...(tokens.appTokens ?? []),
  ];
  return (req, res, next) => {
    if (!accepted.length) {
      next();
      return;
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    let holder: { name: string | null } | undefined;
    if (match)
      for (const candidate of accepted)
        if (tokenMatches(candidate.token, match[1]!) && !holder) holder = candidate;
    if (holder) {
      if (holder.name) res.locals.tokenName = holder.name;
      next();
      return;
    }
    res.setHeader('WWW-Authenticate', 'Bearer realm="explorer"');
    next(
      new AppError(
        'unauthorized',
        match
          ? 'the bearer token is not the configured APP_TOKEN nor one of APP_TOKENS'
          : 'changing saved queries or the graph needs "Authorization: Bearer <token>" (APP_TOKEN, or yours from APP_TOKENS)',
      ),
    );
  };
}
