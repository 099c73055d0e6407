/**
 * Turns the parameters of a saved-query run into driver values, by each parameter's declared
 * type: values may arrive as typed JSON (from the form) or as text (from a shared link
 * `/?query=<id>&p.name=value`), and a missing value takes the declared default. Parameters not
 * declared pass through as typed JSON (typed-json.ts). Errors name the parameter and the type.
 */
import neo4j from 'neo4j-driver';
import type { ParamSpec } from '../../platform/cypher/loader';
import { decodeValue } from '../cypher/typed-json';
import { invalidArgument } from '../errors';

function coerce(spec: ParamSpec, value: unknown): unknown {
  const where = `params.${spec.name}`;
  const bad = (expected: string) =>
    invalidArgument(
      `${where}: expected ${expected} for a ${spec.type} parameter, got ${JSON.stringify(value)}`,
    );
  if (value === null) return null;
  if (typeof value === 'object' && !Array.isArray(value) && '$type' in value) {
    return decodeValue(value, where);
  }
  switch (spec.type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw bad('text');
    case 'integer': {
      const text =
        typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (!/^-?\d+$/.test(text)) throw bad('a whole number');
      return neo4j.int(text);
    }
    case 'float': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim()
            ? Number(value)
            : NaN;
      if (!Number.isFinite(number)) throw bad('a number');
      return number;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw bad('true or false');
    case 'date':
      if (typeof value !== 'string') throw bad('a date YYYY-MM-DD');
      return decodeValue({ $type: 'date', value: value.trim() }, where);
    case 'list':
    case 'map': {
      let parsed: unknown = value;
      if (typeof value === 'string') {
        try {
          parsed = JSON.parse(value) as unknown;
        } catch {
          throw bad(`JSON ${spec.type === 'list' ? '[…]' : '{…}'}`);
        }
      }
      if (
        spec.type === 'list'
          ? !Array.isArray(parsed)
          : typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)
      ) {
        throw bad(spec.type === 'list' ? 'a JSON list' : 'a JSON object');
      }
      return decodeValue(parsed, where);
    }
    default:
      return decodeValue(value, where);
  }
}

export function runParams(specs: ParamSpec[], given: unknown): Record<string, unknown> {
  if (
    given !== undefined &&
    given !== null &&
    (typeof given !== 'object' || Array.isArray(given))
  ) {
    throw invalidArgument('params must be a JSON object of name → value');
  }
  const values = (given ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!specs.some((s) => s.name === name)) out[name] = decodeValue(value, `params.${name}`);
  }
  for (const spec of specs) {
    const value =
      spec.name in values && values[spec.name] !== '' ? values[spec.name] : spec.default;
    if (value === undefined) {
      throw invalidArgument(`params.${spec.name}: a value is required (no default is declared)`, {
        param: spec.name,
      });
    }
    out[spec.name] = coerce(spec, value);
  }
  return out;
}
