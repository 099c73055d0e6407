/**
 * `POST /api/export {format, nodeIds | query, params, hops, name, layout, formulaGuard}`:
 * validates the request (its schema: api/export.ts), opens the subgraph (server/export/source.ts) and streams it through
 * the format's writer to the response, with a dated file name in Content-Disposition. Errors
 * found before the first byte (bad request, Cypher error, too large) are JSON errors; a failure
 * mid-stream can only abort the download, and is logged.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { decodeParams } from '../cypher/typed-json';
import { WRITERS } from '../export/formats';
import { exportFileName } from '../export/file-name';
import { DEFAULT_LIMITS, openSubgraph, type ExportLimits } from '../export/source';
import type { ExportSourceInfo, Layout } from '../export/model';
import { ExportRequest as ExportRequestSchema, type ExportFormat } from '../../api/export';
import { parseBody } from '../http/request-body';

interface ExportRequest {
  format: ExportFormat;
  source: ExportSourceInfo;
  name?: string;
  layout?: Layout;
  formulaGuard: boolean;
}

/** The request body, checked by its api/ schema; the query's parameters decoded as typed JSON. */
export function parseExportRequest(body: unknown): ExportRequest {
  const { format, nodeIds, edgeIds, query, params, hops, name, layout, formulaGuard } = parseBody(
    'export',
    ExportRequestSchema,
    body,
  );
  const source: ExportSourceInfo = nodeIds
    ? { kind: 'nodeIds', nodeIds, hops, ...(edgeIds ? { edgeIds } : {}) }
    : // Typed JSON like POST /api/cypher, so a workbench result exports with the same values.
      { kind: 'query', query, params: decodeParams(params), hops };
  return { format, source, name, layout: layout as Layout | undefined, formulaGuard };
}

export function exportRoutes(deps: AppDeps, limits: ExportLimits = DEFAULT_LIMITS): Router {
  const router = Router();
  router.post('/export', async (req, res) => {
    const request = parseExportRequest(req.body);
    const writer = WRITERS[request.format];
    const at = new Date();
    const subgraph = await openSubgraph(deps.db, deps.cypher, request.source, limits);
    res.attachment(exportFileName(at, writer.extension, request.name));
    res.type(writer.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Export-Nodes', String(subgraph.schema.nodeCount));
    res.setHeader('X-Export-Relationships', String(subgraph.schema.relCount));
    try {
      await writer.write(
        {
          meta: {
            format: request.format,
            exportedAt: at.toISOString(),
            name: request.name,
            source: request.source,
            generator: 'knowledge-graph-explorer',
          },
          schema: subgraph.schema,
          layout: request.layout,
          nodes: subgraph.nodes,
          relationships: subgraph.relationships,
          options: { formulaGuard: request.formulaGuard },
        },
        res,
      );
    } catch (error) {
      deps.log.error('export failed mid-stream', {
        requestId: res.locals.requestId,
        format: request.format,
        error: (error as Error).message,
      });
      res.destroy();
    } finally {
      await subgraph.close();
    }
  });
  return router;
}
