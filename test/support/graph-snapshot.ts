/**
 * For tests that add to the run's shared graph: remembers the node ids and counts there are,
 * and afterwards removes every node whose id was not there (with its relationships), then
 * checks the counts are back where they were.
 */
import { expect } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { graphCounts, testNeo4j } from './neo4j';

async function nodeIds(driver: Driver): Promise<Set<string>> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id',
    {},
    { database: testNeo4j().database },
  );
  return new Set(records.map((r) => r.get('id') as string));
}

export async function graphSnapshot(driver: Driver) {
  const counts = await graphCounts(driver);
  const ids = await nodeIds(driver);
  return {
    counts,
    ids,
    /** Node ids there now, for checks in between. */
    current: () => nodeIds(driver),
    async restore(): Promise<void> {
      const added = [...(await nodeIds(driver))].filter((id) => !ids.has(id));
      await driver.executeQuery(
        'MATCH (n) WHERE n.id IN $ids DETACH DELETE n',
        { ids: added },
        { database: testNeo4j().database },
      );
      expect(await graphCounts(driver)).toEqual(counts);
    },
  };
}
