/**
 * Applies `cypher/schema.cypher` (constraints and indexes, all IF NOT EXISTS) and waits for
 * the indexes to come online, so the first search after start-up does not miss. Applying it
 * twice changes nothing. Not a migration system: the graph model has one schema version.
 */
import type { Driver } from 'neo4j-driver';
import type { CypherLibrary } from '../cypher/loader';

/** Splits a multi-statement file on `;` at line ends, dropping comment-only lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applySchema(
  driver: Driver,
  library: CypherLibrary,
  database: string,
): Promise<void> {
  for (const statement of splitStatements(library.get('schema').text)) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}
