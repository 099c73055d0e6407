/**
 * Loads every `.cypher` file under `cypher/` and serves them by name (the PugSQL pattern): one
 * statement per file, with a header of `// @key value` comment lines giving its name, title,
 * description and parameters. It refuses duplicate or missing names and parameters used but
 * not declared, and reports parameters declared but never used. It does not run anything.
 *
 * Header grammar:
 *   // @name co-speakers
 *   // @title Co-speakers of a person
 *   // @description People who spoke at the same events as a given person.
 *   // @param personId string = "person:rama-yade" - The person's id
 *   // @tags people, events
 *   // @returns id string - one line per column the statement returns (column-types.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import { PARAM_TYPES, type ParamType } from '../../model/param-types';
import { ColumnTypeError, columnTypeScript } from './column-types';
import type { StatementName, StatementParams, StatementRows } from './statement-types';

export { PARAM_TYPES, type ParamType };

export type { StatementName, StatementParams, StatementRows };

/** A row a statement returns: its declared columns, or any column of unknown type. */
export type RowOf<N extends string> = N extends StatementName
  ? StatementRows[N]
  : Record<string, unknown>;

/** The parameters a statement takes: its header's, or any for a statement named at run time. */
export type ParamsOf<N extends string> = N extends StatementName
  ? StatementParams[N]
  : Record<string, unknown>;

export const CYPHER_DIR = path.resolve(import.meta.dirname, '../../cypher');

export interface ParamSpec {
  name: string;
  type: ParamType;
  default?: unknown;
  description?: string;
}

/** A column a statement returns, as its `// @returns` line declares it. */
export interface ColumnSpec {
  name: string;
  /** The type expression as written (column-types.ts). */
  type: string;
  /** Its TypeScript reading. */
  typeScript: string;
  description?: string;
}

export interface CypherStatement<N extends string = string> {
  name: N;
  title: string;
  description: string;
  params: ParamSpec[];
  /** Declared result columns; empty when the header declares none (rows are then untyped). */
  columns: ColumnSpec[];
  tags: string[];
  text: string;
  /** Path relative to the cypher directory, for messages. */
  file: string;
}

export class CypherFileError extends Error {
  override name = 'CypherFileError';
}

const PARAM_LINE = /^(\w+)\s+(\w+)(?:\s*=\s*(.+?))?(?:\s+-\s+(.*))?$/;

/** `$name` references in a statement, ignoring comments and string literals. */
export function usedParameters(text: string): Set<string> {
  const stripped = text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return new Set([...stripped.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
}

/** Parses one file's text; `file` is only used in error messages. */
export function parseCypherFile(source: string, file: string): CypherStatement {
  const header: Record<string, string[]> = {};
  const body: string[] = [];
  let inHeader = true;
  for (const line of source.split('\n')) {
    const match = inHeader ? /^\s*\/\/\s*@(\w+)\s*(.*)$/.exec(line) : null;
    if (match) {
      (header[match[1]!] ??= []).push(match[2]!.trim());
      continue;
    }
    if (inHeader && /^\s*(\/\/.*)?$/.test(line)) continue;
    inHeader = false;
    body.push(line);
  }
  const name = header.name?.[0];
  if (!name) throw new CypherFileError(`${file}: missing "// @name <name>" header line`);
  const params = (header.param ?? []).map((line) => {
    const match = PARAM_LINE.exec(line);
    if (!match) {
      throw new CypherFileError(
        `${file}: bad @param "${line}" (expected: @param <name> <type> [= <json default>] [- description])`,
      );
    }
    const type = match[2] as ParamType;
    if (!(PARAM_TYPES as readonly string[]).includes(type)) {
      throw new CypherFileError(
        `${file}: @param ${match[1]} has unknown type "${type}" (known: ${PARAM_TYPES.join(', ')})`,
      );
    }
    let fallback: unknown;
    if (match[3] !== undefined) {
      try {
        fallback = JSON.parse(match[3]);
      } catch {
        throw new CypherFileError(
          `${file}: @param ${match[1]} default ${match[3]} is not valid JSON`,
        );
      }
    }
    return { name: match[1]!, type, default: fallback, description: match[4]?.trim() };
  });
  const columns = (header.returns ?? []).map((line) => parseColumn(line, file));
  const text = body.join('\n').trim();
  if (!text) throw new CypherFileError(`${file}: no statement after the header`);
  const declared = new Set(params.map((p) => p.name));
  const undeclared = [...usedParameters(text)].filter((p) => !declared.has(p));
  if (undeclared.length) {
    throw new CypherFileError(
      `${file}: parameters used but not declared: ${undeclared.map((p) => `$${p}`).join(', ')} (add "// @param <name> <type>")`,
    );
  }
  return {
    name,
    title: header.title?.[0] ?? name,
    description: (header.description ?? []).join(' '),
    params,
    columns,
    tags: (header.tags?.[0] ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    text,
    file,
  };
}

const COLUMN_LINE = /^(\w+)\s+(.+?)(?:\s+-\s+(.*))?$/;

function parseColumn(line: string, file: string): ColumnSpec {
  const match = COLUMN_LINE.exec(line);
  if (!match) {
    throw new CypherFileError(
      `${file}: bad @returns "${line}" (expected: @returns <column> <type> [- description])`,
    );
  }
  try {
    const [, name, type, description] = match;
    return { name: name!, type: type!, typeScript: columnTypeScript(type!), description };
  } catch (error) {
    if (!(error instanceof ColumnTypeError)) throw error;
    throw new CypherFileError(`${file}: @returns ${match[1]}: ${error.message}`);
  }
}

export interface CypherLibrary {
  /** A statement of the library by its name: a name no `.cypher` file declares does not compile. */
  get<N extends StatementName>(name: N): CypherStatement<N>;
  /** A statement named at run time (the query library's user-facing names); throws when unknown. */
  lookup(name: string): CypherStatement;
  all(): CypherStatement[];
  /** Declared parameters that a statement never uses: worth a warning, not a refusal. */
  warnings: string[];
}

function listCypherFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCypherFiles(full));
    else if (entry.name.endsWith('.cypher')) out.push(full);
  }
  return out.sort();
}

export function loadCypherLibrary(dir = CYPHER_DIR): CypherLibrary {
  const byName = new Map<string, CypherStatement>();
  const warnings: string[] = [];
  for (const full of listCypherFiles(dir)) {
    const file = path.relative(dir, full);
    const statement = parseCypherFile(fs.readFileSync(full, 'utf8'), file);
    const existing = byName.get(statement.name);
    if (existing) {
      throw new CypherFileError(
        `${file}: name "${statement.name}" is already used by ${existing.file}`,
      );
    }
    const used = usedParameters(statement.text);
    for (const param of statement.params) {
      if (!used.has(param.name))
        warnings.push(`${file}: @param ${param.name} is declared but never used`);
    }
    byName.set(statement.name, statement);
  }
  const lookup = (name: string): CypherStatement => {
    const statement = byName.get(name);
    if (!statement) {
      throw new CypherFileError(`no Cypher statement named "${name}" in ${dir}`);
    }
    return statement;
  };
  return {
    // The generated names are those of these files: the test of statement-types.ts keeps them so.
    get: <N extends StatementName>(name: N) => lookup(name) as CypherStatement<N>,
    lookup,
    all: () => [...byName.values()],
    warnings,
  };
}
