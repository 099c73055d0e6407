/**
 * Analysts' corrections and the review queue: `POST /api/corrections` (one correction, applied
 * at once), `GET /api/corrections` (newest first, orphaned ones flagged),
 * `DELETE /api/corrections/:id` (undo: the graph becomes extraction + the remaining
 * corrections), `GET /api/corrections/export` and `POST /api/corrections/import` (one JSON
 * file), and `GET /api/review` (lowest confidence first). Changes need the bearer token when
 * APP_TOKEN or APP_TOKENS is set, as saved-query changes do; a correction's author is the named
 * token's name, else "local". The work is in platform/corrections (shared
 * with the loaders, which replay corrections after every load); this file parses requests and
 * maps the engine's errors to the AppError family.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { AppError } from '../errors';
import { ElementCollector } from '../graph/elements';
import { LOCAL_AUTHOR, requireToken, tokenAuthor, tokenRequired } from '../http/require-token';
import { parseBody } from '../http/request-body';
import { parsePath, parseQuery } from '../http/request-schema';
import { reviewQueue } from '../review/queue';
import {
  CORRECTIONS_FORMAT,
  CorrectionPath,
  CorrectionRequest,
  ReviewQuery,
  type CorrectionsExport,
} from '../../api/corrections';
import type { CorrectionInput } from '../../model/corrections';
import {
  checkCorrectionInput,
  sharedCorrectionEngine,
  type ImportItem,
} from '../../platform/corrections/engine';
import { CorrectionError } from '../../platform/corrections/errors';

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CorrectionError)
      throw new AppError(error.code, error.message, error.details);
    throw error;
  }
}

function importItems(json: unknown): ImportItem[] {
  const file = json as Partial<CorrectionsExport> | undefined;
  if (!file || file.format !== CORRECTIONS_FORMAT || !Array.isArray(file.corrections))
    throw new AppError(
      'invalid_argument',
      `corrections import: send a file written by GET /api/corrections/export (format "${CORRECTIONS_FORMAT}", a "corrections" list)`,
      { parameter: 'format' },
    );
  return file.corrections.map((c, i) => {
    if (
      typeof c?.id !== 'string' ||
      !/^cor-[\w-]{1,80}$/.test(c.id) ||
      typeof c.payload !== 'object'
    )
      throw new AppError(
        'invalid_argument',
        `corrections import: corrections[${i}] needs an id "cor-…" and a payload`,
        {
          parameter: `corrections[${i}]`,
        },
      );
    return {
      id: c.id,
      payload: parseBody(
        `corrections import: corrections[${i}].payload`,
        CorrectionRequest,
        c.payload,
      ),
      author: typeof c.author === 'string' && c.author ? c.author : LOCAL_AUTHOR,
      createdAt: typeof c.createdAt === 'string' ? c.createdAt : new Date().toISOString(),
    };
  });
}

export function correctionRoutes(deps: AppDeps): Router {
  const router = Router();
  const engine = sharedCorrectionEngine(deps.db, deps.cypher);
  const guard = requireToken(deps);

  router.get('/corrections', async (_req, res) => {
    res.json({ corrections: await engine.list(), tokenRequired: tokenRequired(deps) });
  });

  router.post('/corrections', guard, async (req, res) => {
    const body = parseBody('correction', CorrectionRequest, req.body) as CorrectionInput;
    const correction = await mapped(() =>
      engine.create(checkCorrectionInput(body), tokenAuthor(res)),
    );
    res.status(201).location(`/api/corrections/${correction.id}`).json({ correction });
  });

  router.get('/corrections/export', async (_req, res) => {
    const list = (await engine.list()).reverse();
    const file: CorrectionsExport = {
      format: CORRECTIONS_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      corrections: list.map((c) => ({
        id: c.id,
        action: c.action,
        payload: { ...c.payload },
        author: c.author,
        createdAt: c.createdAt,
      })),
    };
    res.setHeader('Content-Disposition', 'attachment; filename="corrections.json"');
    res.json(file);
  });

  router.post('/corrections/import', guard, async (req, res) => {
    const result = await mapped(() => engine.import(importItems(req.body)));
    res.status(201).json(result);
  });

  router.delete('/corrections/:id', guard, async (req, res) => {
    const { id } = parsePath('correction', CorrectionPath, req.params);
    const { undone, touched } = await mapped(() => engine.undo(id));
    // What the undo gave back, as it is now, and what it took away: the client redraws both.
    const now = await engine.touchedNow(touched);
    const collector = new ElementCollector();
    collector.add([now.nodes, now.rels, now.ends]);
    const elements = collector.toElements();
    const present = new Set([...elements.nodes, ...elements.edges].map((e) => e.data.id));
    const removed = [...touched.nodes, ...touched.rels].filter((x) => !present.has(x));
    res.json({ undone, elements, removed });
  });

  router.get('/review', async (req, res) => {
    const { limit } = await parseQuery('review', ReviewQuery, req.query);
    res.json(await reviewQueue(deps, limit));
  });

  return router;
}
