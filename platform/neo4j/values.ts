/**
 * Driver values, classified once and converted to plain JSON at the API edge. `valueKind` is
 * the one switch over neo4j-driver's value types (integers, temporals, points, graph values,
 * bytes): every module that treats kinds differently (`toPlain` here, the workbench's typed
 * JSON, the export writers' column types and Cypher literals) switches on its answer instead of
 * testing the driver's types again. `toPlain` converts Integers to numbers (or strings beyond
 * 2^53, so nothing is silently rounded), temporals to ISO strings, points to {srid,x,y[,z]},
 * nodes/relationships/paths to plain objects. Nothing else in the server should hand driver
 * types to Express.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
} from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** The temporal kinds, named as Cypher's functions and neo4j-admin's column types name them. */
export const TEMPORAL_KINDS = [
  'date',
  'datetime',
  'localdatetime',
  'time',
  'localtime',
  'duration',
] as const;
export type TemporalKind = (typeof TEMPORAL_KINDS)[number];

/** True for the kinds whose values are written as ISO 8601 text (`String(value)`). */
export function isTemporalKind(kind: ValueKind): kind is TemporalKind {
  return (TEMPORAL_KINDS as readonly string[]).includes(kind);
}

/**
 * What a value from (or for) the driver is. `integer`: a driver Integer or a bigint; `float`:
 * any JS number; `map`: any other object (including class instances); `other`: functions,
 * symbols and the like, which no conversion knows.
 */
export type ValueKind =
  | 'null'
  | 'boolean'
  | 'integer'
  | 'float'
  | 'string'
  | TemporalKind
  | 'point'
  | 'node'
  | 'relationship'
  | 'path'
  | 'bytes'
  | 'list'
  | 'map'
  | 'other';

/** The kind of a driver value; null and undefined are both `null`. */
export function valueKind(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'float';
    case 'bigint':
      return 'integer';
    case 'string':
      return 'string';
    case 'object':
      return objectKind(value);
    default:
      return 'other';
  }
}

function objectKind(value: object): ValueKind {
  if (neo4j.isInt(value)) return 'integer';
  if (isDate(value)) return 'date';
  if (isDateTime(value)) return 'datetime';
  if (isLocalDateTime(value)) return 'localdatetime';
  if (isTime(value)) return 'time';
  if (isLocalTime(value)) return 'localtime';
  if (isDuration(value)) return 'duration';
  if (isPoint(value)) return 'point';
  if (isNode(value)) return 'node';
  if (isRelationship(value)) return 'relationship';
  if (isPath(value)) return 'path';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'list';
  return 'map';
}

/** An `integer`-kind value as a JS number when it is within ±(2^53 − 1), else undefined. */
export function safeNumber(value: Integer | bigint): number | undefined {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
  return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : undefined;
}

export function toPlain(value: unknown): Plain {
  const kind = valueKind(value);
  if (isTemporalKind(kind)) return String(value);
  switch (kind) {
    case 'null':
      return null;
    case 'integer': {
      const integer = value as Integer | bigint;
      return safeNumber(integer) ?? integer.toString();
    }
    case 'boolean':
    case 'float':
    case 'string':
      return value as boolean | number | string;
    case 'point': {
      const { srid, x, y, z } = value as { srid: unknown; x: number; y: number; z?: number };
      const point: { [key: string]: Plain } = { srid: toPlain(srid), x, y };
      if (z !== undefined) point.z = z;
      return point;
    }
    case 'list':
      return (value as unknown[]).map(toPlain);
    // Graph values and bytes are objects like any other here: their own fields, converted.
    case 'node':
    case 'relationship':
    case 'path':
    case 'bytes':
    case 'map': {
      const out: { [key: string]: Plain } = {};
      for (const [key, inner] of Object.entries(value as Record<string, unknown>))
        out[key] = toPlain(inner);
      return out;
    }
    case 'other':
      return String(value);
  }
}

/** Properties of a node or relationship as plain JSON. */
export function plainProperties(properties: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value);
  return out;
}
