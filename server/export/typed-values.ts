/**
 * What each export format needs to know about a driver value: its type (neo4j-admin names),
 * its text form for typed columns (CSV, GraphML, GEXF), and the mapping from Cypher's
 * `valueType()` names used by the schema pre-pass. Which driver type a value is comes from
 * `valueKind` and JSON conversion is `toPlain` (platform/neo4j/values.ts); Cypher literals are
 * in cypher-literal.ts.
 */
import { isTemporalKind, toPlain, valueKind } from '../../platform/neo4j/values';
import type { PropType, ScalarType } from './model';

export function scalarType(value: unknown): ScalarType {
  const kind = valueKind(value);
  // Temporal kinds, `boolean` and `point` are named as neo4j-admin names the column types.
  if (isTemporalKind(kind)) return kind;
  switch (kind) {
    case 'integer':
      return 'long';
    case 'float':
      return 'double';
    case 'boolean':
    case 'point':
      return kind;
    default:
      return 'string';
  }
}

export function propType(value: unknown): PropType {
  if (Array.isArray(value)) return `${value.length ? scalarType(value[0]) : 'string'}[]`;
  return scalarType(value);
}

const VALUE_TYPES: Record<string, ScalarType> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
  DATE: 'date',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED TIME': 'time',
  'LOCAL TIME': 'localtime',
  DURATION: 'duration',
  POINT: 'point',
  NOTHING: 'string',
};

/** `INTEGER NOT NULL`, `LIST<STRING NOT NULL> NOT NULL` → `long`, `string[]`. */
export function fromValueType(valueType: string): PropType | undefined {
  const bare = valueType.replace(/ NOT NULL/g, '').trim();
  const list = /^LIST<(.+)>$/.exec(bare);
  const scalar = VALUE_TYPES[list ? list[1]! : bare];
  if (!scalar) return undefined;
  return list ? `${scalar}[]` : scalar;
}

/**
 * One type for a column seen with several: integers widen to floats; an empty list (typed
 * NOTHING, read as string[]) takes the other list's type; anything else is mixed (undefined).
 */
export function mergeTypes(a: PropType, b: PropType): PropType | undefined {
  if (a === b) return a;
  const pair = new Set([a, b]);
  if (pair.has('long') && pair.has('double')) return 'double';
  if (pair.has('long[]') && pair.has('double[]')) return 'double[]';
  return undefined;
}

/** Text of one scalar for a typed column: floats keep full precision, NaN/Infinity spelled out. */
export function scalarText(value: unknown): string {
  switch (valueKind(value)) {
    case 'float':
      // String() already spells NaN and ±Infinity as the typed columns want them.
      return String(value);
    case 'integer':
      return (value as { toString(): string }).toString();
    case 'string':
      return value as string;
    default: {
      const plain = toPlain(value);
      return typeof plain === 'string' ? plain : JSON.stringify(plain);
    }
  }
}

/** Text of a value whose column is a single text field: scalars as text, lists as JSON. */
export function valueText(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(toPlain(value));
  return scalarText(value);
}
