/**
 * Cypher literal text for driver values, names and strings, for the Cypher script export:
 * the one place where a value becomes Cypher source, so escaping lives here and nowhere else.
 * Strings are single-quoted with every quote, backslash and control character escaped, so a
 * statement always fits on one line; names are backticked with backticks doubled. Types are
 * kept: an integral float is written `1.0`, dates as `date('…')`, big integers exactly.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

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
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value) || typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return floatLiteral(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return cypherString(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (isDate(value)) return `date(${cypherString(value.toString())})`;
  if (isDateTime(value)) return `datetime(${cypherString(value.toString())})`;
  if (isLocalDateTime(value)) return `localdatetime(${cypherString(value.toString())})`;
  if (isTime(value)) return `time(${cypherString(value.toString())})`;
  if (isLocalTime(value)) return `localtime(${cypherString(value.toString())})`;
  if (isDuration(value)) return `duration(${cypherString(value.toString())})`;
  if (isPoint(value)) {
    const z = value.z !== undefined ? `, z: ${floatLiteral(value.z)}` : '';
    return `point({srid: ${cypherLiteral(value.srid)}, x: ${floatLiteral(value.x)}, y: ${floatLiteral(value.y)}${z}})`;
  }
  if (typeof value === 'object') return cypherMap(value as Record<string, unknown>);
  return cypherString(String(value));
}

export function cypherMap(properties: Record<string, unknown>): string {
  const entries = Object.entries(properties).map(
    ([key, value]) => `${cypherName(key)}: ${cypherLiteral(value)}`,
  );
  return `{${entries.join(', ')}}`;
}
