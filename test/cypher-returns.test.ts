/**
 * The `// @returns` columns of every statement that declares them are the columns Neo4j says
 * the statement returns (EXPLAIN plans the statement and names its columns without running it),
 * so the typed record reads of platform/cypher/statement-types.ts cannot drift from the Cypher.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { testDriver } from './support/neo4j';

const driver = testDriver();
afterAll(() => driver.close());

const declaring = loadCypherLibrary()
  .all()
  .filter((s) => s.columns.length > 0);

describe('declared result columns', () => {
  it('are declared by the statements whose rows the server reads', () => {
    expect(declaring.length).toBeGreaterThan(30);
  });

  it.each(declaring.map((s) => [s.name, s] as const))(
    '%s returns exactly the columns its header declares',
    async (_, statement) => {
      // EXPLAIN plans without running, so the write statements change nothing either.
      const session = driver.session();
      try {
        const params = Object.fromEntries(statement.params.map((p) => [p.name, null]));
        const keys = await session.run(`EXPLAIN ${statement.text}`, params).keys();
        expect(keys).toEqual(statement.columns.map((c) => c.name));
      } finally {
        await session.close();
      }
    },
  );
});
