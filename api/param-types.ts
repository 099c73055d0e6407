/**
 * The parameter types a saved or built-in query declares (`// @param name type`), as a plain
 * list with no library behind it, so the browser bundle can import it as it is. The schema of a
 * parameter spec (saved-queries.ts) and the workbench's parameter form both read it; the Cypher
 * loader's own list (platform/cypher/loader.ts) must equal it, which a test checks.
 */
export const PARAM_TYPES = [
  'string',
  'integer',
  'float',
  'boolean',
  'date',
  'list',
  'map',
  'any',
] as const;

export type ParamType = (typeof PARAM_TYPES)[number];
