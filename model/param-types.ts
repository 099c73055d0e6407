/**
 * The parameter types a saved or built-in query declares (`// @param name type`), as a plain
 * list with no library behind it, so the browser bundle can import it as it is. The Cypher
 * loader (platform/cypher/loader.ts), the schema of a parameter spec (api/saved-queries.ts) and
 * the workbench's parameter form all read this one list.
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
