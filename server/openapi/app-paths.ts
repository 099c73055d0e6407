/**
 * Registrations of the endpoints outside the explorer: health, the read-only Cypher workbench,
 * saved queries (APP_TOKEN on changes), export, adding documents, and this document itself.
 * The schemas are in api/health.ts, api/cypher.ts, api/saved-queries.ts, api/export.ts and
 * api/ingest.ts.
 */
import { Type } from '@sinclair/typebox';
import { HealthResponse } from '../../api/health';
import { CypherRequest, CypherResult, CypherSchemaResponse } from '../../api/cypher';
import {
  RunSavedQueryRequest,
  RunSavedQueryResult,
  SavedQueriesExport,
  SavedQueriesExportQuery,
  SavedQueriesImport,
  SavedQueriesImported,
  SavedQuery,
  SavedQueryDeleteQuery,
  SavedQueryInput,
  SavedQueryList,
  SavedQueryPath,
  SavedQueryUpdate,
} from '../../api/saved-queries';
import { EXPORT_MEDIA_TYPES, ExportRequest } from '../../api/export';
import {
  IngestAccepted,
  IngestJob,
  IngestJobPath,
  IngestPreview,
  IngestQuery,
} from '../../api/ingest';
import type { Operation } from './operation';

const queries = ['saved queries'];
const text = Type.String();

