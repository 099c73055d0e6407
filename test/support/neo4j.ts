/**
 * Test-side access to the run's shared Neo4j: a real driver on the embedded database started
 * by global-setup.ts, plus an in-process app built on it. No fake drivers anywhere.
 */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../platform/neo4j/connect';
import { createApp, type AppDeps } from '../../server/app';
import { loadCypherLibrary } from '../../platform/cypher/loader';
import { silentLogger } from '../../platform/logger';
import type { Db } from '../../platform/neo4j/db';
import type { TestNeo4j } from '../global-setup';

export function testNeo4j() {
  const info = inject('neo4j') as TestNeo4j | undefined;
  // Only the integration and browser projects start the database (vitest.config.ts).
  if (!info) {
    throw new Error(
      "no test Neo4j in this Vitest project: a test that uses it belongs under test/, or in the integration project's list of co-located files (vitest.config.ts)",
    );
  }
  return info;
}

export function testDriver(): Driver {
  const info = testNeo4j();
  return createDriver(info.uri, info.user, info.password);
}

export function testDb(driver: Driver): Db {
  return { driver, database: testNeo4j().database };
}

export function testApp(driver: Driver, overrides: Partial<AppDeps> = {}) {
  const info = testNeo4j();
  return createApp({
    db: testDb(driver),
    cypher: loadCypherLibrary(),
    log: silentLogger,
    neo4j: { mode: info.mode, version: 'test' },
    ...overrides,
  });
}

/** Node and relationship counts, to prove an operation changed nothing. */
export async function graphCounts(
  driver: Driver,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: testNeo4j().database },
  );
  return {
    nodes: Number(records[0]?.get('nodes')),
    relationships: Number(records[0]?.get('relationships')),
  };
}
