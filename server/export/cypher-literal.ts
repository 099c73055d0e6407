/**
 * Cypher literal text for driver values, names and strings, for the Cypher script export:
 * the one place where a value becomes Cypher source, so escaping lives here and nowhere else.
 * Strings are single-quoted with every quote, backslash and control character escaped, so a
 * statement always fits on one line; names are backticked with backticks doubled. Types are
 * kept: an integral float is written `1.0`, dates as `date('…')`, big integers exactly. Which
 * driver type a value is comes from `valueKind` (platform/neo4j/values.ts).
 */
import type { Point } from 'neo4j-driver';
import { isTemporalKind, valueKind } from '../../platform/neo4j/values';

/** `name` → `` `name` ``; a backtick inside is doubled (Cypher's only escape in names). */
export function cypherName(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A single-quoted Cypher string; control and line-separator characters as `\uXXXX`. */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const body = text.replace(/[\\'\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (ch) => {
    return ESCAPES[ch] ?? '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  });
  return `'${body}'`;
}

function floatLiteral(value: number): string {
  if (Number.isNaN(value)) return '(0.0 / 0.0)';
  if (value === Infinity) return '(1.0 / 0.0)';
  if (value === -Infinity) return '(-1.0 / 0.0)';
  // Cypher wants a dot or exponent to read a float, and no '+' in the exponent.
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

export function cypherLiteral(value: unknown): string {
  const kind = valueKind(value);
  // The kind is the Cypher function's name: date('…'), localdatetime('…'), duration('…').
  if (isTemporalKind(kind)) return `${kind}(${cypherString(String(value))})`;
  switch (kind) {
    case 'null':
      return 'null';
    case 'integer':
      return (value as { toString(): string }).toString();
    case 'float':
      return floatLiteral(value as number);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return cypherString(value as string);
    case 'list':
      return `[${(value as unknown[]).map(cypherLiteral).join(', ')}]`;
    case 'point': {
      const point = value as Point;
      const z = point.z !== undefined ? `, z: ${floatLiteral(point.z)}` : '';
      return `point({srid: ${cypherLiteral(point.srid)}, x: ${floatLiteral(point.x)}, y: ${floatLiteral(point.y)}${z}})`;
    }
    // Graph values and bytes are written as maps of their own fields, like any other object.
    case 'node':
    case 'relationship':
    case 'path':
    case 'bytes':
    case 'map':
      return cypherMap(value as Record<string, unknown>);
    case 'other':
      return cypherString(String(value));
  }
}

export function cypherMap(properties: Record<string, unknown>): string {
  const entries = Object.entries(properties).map(
    ([key, value]) => `${cypherName(key)}: ${cypherLiteral(value)}`,
  );
  return `{${entries.join(', ')}}`;
}
