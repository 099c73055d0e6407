/**
 * Security headers for every response, through `helmet`, with a strict Content-Security-Policy:
 * scripts only from our own origin (no inline script, no eval), so a name or quote from an
 * ingested article that slips into the page as markup still cannot run. It does not escape
 * anything: the client renders data as text; this is the second line of defence.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The policy, exported so tests and docs can read it. `style-src 'unsafe-inline'` is allowed
 * for styles only: CodeMirror and Cytoscape set `style` attributes and inject `<style>`
 * elements at run time. `upgrade-insecure-requests` is left out on purpose: the app serves
 * plain http on 127.0.0.1 by default, and upgrading its own requests to https would break it.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Plain http on loopback is the default deployment: HSTS would only matter behind a TLS
    // proxy, which sets its own.
    strictTransportSecurity: false,
  });
}
