/**
 * `GET /api/openapi.json`: the OpenAPI document of the whole API (server/openapi/), built once
 * per app. Nothing else: the document's content lives beside the schemas it is made of.
 */
import { Router } from 'express';
import { openApiDocument } from '../openapi/document';

export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
