import { describe, it, expect, afterAll } from 'vitest';
import { testDriver, testNeo4j } from './support/neo4j';
import { applySchema } from '../platform/neo4j/schema';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { NODE_LABELS } from '../model/graph-document';

async function schemaSnapshot(driver: ReturnType<typeof testDriver>) {
  const database = testNeo4j().database;
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name',
    {},
    { database },
  );
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name',
    {},
    { database },
  );
  return {
    constraints: constraints.records.map(
      (r) => r.toObject() as { name: string; labelsOrTypes: string[]; properties: string[] },
    ),
    indexes: indexes.records.map(
      (r) => r.toObject() as { name: string; type: string; state: string },
    ),
  };
}

describe('cypher/schema.cypher', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('declares a uniqueness constraint on id for every label of the graph model', async () => {
    const { constraints } = await schemaSnapshot(driver);
    const constrained = constraints.map((c) => c.labelsOrTypes[0]);
    for (const label of NODE_LABELS) expect(constrained).toContain(label);
    for (const c of constraints) expect(c.properties).toEqual(['id']);
  });

  it('creates online full-text indexes over names and aliases', async () => {
    const { indexes } = await schemaSnapshot(driver);
    const fulltext = indexes.filter((i) => i.type === 'FULLTEXT');
    expect(fulltext.map((i) => i.name).sort()).toEqual([
      'article_text',
      'claim_text',
      'entity_names',
    ]);
    for (const index of fulltext) expect(index.state).toBe('ONLINE');
  });

  it('is a no-op when applied again', async () => {
    const before = await schemaSnapshot(driver);
    await applySchema(driver, loadCypherLibrary(), testNeo4j().database);
    await applySchema(driver, loadCypherLibrary(), testNeo4j().database);
    expect(await schemaSnapshot(driver)).toEqual(before);
  });
});
