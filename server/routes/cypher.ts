/**
 * The Cypher workbench's endpoints: `POST /api/cypher {query, params}` runs user Cypher
 * read-only (see cypher/run-user-query.ts for how; the body's schema is api/cypher.ts), and `GET /api/cypher/schema` lists the
 * labels, relationship types and property keys the editor completes. A client that
 * disconnects mid-query cancels it in Neo4j. No token is needed: nothing here changes data.
 */
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../app';
import { readStatement } from '../../platform/neo4j/db';
import { decodeParams } from '../cypher/typed-json';
import { DEFAULT_CYPHER_LIMITS, runUserQuery } from '../cypher/run-user-query';
import { CypherRequest, type CypherResult, type CypherSchemaResponse } from '../../api/cypher';
import { parseBody } from '../http/request-body';

/** An AbortSignal that fires when the HTTP client goes away before the answer is sent. */
export function disconnectSignal(_req: Request, res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

export function cypherRoutes(deps: AppDeps): Router {
  const router = Router();
  const limits = deps.cypherLimits ?? DEFAULT_CYPHER_LIMITS;

  router.post('/cypher', async (req, res) => {
    const { query, params } = parseBody('cypher', CypherRequest, req.body);
    const result: CypherResult = await runUserQuery(query, decodeParams(params), {
      db: deps.db,
      cypher: deps.cypher,
      limits,
      signal: disconnectSignal(req, res),
    });
    res.json(result);
  });

  router.get('/cypher/schema', async (_req, res) => {
    const [record] = await readStatement(deps.db, deps.cypher.get('workbench-schema'));
    const list = (key: 'labels' | 'relationshipTypes' | 'propertyKeys') =>
      [...(record?.get(key) ?? [])].sort();
    const body: CypherSchemaResponse = {
      labels: list('labels'),
      relationshipTypes: list('relationshipTypes'),
      propertyKeys: list('propertyKeys'),
      limits,
    };
    res.json(body);
  });

  return router;
}
