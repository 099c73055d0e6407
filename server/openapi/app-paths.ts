/**
 * OpenAPI path items of the endpoints outside the explorer: health, the read-only Cypher
 * workbench, saved queries (with APP_TOKEN on changes), export, and this document itself.
 * Written from the route modules (server/routes/health.ts, cypher.ts, saved-queries.ts,
 * export.ts) and the middleware in app.ts (request limits, rate limit); keep them in step.
 */
import {
  anyValue,
  arr,
  bool,
  errors,
  int,
  jsonBody,
  jsonResponse,
  obj,
  pathId,
  queryParam,
  ref,
  str,
  type Schema,
} from './schemas';

const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'html'];

const savedQueryId = pathId(
  'Saved query id, or lib:<name> for the built-in library',
  str({ pattern: '^[A-Za-z0-9][\\w:.-]{0,99}$' }),
);

const bearer = [{ appToken: [] }, {}];

const healthBody = obj({
  status: str({ enum: ['ok', 'unavailable'] }),
  neo4j: obj({
    connected: bool(),
    version: str(),
    mode: str({ enum: ['embedded', 'external'] }),
    database: str(),
  }),
});

const cypherRequest = obj(
  {
    query: str({ minLength: 1, description: 'One read-only Cypher statement' }),
    params: {
      type: 'object',
      additionalProperties: true,
      description:
        'Typed JSON parameters: integral number → Integer, {"$type":"date","value":"2017-09-14"}, …',
    },
  },
  ['params'],
);

const runResult = {
  allOf: [ref('CypherResult'), obj({ query: obj({ id: str(), title: str(), version: int() }) })],
};

