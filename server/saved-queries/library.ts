/**
 * The built-in query library: every statement under `cypher/queries/`, shown to users as
 * read-only saved queries with ids `lib:<name>`. They come from the same loader and header
 * format as every other statement, so they are checked at start-up like the rest.
 */
import type { CypherLibrary, CypherStatement } from '../../platform/cypher/loader';
import type { SavedQuery } from './model';

export const LIBRARY_PREFIX = 'lib:';

export function isLibraryId(id: string): boolean {
  return id.startsWith(LIBRARY_PREFIX);
}

function toSavedQuery(statement: CypherStatement): SavedQuery {
  return {
    id: `${LIBRARY_PREFIX}${statement.name}`,
    title: statement.title,
    description: statement.description,
    cypher: statement.text,
    params: statement.params,
    tags: statement.tags,
    createdAt: null,
    updatedAt: null,
    version: 0,
    builtin: true,
  };
}

export function libraryQueries(cypher: CypherLibrary): SavedQuery[] {
  return cypher
    .all()
    .filter((s) => s.file.replace(/\\/g, '/').startsWith('queries/'))
    .map(toSavedQuery)
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function libraryQuery(cypher: CypherLibrary, id: string): SavedQuery | undefined {
  return libraryQueries(cypher).find((q) => q.id === id);
}
