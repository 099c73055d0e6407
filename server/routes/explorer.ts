/**
 * The graph-exploration endpoints the canvas and details panel use: search, node details,
 * article text, neighbours, shortest paths, the co-speaker network, the timeline and the first
 * view. Each handler only parses its request and calls a module under server/explorer/, whose
 * Cypher lives in cypher/explorer/. The contract (shapes, parameters, errors) is
 * server/explorer/types.ts and docs/explorer-api.md.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { idValue } from '../explorer/params';
import { search } from '../explorer/search';
import { nodeDetails } from '../explorer/node-details';
import { articleText } from '../explorer/article';
import { neighbors } from '../explorer/neighbors';
import { shortestPaths } from '../explorer/paths';
import { coSpeakers } from '../explorer/co-speakers';
import { timeline } from '../explorer/timeline';
import { overview } from '../explorer/overview';

export function explorerRoutes(deps: AppDeps): Router {
  const router = Router();
  const { db, cypher } = deps;

  router.get('/search', async (req, res) => {
    res.json(await search(db, cypher, req.query));
  });
  router.get('/nodes/:id', async (req, res) => {
    res.json(await nodeDetails(db, cypher, idValue('node', 'id', req.params.id)));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    res.json(await neighbors(db, cypher, idValue('neighbors', 'id', req.params.id), req.query));
  });
  router.get('/articles/:id', async (req, res) => {
    res.json(await articleText(db, cypher, idValue('article', 'id', req.params.id)));
  });
  router.get('/paths', async (req, res) => {
    res.json(await shortestPaths(db, cypher, req.query));
  });
  router.get('/network/co-speakers', async (req, res) => {
    res.json(await coSpeakers(db, cypher, req.query));
  });
  router.get('/timeline', async (req, res) => {
    res.json(await timeline(db, cypher, req.query));
  });
  router.get('/overview', async (req, res) => {
    res.json(await overview(db, cypher, req.query));
  });
  return router;
}