export const appPaths: Record<string, Schema> = {
  '/api/health': {
    get: {
      tags: ['app'],
      operationId: 'health',
      summary: 'App and Neo4j status',
      responses: {
        '200': jsonResponse('Neo4j answers', healthBody),
        '400': { $ref: '#/components/responses/BadRequest' },
        '503': jsonResponse(
          'Neo4j does not answer within 3 s (same body, status "unavailable"). Asked over a connection of its own, so a pool busy with long queries does not read as an outage',
          healthBody,
        ),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      tags: ['app'],
      operationId: 'openapi',
      summary: 'This document',
      responses: {
        '200': jsonResponse('OpenAPI 3.0 document', { type: 'object' }),
        ...errors(400),
      },
    },
  },
  '/api/cypher': {
    post: {
      tags: ['cypher'],
      operationId: 'runCypher',
      summary: 'Run read-only Cypher (READ transaction, plan guard, timeout, caps)',
      requestBody: jsonBody(cypherRequest, 'The query and its typed parameters'),
      responses: {
        '200': jsonResponse(
          'Columns, rows (typed JSON), elements and a summary',
          ref('CypherResult'),
        ),
        ...errors(400, 403, 413, 415, 429, 503, 504),
      },
    },
  },
  '/api/cypher/schema': {
    get: {
      tags: ['cypher'],
      operationId: 'cypherSchema',
      summary: 'Labels, relationship types and property keys in use, and the Cypher limits',
      responses: {
        '200': jsonResponse(
          'Live schema',
          obj({
            labels: arr(str()),
            relationshipTypes: arr(str()),
            propertyKeys: arr(str()),
            limits: ref('CypherLimits'),
          }),
        ),
        ...errors(400, 503),
      },
    },
  },
  '/api/queries': {
    get: {
      tags: ['saved queries'],
      operationId: 'listQueries',
      summary: 'Saved queries and, apart, the built-in library',
      responses: {
        '200': jsonResponse(
          'Both lists',
          obj({
            queries: arr(ref('SavedQuery')),
            library: arr(ref('SavedQuery')),
            tokenRequired: bool(),
          }),
        ),
        ...errors(400, 503),
      },
    },
    post: {
      tags: ['saved queries'],
      operationId: 'createQuery',
      summary: 'Create a saved query (version 1)',
      security: bearer,
      requestBody: jsonBody(ref('SavedQueryInput'), 'Title, description, Cypher, params, tags'),
      responses: {
        '201': jsonResponse('Created', ref('SavedQuery')),
        ...errors(400, 401, 413, 415, 503),
      },
    },
  },
  '/api/queries/export': {
    get: {
      tags: ['saved queries'],
      operationId: 'exportQueries',
      summary: 'All (or some) saved queries as one JSON file',
      parameters: [
        queryParam('ids', str(), 'Comma-separated ids to export; default all'),
        queryParam(
          'library',
          str(),
          '"true" also exports the built-in library; any other value does not',
        ),
      ],
      responses: {
        '200': jsonResponse('The export file', ref('SavedQueriesExport')),
        ...errors(400, 503),
      },
    },
  },
  '/api/queries/import': {
    post: {
      tags: ['saved queries'],
      operationId: 'importQueries',
      summary: 'Import .json exports or .cypher files',
      security: bearer,
      requestBody: jsonBody(
        obj(
          {
            files: arr(obj({ name: str(), content: str() }, ['name']), { maxItems: 500 }),
            json: anyValue('An export file object or a list of queries'),
          },
          ['files', 'json'],
        ),
        '{files: [{name, content}]} and/or {json: …}',
      ),
      responses: {
        '201': jsonResponse('Created queries', obj({ created: arr(ref('SavedQuery')) })),
        ...errors(400, 401, 413, 415, 503),
      },
    },
  },
  '/api/queries/{id}': {
    get: {
      tags: ['saved queries'],
      operationId: 'getQuery',
      summary: 'One saved or built-in query',
      parameters: [savedQueryId],
      responses: {
        '200': jsonResponse('The query', ref('SavedQuery')),
        ...errors(400, 404, 503),
      },
    },
    put: {
      tags: ['saved queries'],
      operationId: 'updateQuery',
      summary: 'Update a saved query; send the version you edited',
      security: bearer,
      parameters: [savedQueryId],
      requestBody: jsonBody(
        {
          allOf: [
            ref('SavedQueryInput'),
            obj({ version: int({ minimum: 1, description: 'The version you edited' }) }),
          ],
        },
        'The new content and the edited version',
      ),
      responses: {
        '200': jsonResponse('Updated (version + 1)', ref('SavedQuery')),
        ...errors(400, 401, 403, 404, 409, 413, 415, 503),
      },
    },
    delete: {
      tags: ['saved queries'],
      operationId: 'deleteQuery',
      summary: 'Delete a saved query',
      security: bearer,
      parameters: [
        savedQueryId,
        queryParam('version', int({ minimum: 1 }), 'Refuse (409) if the query changed since'),
      ],
      responses: {
        '204': { description: 'Deleted' },
        ...errors(400, 401, 403, 404, 409, 503),
      },
    },
  },
  '/api/queries/{id}/cypher': {
    get: {
      tags: ['saved queries'],
      operationId: 'getQueryCypherFile',
      summary: 'One query as a .cypher file with its header comment',
      parameters: [savedQueryId],
      responses: {
        '200': {
          description: 'The .cypher file',
          content: { 'text/plain': { schema: str() } },
        },
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/queries/{id}/run': {
    post: {
      tags: ['saved queries'],
      operationId: 'runQuery',
      summary: 'Run a saved or built-in query read-only; missing params take their defaults',
      parameters: [savedQueryId],
      requestBody: jsonBody(
        obj({ params: { type: 'object', additionalProperties: true } }, ['params']),
        'Parameter values (typed JSON, or text converted by the declared type)',
        false,
      ),
      responses: {
        '200': jsonResponse('Like POST /api/cypher, plus the query run', runResult),
        ...errors(400, 403, 404, 413, 415, 429, 503, 504),
      },
    },
  },
  '/api/export': {
    post: {
      tags: ['export'],
      operationId: 'exportGraph',
      summary: 'Stream a subgraph as a file (json, graphml, gexf, csv zip, cypher, html)',
      requestBody: jsonBody(
        obj(
          {
            format: str({ enum: EXPORT_FORMATS }),
            nodeIds: arr(str(), { minItems: 1, maxItems: 50000 }),
            query: str({ minLength: 1, maxLength: 20000 }),
            params: { type: 'object', additionalProperties: true },
            hops: int({ minimum: 0, maximum: 3, default: 0 }),
            name: str(),
            layout: {
              type: 'object',
              additionalProperties: true,
              description: '{nodeId: {x, y, color, size}}',
            },
            formulaGuard: bool(),
          },
          ['nodeIds', 'query', 'params', 'hops', 'name', 'layout', 'formulaGuard'],
          {
            description: 'Give exactly one of nodeIds and query',
            oneOf: [{ required: ['nodeIds'] }, { required: ['query'] }],
          },
        ),
        'What to export and how',
      ),
      responses: {
        '200': {
          description:
            'The file (Content-Disposition attachment; X-Export-Nodes, X-Export-Relationships)',
          content: {
            'application/json': { schema: { type: 'object' } },
            'application/graphml+xml': { schema: str() },
            'application/gexf+xml': { schema: str() },
            'application/zip': { schema: str({ format: 'binary' }) },
            'application/x-cypher-query': { schema: str() },
            'text/html': { schema: str() },
          },
        },
        ...errors(400, 413, 415, 429, 503, 504),
      },
    },
  },
};

export const securitySchemes = {
  appToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'APP_TOKEN: needed to change saved queries when the server has one configured; otherwise no authentication',
  },
};