export const appOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/ingest',
    operationId: 'ingestDocuments',
    tags: ['ingest'],
    summary: 'Add documents (.txt, .md, .html, .pdf, .docx): a preview, or a job that writes them',
    description:
      'With dryRun=true: 200 and a preview per document, nothing written (no token needed). Otherwise 202 and a job id; GET /api/ingest/jobs/{id} follows it. Limits: INGEST_MAX_FILE_MB per file (20), INGEST_MAX_FILES (20), INGEST_MAX_TOTAL_MB (100); type from content.',
    token: true,
    params: { query: IngestQuery },
    body: {
      mediaType: 'multipart/form-data',
      description: 'One part per file in field "files"',
      schema: {
        type: 'object',
        properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
        required: ['files'],
      },
    },
    responses: {
      200: { description: 'The preview (dryRun=true)', json: IngestPreview },
      202: { description: 'The job was queued (Location: its URL)', json: IngestAccepted },
    },
    errors: [400, 401, 413, 503],
  },
  {
    method: 'get',
    path: '/api/ingest/jobs/{id}',
    operationId: 'ingestJob',
    tags: ['ingest'],
    summary: 'State, progress and summary of an ingest job (kept in memory, lost on restart)',
    params: { path: IngestJobPath },
    responses: { 200: { description: 'The job', json: IngestJob } },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/health',
    operationId: 'health',
    tags: ['app'],
    summary: 'App and Neo4j status',
    responses: {
      200: { description: 'Neo4j answers', json: HealthResponse },
      503: {
        description:
          'Neo4j does not answer within 3 s (same body, status "unavailable"). Asked over a connection of its own, so a pool busy with long queries does not read as an outage',
        json: HealthResponse,
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'openapi',
    tags: ['app'],
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.0 document', json: { type: 'object' } } },
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/cypher',
    operationId: 'runCypher',
    tags: ['cypher'],
    summary: 'Run read-only Cypher (READ transaction, plan guard, timeout, caps)',
    body: { schema: CypherRequest, description: 'The query and its typed parameters' },
    responses: {
      200: {
        description: 'Columns, rows (typed JSON), elements and a summary',
        json: CypherResult,
      },
    },
    errors: [400, 403, 413, 415, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/cypher/schema',
    operationId: 'cypherSchema',
    tags: ['cypher'],
    summary: 'Labels, relationship types and property keys in use, and the Cypher limits',
    responses: { 200: { description: 'Live schema', json: CypherSchemaResponse } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/queries',
    operationId: 'listQueries',
    tags: queries,
    summary: 'Saved queries and, apart, the built-in library',
    responses: { 200: { description: 'Both lists', json: SavedQueryList } },
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/queries',
    operationId: 'createQuery',
    tags: queries,
    summary: 'Create a saved query (version 1)',
    token: true,
    body: { schema: SavedQueryInput, description: 'Title, description, Cypher, params, tags' },
    responses: { 201: { description: 'Created', json: SavedQuery } },
    errors: [400, 401, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/queries/export',
    operationId: 'exportQueries',
    tags: queries,
    summary: 'All (or some) saved queries as one JSON file',
    params: { query: SavedQueriesExportQuery },
    responses: { 200: { description: 'The export file', json: SavedQueriesExport } },
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/queries/import',
    operationId: 'importQueries',
    tags: queries,
    summary: 'Import .json exports or .cypher files',
    token: true,
    body: {
      schema: SavedQueriesImport,
      description: '{files: [{name, content}]} and/or {json: …}',
    },
    responses: { 201: { description: 'Created queries', json: SavedQueriesImported } },
    errors: [400, 401, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/queries/{id}',
    operationId: 'getQuery',
    tags: queries,
    summary: 'One saved or built-in query',
    params: { path: SavedQueryPath },
    responses: { 200: { description: 'The query', json: SavedQuery } },
    errors: [400, 404, 503],
  },
  {
    method: 'put',
    path: '/api/queries/{id}',
    operationId: 'updateQuery',
    tags: queries,
    summary: 'Update a saved query; send the version you edited',
    token: true,
    params: { path: SavedQueryPath },
    body: { schema: SavedQueryUpdate, description: 'The new content and the edited version' },
    responses: { 200: { description: 'Updated (version + 1)', json: SavedQuery } },
    errors: [400, 401, 403, 404, 409, 413, 415, 503],
  },
  {
    method: 'delete',
    path: '/api/queries/{id}',
    operationId: 'deleteQuery',
    tags: queries,
    summary: 'Delete a saved query',
    token: true,
    params: { path: SavedQueryPath, query: SavedQueryDeleteQuery },
    responses: { 204: { description: 'Deleted' } },
    errors: [400, 401, 403, 404, 409, 503],
  },
  {
    method: 'get',
    path: '/api/queries/{id}/cypher',
    operationId: 'getQueryCypherFile',
    tags: queries,
    summary: 'One query as a .cypher file with its header comment',
    params: { path: SavedQueryPath },
    responses: { 200: { description: 'The .cypher file', content: { 'text/plain': text } } },
    errors: [400, 404, 503],
  },
  {
    method: 'post',
    path: '/api/queries/{id}/run',
    operationId: 'runQuery',
    tags: queries,
    summary: 'Run a saved or built-in query read-only; missing params take their defaults',
    params: { path: SavedQueryPath },
    body: {
      schema: RunSavedQueryRequest,
      description: 'Parameter values (typed JSON, or text converted by the declared type)',
      required: false,
    },
    responses: {
      200: { description: 'Like POST /api/cypher, plus the query run', json: RunSavedQueryResult },
    },
    errors: [400, 403, 404, 413, 415, 429, 503, 504],
  },
  {
    method: 'post',
    path: '/api/export',
    operationId: 'exportGraph',
    tags: ['export'],
    summary: 'Stream a subgraph as a file (json, graphml, gexf, csv zip, cypher, html)',
    body: { schema: ExportRequest, description: 'What to export and how' },
    responses: {
      200: {
        description:
          'The file (Content-Disposition attachment; X-Export-Nodes, X-Export-Relationships)',
        content: Object.fromEntries(
          Object.values(EXPORT_MEDIA_TYPES).map((type) => [
            type,
            type === 'application/json'
              ? { type: 'object' }
              : type === 'application/zip'
                ? { type: 'string', format: 'binary' }
                : text,
          ]),
        ),
      },
    },
    errors: [400, 413, 415, 429, 503, 504],
  },
];
