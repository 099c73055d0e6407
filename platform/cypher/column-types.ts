/**
 * The little type language of a statement's `// @returns <column> <type>` header lines, and
 * its TypeScript reading, so that a record's `get('column')` is typed without a cast. A type is
 * a driver value kind (`string`, `integer`, `node`, …), a map `{r: relationship, m: node}`, a
 * tuple `[relationship?, node?]`, or string literals `"out" | "in"`; `[]` makes a list of it and
 * a trailing `?` lets it be null. It describes what the driver hands back (an `integer` is a
 * driver Integer, a `date` a driver Date), not what the API sends: conversion stays at the edge.
 * Parsing only: checking the columns against Neo4j is platform/cypher/returns.test.ts's job.
 */

/** Driver value kinds and the TypeScript type of each (driver types from 'neo4j-driver'). */
export const COLUMN_KINDS = {
  string: 'string',
  integer: 'Integer',
  float: 'number',
  number: 'number | Integer',
  boolean: 'boolean',
  date: 'Date',
  node: 'Node',
  relationship: 'Relationship',
  path: 'Path',
  map: 'Record<string, unknown>',
  any: 'unknown',
} as const;

export type ColumnKind = keyof typeof COLUMN_KINDS;

export class ColumnTypeError extends Error {
  override name = 'ColumnTypeError';
}

const TOKEN = /\s*(\[\]|[{}[\]:,?|]|"[^"]*"|[A-Za-z]\w*)/y;

function tokens(source: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (source.slice(at).trim()) {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(source);
    if (!match) throw new ColumnTypeError(`cannot read "${source.slice(at).trim()}"`);
    out.push(match[1]!);
    at = TOKEN.lastIndex;
  }
  return out;
}

/** The TypeScript type a column type expression stands for; throws ColumnTypeError if malformed. */
export function columnTypeScript(source: string): string {
  const list = tokens(source);
  let at = 0;
  const peek = () => list[at];
  const take = (expected?: string) => {
    const token = list[at++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new ColumnTypeError(
        `expected ${expected ? `"${expected}"` : 'a type'} in "${source}", got ${token === undefined ? 'the end' : `"${token}"`}`,
      );
    }
    return token;
  };
  const primary = (): string => {
    const token = take();
    if (token === '{') {
      const fields: string[] = [];
      do {
        const name = take();
        take(':');
        fields.push(`${name}: ${type()}`);
      } while (peek() === ',' && take(','));
      take('}');
      return `{ ${fields.join('; ')} }`;
    }
    if (token === '[') {
      const items: string[] = [];
      do items.push(type());
      while (peek() === ',' && take(','));
      take(']');
      return `[${items.join(', ')}]`;
    }
    if (token.startsWith('"')) {
      const literals = [token];
      while (peek() === '|' && take('|')) literals.push(take());
      if (literals.some((l) => !l.startsWith('"'))) {
        throw new ColumnTypeError(`only string literals can be joined with "|" in "${source}"`);
      }
      return literals.join(' | ');
    }
    const kind = COLUMN_KINDS[token as ColumnKind];
    if (kind === undefined) {
      throw new ColumnTypeError(
        `unknown type "${token}" in "${source}" (known: ${Object.keys(COLUMN_KINDS).join(', ')})`,
      );
    }
    return kind;
  };
  const type = (): string => {
    let ts = primary();
    while (peek() === '[]' && take('[]')) ts = `${ts.includes(' ') ? `(${ts})` : ts}[]`;
    if (peek() === '?' && take('?')) ts = `${ts} | null`;
    return ts;
  };
  const result = type();
  if (at < list.length) throw new ColumnTypeError(`unexpected "${list[at]}" in "${source}"`);
  return result;
}
