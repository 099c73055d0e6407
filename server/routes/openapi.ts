/**
 * `GET /api/openapi.json`: the OpenAPI document of the whole API (server/openapi/), built once
 * per app; and, mounted after every other router, the 405 answer for a documented path called
 * with a method it does not have (`TRACE /api/search`), with the `Allow` header the document
 * gives. Anything else falls through to the app's 404.
 */
import { Router } from 'express';
import { AppError } from '../errors';
import { openApiDocument } from '../openapi/document';

/** `/api/nodes/{id}/neighbors` → a RegExp matching `/nodes/<one segment>/neighbors`. */
function templateRegExp(template: string): RegExp {
  const path = template.replace(/^\/api/, '');
  const escaped = path
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  const allowed = Object.entries(document.paths as Record<string, Record<string, unknown>>).map(
    ([template, item]) => {
      const methods = Object.keys(item).map((m) => m.toUpperCase());
      if (methods.includes('GET')) methods.push('HEAD');
      return { pattern: templateRegExp(template), methods: [...methods, 'OPTIONS'] };
    },
  );

  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });

  router.use((req, res, next) => {
    const route = allowed.find((r) => r.pattern.test(req.path));
    if (!route) {
      next();
      return;
    }
    res.setHeader('Allow', route.methods.join(', '));
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new AppError(
        'method_not_allowed',
        `${req.method} is not allowed on /api${req.path} (allowed: ${route.methods.join(', ')})`,
        { allowed: route.methods },
      ),
    );
  });
  return router;
}
