/**
 * Converts values coming out of neo4j-driver into plain JSON at the API edge: Integers to
 * numbers (or strings beyond 2^53, so nothing is silently rounded), temporals to ISO strings,
 * points to {srid,x,y[,z]}, nodes/relationships/paths to plain objects. Nothing else in the
 * server should hand driver types to Express.
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

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  }
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: { [key: string]: Plain } = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>))
      out[key] = toPlain(inner);
    return out;
  }
  return String(value);
}

/** Properties of a node or relationship as plain JSON. */
export function plainProperties(properties: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value);
  return out;
}
