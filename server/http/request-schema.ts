/**
 * Query strings and path parameters checked with ajv against their endpoint's api/ schema; a
 * failure becomes a 400 `invalid_argument` that names the operation and the parameter, quotes
 * the value and says what is allowed (in the message and in `details`: `{parameter, value,
 * allowed?, min?, max?, maxLength?}`). Query values are coerced here, strictly (`"7"` is 7,
 * `"1e1"` and `"2.5"` are not integers, only `true`/`false` are booleans), before ajv sees them;
 * ajv's own coercion is looser than the API promises. Comma lists (api/schema-kit.ts
 * CommaList) are split and their items checked against the model, or against the live schema
 * for items outside it. Not here: checks across parameters (from ≤ to) and against the
 * database, which the handlers make, and JSON bodies (request-body.ts).
 */
import type { ErrorObject } from 'ajv';
import type { TObject, TSchema } from '@sinclair/typebox';
import { listSpec, type Parsed } from '../../api/schema-kit';
import { invalidArgument } from '../errors';
import { describe, quote, validator } from './schema-validator';

type Json = Record<string, unknown>;

/** A parsed query string (`req.query`), before validation. */
export type Query = Record<string, unknown>;

/** Lists of allowed items beyond the model's, read only when a request names one. */
export type ExtraAllowed = Record<string, () => Promise<readonly string[]>>;

/**
 * The query string `query` parsed by `schema` (an object of parameters): coerced, checked,
 * defaults filled in, lists split. Parameters are checked in the schema's order; unknown ones
 * are ignored. Repeated parameters (`?q=a&q=b`) are refused.
 */
export async function parseQuery<T extends TObject>(
  op: string,
  schema: T,
  query: Json,
  extraAllowed: ExtraAllowed = {},
): Promise<Parsed<T>> {
  const required = new Set(schema.required ?? []);
  const out: Json = {};
  for (const [name, property] of Object.entries<TSchema>(schema.properties)) {
    const raw = query[name];
    if (raw !== undefined && typeof raw !== 'string') {
      throw invalidArgument(`${op}: give "${name}" once, as a single value`, { parameter: name });
    }
    if (raw === undefined) {
      if (required.has(name)) {
        throw invalidArgument(`${op}: "${name}" is required`, { parameter: name, value: null });
      }
      if ('default' in property) out[name] = property.default;
      continue;
    }
    const list = listSpec(property);
    if (list) {
      out[name] = await listItems(op, name, raw, list, extraAllowed[name]);
      continue;
    }
    const value = coerce(property, raw);
    const validate = validator(property);
    if (!validate(value)) {
      throw queryError(op, name, property, raw, value, required.has(name), validate.errors ?? []);
    }
    out[name] = value;
  }
  return out as Parsed<T>;
}

function coerce(property: TSchema, raw: string): unknown {
  if (property.type === 'integer') return /^-?\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  if (property.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  // Free text and ids are trimmed; formatted values (dates) must be exact.
  if (property.type === 'string' && !property.format) return raw.trim();
  return raw;
}

function queryError(
  op: string,
  name: string,
  property: TSchema,
  raw: string,
  value: unknown,
  required: boolean,
  errors: ErrorObject[],
) {
  const keyword = errors[0]?.keyword;
  const parameter = name;
  if (property.type === 'integer') {
    const { minimum: min, maximum: max } = property as { minimum?: number; maximum?: number };
    return invalidArgument(`${op}: "${name}" must be ${describe(property)}, got ${quote(raw)}`, {
      parameter,
      value: raw,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    });
  }
  if (property.type === 'boolean') {
    return invalidArgument(`${op}: "${name}" must be true or false, got ${quote(raw)}`, {
      parameter,
      value: raw,
      allowed: ['true', 'false'],
    });
  }
  if (Array.isArray(property.enum)) {
    const allowed = property.enum as string[];
    return invalidArgument(
      `${op}: unknown ${name} ${quote(raw)} (allowed: ${allowed.join(', ')})`,
      {
        parameter,
        value: raw,
        allowed: [...allowed],
      },
    );
  }
  if (property.format === 'date') {
    return invalidArgument(
      `${op}: "${name}" must be a date as YYYY-MM-DD (e.g. 2017-09-14), got ${quote(raw)}`,
      { parameter, value: raw },
    );
  }
  const text = String(value);
  if (keyword === 'maxLength') {
    const maxLength = property.maxLength as number;
    return invalidArgument(
      `${op}: "${name}" is ${text.length} characters long; the limit is ${maxLength}`,
      { parameter, value: text.slice(0, 80), maxLength },
    );
  }
  if (text === '') {
    return invalidArgument(
      `${op}: "${name}" is empty; give a value${required ? '' : ' or leave the parameter out'}`,
      { parameter, value: raw },
    );
  }
  return invalidArgument(
    `${op}: "${name}" ${errors[0]?.message ?? 'is invalid'}, got ${quote(raw)}`,
    {
      parameter,
      value: raw,
    },
  );
}

async function listItems(
  op: string,
  name: string,
  raw: string,
  list: NonNullable<ReturnType<typeof listSpec>>,
  extra?: () => Promise<readonly string[]>,
): Promise<string[]> {
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length > list.maxItems) {
    throw invalidArgument(
      `${op}: "${name}" lists ${items.length} items; at most ${list.maxItems}`,
      {
        parameter: name,
        value: raw.slice(0, 80),
        max: list.maxItems,
      },
    );
  }
  let known: readonly string[] = list.values;
  if (extra && items.some((item) => !list.values.includes(item))) {
    known = [...list.values, ...(await extra())];
  }
  const unknown = items.find((item) => !known.includes(item));
  if (unknown !== undefined) {
    throw invalidArgument(
      `${op}: unknown ${list.what} ${quote(unknown)} in "${name}" (allowed: ${list.values.join(', ')})`,
      { parameter: name, value: unknown, allowed: [...list.values] },
    );
  }
  return items;
}

/**
 * Path parameters (`req.params`) checked by `schema`, never trimmed: a too long id, or one
 * that does not match the pattern of its kind, is refused naming the parameter.
 */
export function parsePath<T extends TObject>(op: string, schema: T, params: Json): Parsed<T> {
  const out: Json = {};
  for (const [name, property] of Object.entries<TSchema>(schema.properties)) {
    const raw = params[name];
    const validate = validator(property);
    if (typeof raw === 'string' && validate(raw)) {
      out[name] = raw;
      continue;
    }
    const what = property.description ? ` (${property.description})` : '';
    if (typeof raw !== 'string' || raw === '') {
      throw invalidArgument(`${op}: "${name}" is required${what}`, {
        parameter: name,
        value: raw ?? null,
      });
    }
    if (validate.errors?.[0]?.keyword === 'maxLength') {
      const maxLength = property.maxLength as number;
      throw invalidArgument(
        `${op}: "${name}" is ${raw.length} characters long; ids are at most ${maxLength}`,
        { parameter: name, value: raw.slice(0, 80), maxLength },
      );
    }
    throw invalidArgument(`${op}: ${quote(raw.slice(0, 120))} is not a valid "${name}"${what}`, {
      parameter: name,
      value: raw.slice(0, 80),
    });
  }
  return out as Parsed<T>;
}
