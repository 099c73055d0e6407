/**
 * The OpenAPI 3.0 document served at `GET /api/openapi.json`, covering every endpoint of the
 * app: explorer (explorer-paths.ts), health, Cypher, saved queries, export and this document
 * (app-paths.ts), with the shared schemas and error responses (schemas.ts). Built once; a test
 * checks it against the official OpenAPI schema and against the routes Express registers.
 */
import { appPaths, securitySchemes } from './app-paths';
import { explorerPaths, explorerSchemas } from './explorer-paths';
import { componentResponses, componentSchemas, type Schema } from './schemas';

export function openApiDocument(): Schema {
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
    paths: { ...appPaths, ...explorerPaths },
    components: {
      schemas: { ...componentSchemas, ...explorerSchemas },
      responses: componentResponses,
      securitySchemes,
    },
  };
}
