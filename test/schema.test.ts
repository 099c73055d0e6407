import { describe, it, expect, afterAll } from 'vitest';
import { testDriver, testNeo4j } from './support/neo4j';
import { applySchema } from '../platform/neo4j/schema';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/graph-document';
import { typeStatement } from '../platform/load/templates';

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

  it("indexes the id of every relationship type, and a correction's lookup by id seeks it", async () => {
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD labelsOrTypes, properties, state, entityType WHERE entityType = 'RELATIONSHIP' AND properties = ['id'] RETURN labelsOrTypes[0] AS type, state",
      {},
      { database: testNeo4j().database },
    );
    const indexed = records.map((r) => r.get('type') as string).sort();
    expect(indexed).toEqual([...RELATIONSHIP_TYPES].sort());
    for (const r of records) expect(r.get('state')).toBe('ONLINE');
    // The statement a correction reads a relationship with (not a scan of every relationship).
    const lookup = typeStatement(loadCypherLibrary().get('correction-rel-state').text, 'SPOKE_AT');
    const plan = await driver.executeQuery(
      `EXPLAIN ${lookup}`,
      { id: 'x' },
      { database: testNeo4j().database },
    );
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children?: unknown[] }) => {
      operators.push(p.operatorType);
      for (const child of p.children ?? []) walk(child as typeof p);
    };
    walk(plan.summary.plan as unknown as { operatorType: string });
    expect(operators.some((o) => o.startsWith('DirectedRelationshipIndexSeek'))).toBe(true);
  });

  it('is a no-op when applied again', async () => {
    const before = await schemaSnapshot(driver);
    await applySchema(driver, loadCypherLibrary(), testNeo4j().database);
    await applySchema(driver, loadCypherLibrary(), testNeo4j().database);
    expect(await schemaSnapshot(driver)).toEqual(before);
  });
});
