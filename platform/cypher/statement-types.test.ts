import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { Db } from '../neo4j/db';
import { readStatement } from '../neo4j/db';
import { loadCypherLibrary, type CypherLibrary } from './loader';
import { statementTypesSource } from './statement-types-source';

const file = fileURLToPath(new URL('./statement-types.ts', import.meta.url));

describe('statement-types.ts', () => {
  it('matches the headers of the .cypher files (else: npm run build:cypher-types)', async () => {
    const expected = await statementTypesSource(loadCypherLibrary(), file);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});

// Checked by `npm run typecheck`, never run: each line below must fail to compile, or tsc
// reports the directive as unused.
export function compileErrors(cypher: CypherLibrary, db: Db): void {
  // @ts-expect-error a statement no .cypher file declares
  cypher.get('explorer-neighbours');
  // @ts-expect-error a parameter the statement does not declare
  void readStatement(db, cypher.get('explorer-node-by-id'), { id: 'person:x', depth: 2 });
  // @ts-expect-error a required parameter left out
  void readStatement(db, cypher.get('explorer-neighbors'), { types: [] });
  // @ts-expect-error a parameter of the wrong type
  void readStatement(db, cypher.get('explorer-neighbors'), { eid: 42, modelLabels: [] });
  void readStatement(db, cypher.get('explorer-search'), { query: 'x', words: [], labels: [] }).then(
    ([row]) => {
      // @ts-expect-error a column the statement does not return
      row?.get('nmae');
      // @ts-expect-error a column read as the wrong type (names are strings)
      const count: number | undefined = row?.get('name');
      return count;
    },
  );
}
