/**
 * Writes the TypeScript of `statement-types.ts` from the Cypher library's headers: one entry per
 * statement name with its parameters' types (a parameter with a default is optional), and one
 * with its result columns' types where the header declares them (`// @returns`). Used by
 * `npm run build:cypher-types`, and by the test that keeps the committed file equal to the
 * headers. It reads headers only: it never runs a statement.
 */
import { format, resolveConfig } from 'prettier';
import type { ColumnSpec, CypherLibrary, CypherStatement, ParamSpec, ParamType } from './loader';

const TS_TYPE: Record<ParamType, string> = {
  string: 'string',
  integer: 'number | Integer',
  float: 'number',
  boolean: 'boolean',
  date: 'string',
  list: 'readonly unknown[]',
  map: 'Readonly<Record<string, unknown>>',
  any: 'unknown',
};

function paramLine(param: ParamSpec): string {
  const optional = param.default !== undefined ? '?' : '';
  // A parameter whose default is null takes null: the statement tests for it.
  const nullable = param.default === null && param.type !== 'any' ? ' | null' : '';
  const doc = param.description ? `/** ${param.description.replace(/\*\//g, '* /')} */\n` : '';
  return `${doc}${JSON.stringify(param.name)}${optional}: ${TS_TYPE[param.type]}${nullable};`;
}

function columnLine(column: ColumnSpec): string {
  const doc = column.description ? `/** ${column.description.replace(/\*\//g, '* /')} */\n` : '';
  return `${doc}${JSON.stringify(column.name)}: ${column.typeScript};`;
}

/** A row of a statement that declares no columns: any column, of unknown type. */
const UNDECLARED_ROW = 'Record<string, unknown>';

function rowEntry(statement: CypherStatement): string {
  const body = statement.columns.length
    ? `{\n${statement.columns.map(columnLine).join('\n')}\n}`
    : UNDECLARED_ROW;
  return `${JSON.stringify(statement.name)}: ${body};`;
}

const DRIVER_TYPES = ['Date', 'Integer', 'Node', 'Path', 'Relationship'];

/** The module's text, formatted as the repository's Prettier configuration formats it. */
export async function statementTypesSource(library: CypherLibrary, file: string): Promise<string> {
  const statements = [...library.all()].sort((a, b) => (a.name < b.name ? -1 : 1));
  // A statement without parameters takes none: `Record<string, never>`, not `{}` (anything).
  const entries = statements.map((s) =>
    s.params.length === 0
      ? `${JSON.stringify(s.name)}: Record<string, never>;`
      : `${JSON.stringify(s.name)}: {\n${s.params.map(paramLine).join('\n')}\n};`,
  );
  const rows = statements.map(rowEntry);
  const used = DRIVER_TYPES.filter((t) =>
    [...entries, ...rows].some((line) =>
      new RegExp(`\\b${t}\\b`).test(line.replace(/\/\*\*.*?\*\//g, '')),
    ),
  );
  const text = `/**
 * Generated from the headers of the .cypher files under cypher/ by \`npm run build:cypher-types\`:
 * do not edit.
 * Each statement's name, its parameters' types and its rows' columns, so that a wrong statement
 * name, parameter or column read fails to compile (platform/cypher/loader.ts,
 * platform/neo4j/db.ts).
 */
${used.length ? `import type { ${used.join(', ')} } from 'neo4j-driver';\n` : ''}
export interface StatementParams {
${entries.join('\n')}
}

export interface StatementRows {
${rows.join('\n')}
}

export type StatementName = keyof StatementParams;
`;
  const config = (await resolveConfig(file)) ?? {};
  return format(text, { ...config, parser: 'typescript' });
}
