/**
 * Saved queries: `GET/POST/PUT/DELETE /api/queries[/:id]`, `POST /api/queries/:id/run`,
 * import (`POST /api/queries/import`) and export (`GET /api/queries/export`, JSON;
 * `GET /api/queries/:id/cypher`, a `.cypher` file). The built-in library (`lib:<name>`) is
 * listed separately and cannot be changed. Changes need the bearer token when APP_TOKEN is
 * set; reading and running never do. Runs go through the same read-only runner as
 * `POST /api/cypher`.
 */
import { Router, type Request } from 'express';
import type { AppDeps } from '../app';
import { AppError, invalidArgument } from '../errors';
import { requireToken, tokenRequired } from '../http/require-token';
import { parsePath, parseQuery } from '../http/request-schema';
import { SavedQueryDeleteQuery, SavedQueryPath } from '../../api/saved-queries';
import { DEFAULT_CYPHER_LIMITS, runUserQuery } from '../cypher/run-user-query';
import { savedQueryStore } from '../saved-queries/store';
import {
  ID_PATTERN,
  parseSavedQueryInput,
  parseVersion,
  type SavedQuery,
} from '../saved-queries/model';
import { isLibraryId, libraryQueries, libraryQuery } from '../saved-queries/library';
import {
  fromCypherFile,
  fromJsonExport,
  slug,
  toCypherFile,
  toJsonExport,
} from '../saved-queries/format';
import { runParams } from '../saved-queries/run-params';
import { disconnectSignal } from './cypher';

const idOf = (req: Request): string => parsePath('saved query', SavedQueryPath, req.params).id;

function refuseLibrary(id: string): void {
  if (isLibraryId(id)) {
    throw new AppError(
      'read_only',
      `saved query: "${id}" is in the built-in library and cannot be changed; use "save as" to make your own copy`,
    );
  }
}

export function savedQueryRoutes(deps: AppDeps): Router {
  const router = Router();
  const store = savedQueryStore(deps.db, deps.cypher);
  const limits = deps.cypherLimits ?? DEFAULT_CYPHER_LIMITS;
  const guard = requireToken(deps);

  const find = async (id: string): Promise<SavedQuery> => {
    if (isLibraryId(id)) {
      const query = libraryQuery(deps.cypher, id);
      if (!query) throw new AppError('not_found', `saved query: no built-in query "${id}"`);
      return query;
    }
    return store.get(id);
  };

  router.get('/queries', async (_req, res) => {
    res.json({
      queries: await store.list(),
      library: libraryQueries(deps.cypher),
      tokenRequired: tokenRequired(deps),
    });
  });

  router.get('/queries/export', async (req, res) => {
    const ids =
      typeof req.query.ids === 'string' && req.query.ids ? req.query.ids.split(',') : undefined;
    const all = [
      ...(await store.list()),
      ...(req.query.library === 'true' ? libraryQueries(deps.cypher) : []),
    ];
    const chosen = ids ? all.filter((q) => ids.includes(q.id)) : all;
    res.setHeader('Content-Disposition', 'attachment; filename="saved-queries.json"');
    res.json(toJsonExport(chosen));
  });

  router.post('/queries/import', guard, async (req, res) => {
    const body = (req.body ?? {}) as { json?: unknown; files?: unknown };
    const items: ReturnType<typeof fromJsonExport> = [];
    if (body.json !== undefined) items.push(...fromJsonExport(body.json));
    if (body.files !== undefined) {
      if (!Array.isArray(body.files) || body.files.length > 500) {
        throw invalidArgument('import: "files" must be a list of at most 500 {name, content}');
      }
      for (const file of body.files as { name?: unknown; content?: unknown }[]) {
        if (typeof file?.content !== 'string')
          throw invalidArgument('import: every file needs a string "content"');
        const name = typeof file.name === 'string' ? file.name : 'query.cypher';
        if (/\.json$/i.test(name)) {
          try {
            items.push(...fromJsonExport(JSON.parse(file.content)));
          } catch (error) {
            if (error instanceof AppError) throw error;
            throw invalidArgument(`import: ${name} is not valid JSON`);
          }
        } else items.push(fromCypherFile(file.content, name));
      }
    }
    if (!items.length)
      throw invalidArgument(
        'import: send {"json": <exported file>} or {"files": [{name, content}]}',
      );
    const existing = new Set((await store.list()).map((q) => q.id));
    const created: SavedQuery[] = [];
    for (const item of items) {
      // Keep an imported id (so shared links survive a move) unless it is taken here.
      const keep =
        item.id && ID_PATTERN.test(item.id) && !existing.has(item.id) ? item.id : undefined;
      const query = await store.create(item.input, keep);
      existing.add(query.id);
      created.push(query);
    }
    res.status(201).json({ created });
  });

  router.get('/queries/:id', async (req, res) => {
    res.json(await find(idOf(req)));
  });

  router.get('/queries/:id/cypher', async (req, res) => {
    const query = await find(idOf(req));
    const name = query.builtin ? query.id.slice(4) : slug(query.title);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.cypher"`);
    res.send(toCypherFile(query, name));
  });

  router.post('/queries', guard, async (req, res) => {
    const query = await store.create(parseSavedQueryInput(req.body));
    res.status(201).location(`/api/queries/${query.id}`).json(query);
  });

  router.put('/queries/:id', guard, async (req, res) => {
    const id = idOf(req);
    refuseLibrary(id);
    const version = parseVersion((req.body as { version?: unknown } | undefined)?.version);
    res.json(await store.update(id, version, parseSavedQueryInput(req.body)));
  });

  router.delete('/queries/:id', guard, async (req, res) => {
    const id = idOf(req);
    refuseLibrary(id);
    const { version } = await parseQuery('saved query', SavedQueryDeleteQuery, req.query);
    await store.remove(id, version);
    res.status(204).end();
  });

  router.post('/queries/:id/run', async (req, res) => {
    const query = await find(idOf(req));
    const params = runParams(query.params, (req.body as { params?: unknown } | undefined)?.params);
    const result = await runUserQuery(query.cypher, params, {
      db: deps.db,
      cypher: deps.cypher,
      limits,
      signal: disconnectSignal(req, res),
    });
    res.json({ ...result, query: { id: query.id, title: query.title, version: query.version } });
  });

  return router;
}
