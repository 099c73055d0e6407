/**
 * Builds the Express app from its dependencies, without listening: `main.ts` listens, tests
 * drive the same app in-process with supertest. Routes live in `routes/`, one file per area;
 * this file only wires middleware, routes, the built client and the error handler.
 */
import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../platform/neo4j/db';
import type { CypherLibrary } from '../platform/cypher/loader';
import type { Logger } from '../platform/logger';
import type { CypherLimits, IngestLimits, NamedToken } from '../platform/config';
import { requestId } from './http/request-id';
import { errorHandler, notFoundRoute } from './http/error-handler';
import { securityHeaders } from './http/security-headers';
import { jsonBody } from './http/json-body';
import { paramLimits } from './http/param-limits';
import { rateLimiter } from './http/rate-limit';
import { apiRouters } from './routes';

export interface AppDeps {
  db: Db;
  /** A driver of its own for `/api/health` (OpenDatabase.probe); `db` when omitted. */
  healthDb?: Db;
  cypher: CypherLibrary;
  log: Logger;
  neo4j: { mode: 'embedded' | 'external'; version: string };
  /** Directory of the built client (index.html); omitted in tests of the API alone. */
  clientDir?: string;
  /** Bounds on user Cypher; DEFAULT_CYPHER_LIMITS when omitted. */
  cypherLimits?: CypherLimits;
  /** APP_TOKEN: when set, changing saved queries needs it as a bearer token. */
  appToken?: string;
  /** APP_TOKENS: named tokens accepted like APP_TOKEN; a correction records the name as author. */
  appTokens?: readonly NamedToken[];
  /** RATE_LIMIT_PER_MIN for Cypher runs and exports, per client; omitted or 0: no limit. */
  rateLimitPerMin?: number;
  /** Adding documents: DATA_DIR (uploads wait under its `uploads/`) and the upload limits. */
  ingest?: { dataDir: string; limits?: IngestLimits };
}

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../dist/client');

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestId(deps.log));
  app.use(securityHeaders());
  app.use(paramLimits());
  app.use(jsonBody());
  // One budget shared by the endpoints that run user Cypher or stream whole subgraphs.
  app.post(
    ['/api/cypher', '/api/export', '/api/queries/:id/run'],
    rateLimiter(deps.rateLimitPerMin ?? 0),
  );

  const api = express.Router();
  for (const router of apiRouters(deps)) api.use(router);
  api.use(notFoundRoute);
  app.use('/api', api);

  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/?query=…, /node/…) all get the app shell.
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  // Anything else (e.g. POST /x, or GET /x without a built client) is a JSON 404, not
  // Express's HTML page.
  app.use(notFoundRoute);
  app.use(errorHandler(deps.log));
  return app;
}
