/**
 * `POST /api/export {format, nodeIds | query, params, hops, name, layout, formulaGuard}`:
 * validates the request, opens the subgraph (server/export/source.ts) and streams it through
 * the format's writer to the response, with a dated file name in Content-Disposition. Errors
 * found before the first byte (bad request, Cypher error, too large) are JSON errors; a failure
 * mid-stream can only abort the download, and is logged.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { invalidArgument } from '../errors';
import { decodeParams } from '../cypher/typed-json';
import { FORMATS, WRITERS } from '../export/formats';
import { exportFileName } from '../export/file-name';
import { DEFAULT_LIMITS, openSubgraph, type ExportLimits } from '../export/source';
import type { ExportSourceInfo, Layout } from '../export/model';

const MAX_NODE_IDS = 50_000;
const MAX_QUERY_LENGTH = 20_000;

interface ExportRequest {
  format: string;
  source: ExportSourceInfo;
  name?: string;
  layout?: Layout;
  formulaGuard: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseExportRequest(body: unknown): ExportRequest {
  if (!isPlainObject(body)) throw invalidArgument('export: the body must be a JSON object');
  const { format, nodeIds, query, params, hops = 0, name, layout, formulaGuard = true } = body;
  if (typeof format !== 'string' || !WRITERS[format]) {
    throw invalidArgument(
      `export: unknown format ${JSON.stringify(format)} (allowed: ${FORMATS.join(', ')})`,
      { allowed: FORMATS },
    );
  }
  if (typeof hops !== 'number' || !Number.isInteger(hops) || hops < 0 || hops > 3) {
    throw invalidArgument(
      `export: hops must be an integer from 0 to 3, got ${JSON.stringify(hops)}`,
    );
  }
  if ((nodeIds === undefined) === (query === undefined)) {
    throw invalidArgument(
      'export: give either nodeIds (a list of node ids) or query (read-only Cypher)',
    );
  }
  let source: ExportSourceInfo;
  if (nodeIds !== undefined) {
    if (!Array.isArray(nodeIds) || !nodeIds.every((id) => typeof id === 'string')) {
      throw invalidArgument('export: nodeIds must be a list of strings');
    }
    if (nodeIds.length === 0) throw invalidArgument('export: nodeIds is empty: select some nodes');
    if (nodeIds.length > MAX_NODE_IDS) {
      throw invalidArgument(`export: ${nodeIds.length} node ids, more than ${MAX_NODE_IDS}`);
    }
    source = { kind: 'nodeIds', nodeIds: nodeIds as string[], hops };
  } else {
    if (typeof query !== 'string' || !query.trim()) {
      throw invalidArgument('export: query must be a non-empty Cypher string');
    }
    if (query.length > MAX_QUERY_LENGTH) {
      throw invalidArgument(`export: the query is longer than ${MAX_QUERY_LENGTH} characters`);
    }
    if (params !== undefined && !isPlainObject(params)) {
      throw invalidArgument('export: params must be an object');
    }
    // Typed JSON like POST /api/cypher, so a workbench result exports with the same values.
    source = { kind: 'query', query, params: decodeParams(params), hops };
  }
  if (name !== undefined && typeof name !== 'string') {
    throw invalidArgument('export: name must be a string');
  }
  if (layout !== undefined && !isPlainObject(layout)) {
    throw invalidArgument('export: layout must be an object of {x, y, color, size} by node id');
  }
  if (typeof formulaGuard !== 'boolean')
    throw invalidArgument('export: formulaGuard must be a boolean');
  return { format, source, name, layout: layout as Layout | undefined, formulaGuard };
}

export function exportRoutes(deps: AppDeps, limits: ExportLimits = DEFAULT_LIMITS): Router {
  const router = Router();
  router.post('/export', async (req, res) => {
    const request = parseExportRequest(req.body);
    const writer = WRITERS[request.format]!;
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
