/**
 * File formats for saved queries, both ways: a `.cypher` file with the header comment the
 * Cypher loader reads (`// @name`, `@title`, `@description`, `@param name type = default -
 * description`, `@tags`), the same format as the built-in library in `cypher/queries/`, and a
 * JSON file holding many queries. Import goes through the loader's own parser, so a file that
 * imports is a file the library could ship. Nothing here touches Neo4j.
 */
import { parseCypherFile, type ParamSpec } from '../../platform/cypher/loader';
import { invalidArgument } from '../errors';
import { parseSavedQueryInput, type SavedQuery, type SavedQueryInput } from './model';

export const EXPORT_FORMAT = 'knowledge-graph-explorer/saved-queries';

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'query'
  );
}

/** Splits prose into header lines of at most ~90 characters. */
function wrap(text: string, width = 90): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function paramLine(param: ParamSpec): string {
  let line = `// @param ${param.name} ${param.type}`;
  if (param.default !== undefined) line += ` = ${JSON.stringify(param.default)}`;
  if (param.description) line += ` - ${param.description.replace(/\s+/g, ' ')}`;
  return line;
}

/** One query as a `.cypher` file the loader (and import) accepts. */
export function toCypherFile(
  query: Pick<SavedQuery, 'id' | 'title' | 'description' | 'cypher' | 'params' | 'tags'>,
  name = slug(query.title),
): string {
  const lines = [`// @name ${name}`, `// @title ${query.title.replace(/\s+/g, ' ')}`];
  for (const line of wrap(query.description)) lines.push(`// @description ${line}`);
  for (const param of query.params) lines.push(paramLine(param));
  if (query.tags.length) lines.push(`// @tags ${query.tags.join(', ')}`);
  if (query.id && !query.id.startsWith('lib:')) lines.push(`// @id ${query.id}`);
  return `${lines.join('\n')}\n${query.cypher.trim()}\n`;
}

/** Parses an uploaded `.cypher` file; a missing `@name` is taken from the file name. */
export function fromCypherFile(
  content: string,
  fileName: string,
): { input: SavedQueryInput; id?: string } {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.cypher$/i, '');
  const source = /^\s*\/\/\s*@name\s+\S/m.test(content)
    ? content
    : `// @name ${slug(base)}\n${content}`;
  let statement;
  try {
    statement = parseCypherFile(source, fileName);
  } catch (error) {
    throw invalidArgument(`import: ${(error as Error).message}`, { file: fileName });
  }
  const id = /^\s*\/\/\s*@id\s+(\S+)\s*$/m.exec(source)?.[1];
  return {
    input: parseSavedQueryInput({
      title: statement.title,
      description: statement.description,
      cypher: statement.text,
      params: statement.params,
      tags: statement.tags,
    }),
    ...(id ? { id } : {}),
  };
}

export function toJsonExport(queries: SavedQuery[]): Record<string, unknown> {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    queries: queries.map(({ id, title, description, cypher, params, tags }) => ({
      id,
      title,
      description,
      cypher,
      params,
      tags,
    })),
  };
}

/** Accepts this app's export object or a bare list of queries. */
export function fromJsonExport(json: unknown): { input: SavedQueryInput; id?: string }[] {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' &&
        json !== null &&
        Array.isArray((json as { queries?: unknown }).queries)
      ? (json as { queries: unknown[] }).queries
      : undefined;
  if (!list) {
    throw invalidArgument(
      `import: expected {"format":"${EXPORT_FORMAT}","queries":[…]} or a list of queries`,
    );
  }
  if (list.length > 500) throw invalidArgument('import: at most 500 queries at a time');
  return list.map((item, i) => {
    try {
      const id = (item as { id?: unknown })?.id;
      return {
        input: parseSavedQueryInput(item),
        ...(typeof id === 'string' && !id.startsWith('lib:') ? { id } : {}),
      };
    } catch (error) {
      throw invalidArgument(`import: queries[${i}]: ${(error as Error).message}`);
    }
  });
}
