/**
 * The graph-exploration endpoints the canvas and details panel use: search (names, and the
 * full text of claims and articles), node details,
 * article text, neighbours, shortest paths, the co-speaker network, the timeline and the first
 * view. Each handler calls a module under server/explorer/, which parses the query string
 * with its endpoint's api/ schema (server/http/request-schema.ts) and runs Cypher from
 * cypher/explorer/; path ids are checked here against theirs.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { ArticleParams, NeighborsPath } from '../../api/explorer';
import { NodeParams } from '../../api/node-details';
import { parsePath } from '../http/request-schema';
import { search } from '../explorer/search';
import { textSearch } from '../explorer/text-search';
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
  router.get('/search/text', async (req, res) => {
    res.json(await textSearch(db, cypher, req.query));
  });
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parsePath('node', NodeParams, req.params);
    res.json(await nodeDetails(db, cypher, id));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parsePath('neighbors', NeighborsPath, req.params);
    res.json(await neighbors(db, cypher, id, req.query));
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = parsePath('article', ArticleParams, req.params);
    res.json(await articleText(db, cypher, id));
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
