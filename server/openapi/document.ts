/**
 * The OpenAPI 3.0 document served at `GET /api/openapi.json`, built from the registrations
 * (explorer-paths.ts, app-paths.ts) and the api/ schemas they name. Built once; a test checks
 * it against the official OpenAPI schema, against the routes Express registers and against real
 * responses, and schemathesis fuzzes the app with it.
 */
import { appOperations } from './app-paths';
import { explorerOperations } from './explorer-paths';
import { correctionOperations } from './corrections-paths';
import { operationObject, type Operation } from './operation';
import { toOpenApi, type Json } from './json-schema';
import { COMPONENTS, componentNames, componentResponses } from './schemas';

export const OPERATIONS: Operation[] = [
  ...appOperations,
  ...explorerOperations,
  ...correctionOperations,
];

const securitySchemes = {
  appToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'APP_TOKEN, or one of the named APP_TOKENS: needed to change saved queries and make corrections when the server has one configured; otherwise no authentication. A correction made with a named token records its name as the author',
  },
};

export function openApiDocument(): Json {
  const names = componentNames();
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op, names);
  return {
    openapi: '3.0.3',
    info: {
      title: 'Knowledge-graph explorer API',
      version: '0.1.0',
      description:
        'Explore a Neo4j graph of people, organizations, events and claims extracted from news articles. Every relationship carries provenance (article, evidence sentence, offsets, method, confidence); claims are attributed ("claimedBy"), never facts. Errors are {"error": {"code", "message", "details?"}}.',
    },
    servers: [{ url: '/' }],
    tags: [
      {
        name: 'explorer',
        description: 'Search, details, neighbours, paths, co-speakers, timeline',
      },
      { name: 'cypher', description: 'Read-only Cypher workbench' },
      { name: 'saved queries', description: 'Saved and built-in queries' },
      { name: 'export', description: 'Subgraph files' },
      { name: 'app', description: 'Health and this document' },
    ],
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.entries(COMPONENTS).map(([name, schema]) => [
          name,
          toOpenApi(schema as Json, names, true),
        ]),
      ),
      responses: componentResponses,
      securitySchemes,
    },
  };
}
