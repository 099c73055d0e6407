/**
 * Every API router, in one list, so app.ts stays a wiring file and each area (health, graph
 * exploration, Cypher, saved queries, export, adding documents) lives in its own module under routes/.
 */
import type { Router } from 'express';
import type { AppDeps } from '../app';
import { healthRoutes } from './health';
import { cypherRoutes } from './cypher';
import { savedQueryRoutes } from './saved-queries';
import { exportRoutes } from './export';
import { explorerRoutes } from './explorer';
import { openApiRoutes } from './openapi';
import { ingestRoutes } from './ingest';

export function apiRouters(deps: AppDeps): Router[] {
  return [
    healthRoutes(deps),
    cypherRoutes(deps),
    savedQueryRoutes(deps),
    exportRoutes(deps),
    explorerRoutes(deps),
    ingestRoutes(deps),
    openApiRoutes(),
  ];
}
