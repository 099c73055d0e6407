/**
 * `GET /api/health`: whether the app is up and Neo4j answers, with Neo4j's version and
 * whether it is the embedded or an external server. 503 while Neo4j does not answer within
 * a short bound, so load balancers and the client can tell. The body's schema: api/health.ts.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import type { HealthResponse } from '../../api/health';
import { HEALTH_TIMEOUT_MS } from '../../platform/neo4j/open-database';

export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    let connected = false;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        // Auto-commit on purpose: a managed transaction would retry for 30 s.
        (async () => {
          // Its own connections where main.ts gives them: a pool busy with long queries is
          // Neo4j at work, not Neo4j away.
          const probe = deps.healthDb ?? deps.db;
          const session = probe.driver.session({ database: probe.database });
          try {
            await session.run('RETURN 1');
          } finally {
            await session.close();
          }
        })(),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
        }),
      ]);
      connected = true;
    } catch {
      connected = false;
    } finally {
      clearTimeout(timer);
    }
    const body: HealthResponse = {
      status: connected ? 'ok' : 'unavailable',
      neo4j: {
        connected,
        version: deps.neo4j.version,
        mode: deps.neo4j.mode,
        database: deps.db.database,
      },
    };
    res.status(connected ? 200 : 503).json(body);
  });
  return router;
}
