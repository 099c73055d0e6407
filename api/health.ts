/** `GET /api/health`: app and Neo4j status, the same body with 200 (up) and 503 (Neo4j away). */
import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from './schema-kit';

export const HealthResponse = Type.Object({
  status: StringEnum(['ok', 'unavailable'] as const),
  neo4j: Type.Object({
    connected: Type.Boolean(),
    version: Type.String(),
    mode: StringEnum(['embedded', 'external'] as const),
    database: Type.String(),
  }),
});
export type HealthResponse = Static<typeof HealthResponse>;
