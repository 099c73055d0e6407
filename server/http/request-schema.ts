/**
 * Request validation from the api/ schemas: query strings, path parameters and JSON bodies are
 * checked with ajv against the schema of their endpoint, and a failure becomes a 400
 * `invalid_argument` that names the operation and the parameter, quotes the value and says what
 * is allowed (in the message and in `details`: `{parameter, value, allowed?, min?, max?,
 * maxLength?}`). Query values are coerced here, strictly (`"7"` is 7, `"1e1"` and `"2.5"` are
 * not integers, only `true`/`false` are booleans), before ajv sees them; ajv's own coercion is
 * looser than the API promises. Comma lists (api/schema-kit.ts CommaList) are split and their
 * items checked against the model, or against the live schema for items outside it. Not here:
 * checks across parameters (from ≤ to) and against the database, which the handlers make.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { TObject, TSchema } from '@sinclair/typebox';
import { listSpec, type Parsed } from '../../api/schema-kit';
import { invalidArgument } from '../errors';

type Json = Record<string, unknown>;

/** A parsed query string (`req.query`), before validation. */
export type Query = Record<string, unknown>;

// Unknown keywords are errors (a typo in a schema fails at start); type and required checks
// across subschemas (`oneOf: [{required: [...]}]`) are not: they are how JSON Schema is written.
const ajv = new Ajv({
  allErrors: true,
  strictSchema: true,
  strictTypes: false,
  strictRequired: false,
});
ajv.addKeyword('example');
ajv.addKeyword('discriminator');
/** A calendar day that exists: 2016-02-29 yes, 2017-02-29 no. */
ajv.addFormat('date', (raw: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const day = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === raw;
});
ajv.addFormat('date-time', (raw: string) => !Number.isNaN(Date.parse(raw)));

const compiled = new WeakMap<TSchema, ValidateFunction>();
function validator(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** A value as messages quote it: JSON, cut at 80 characters. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

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
  for (const [name, property] of Object.entries(schema.properties) as [string, TSchema][]) {
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
  for (const [name, property] of Object.entries(schema.properties) as [string, TSchema][]) {
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

/** What a schema accepts, in words: "an integer from 0 to 3", "a list of strings". */
export function describe(schema: TSchema): string {
  const { minimum, maximum, minLength, maxLength, minItems, maxItems } = schema as Record<
    string,
    number | undefined
  >;
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).join(', ')}`;
  switch (schema.type) {
    case 'integer':
      if (minimum !== undefined && maximum !== undefined)
        return `an integer from ${minimum} to ${maximum}`;
      return minimum !== undefined ? `an integer of at least ${minimum}` : 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'string':
      if (maxLength !== undefined)
        return `a string of ${minLength ?? 0} to ${maxLength} characters`;
      return minLength ? 'a non-empty string' : 'a string';
    case 'array': {
      const items = schema.items as TSchema | undefined;
      const of =
        items?.type === 'string' ? ' of strings' : items?.type === 'object' ? ' of objects' : '';
      const count =
        maxItems !== undefined
          ? ` (${minItems ?? 0} to ${maxItems} items)`
          : minItems
            ? ' (not empty)'
            : '';
      return `a list${of}${count}`;
    }
    case 'object':
      return 'a JSON object';
    default:
      return 'a valid value';
  }
}

/** The top-level property an ajv error is about (`/hops` → hops; missing → its name). */
function propertyOf(error: ErrorObject): string | undefined {
  if (error.keyword === 'required') {
    return (error.params as { missingProperty: string }).missingProperty;
  }
  const [, first] = error.instancePath.split('/');
  return first ? first.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/**
 * A JSON body checked by `schema` (an object), with defaults filled in. The error reported is
 * the one on the earliest property in the schema's order; errors about the body as a whole
 * (`oneOf`: give exactly one of …) come after those, worded by the schema's description.
 */
export function parseBody<T extends TObject>(op: string, schema: T, body: unknown): Parsed<T> {
  const names = Object.keys(schema.properties);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidArgument(`${op}: send a JSON object {${names.join(', ')}}`);
  }
  const validate = validator(schema);
  if (!validate(body)) {
    const rank = (e: ErrorObject) => {
      const name = propertyOf(e);
      const index = name === undefined ? -1 : names.indexOf(name);
      return index === -1 ? names.length : index;
    };
    // A branch of a whole-body oneOf failing (`required: [query]`) is not the error: the oneOf is.
    const errors = (validate.errors ?? []).filter(
      (e) => !/^#\/(oneOf|anyOf)\/\d/.test(e.schemaPath),
    );
    const [error] = errors.sort((a, b) => rank(a) - rank(b));
    throw bodyError(op, schema, body as Json, error);
  }
  const out: Json = { ...(body as Json) };
  for (const [name, property] of Object.entries(schema.properties) as [string, TSchema][]) {
    if (out[name] === undefined && 'default' in property) out[name] = property.default;
  }
  return out as Parsed<T>;
}

function bodyError(op: string, schema: TObject, body: Json, error: ErrorObject | undefined) {
  const name = error && propertyOf(error);
  const property =
    name === undefined ? undefined : (schema.properties[name] as TSchema | undefined);
  if (!error || name === undefined || !property) {
    return invalidArgument(`${op}: ${schema.description ?? error?.message ?? 'invalid body'}`);
  }
  const parameter = name;
  if (error.keyword === 'required') {
    return invalidArgument(`${op}: "${name}" is required (${describe(property)})`, { parameter });
  }
  const value = body[name];
  if (Array.isArray(property.enum)) {
    const allowed = property.enum as string[];
    return invalidArgument(
      `${op}: unknown ${name} ${quote(value)} (allowed: ${allowed.join(', ')})`,
      {
        parameter,
        value,
        allowed: [...allowed],
      },
    );
  }
  if (typeof value === 'string' && error.keyword === 'maxLength') {
    return invalidArgument(
      `${op}: "${name}" is ${value.length} characters long; the limit is ${property.maxLength}`,
      { parameter, maxLength: property.maxLength },
    );
  }
  const deep = error.instancePath.split('/').length > 2;
  const where = deep ? ` (${error.instancePath.slice(1)} ${error.message ?? 'is invalid'})` : '';
  return invalidArgument(
    `${op}: "${name}" must be ${describe(property)}${where}, got ${quote(value)}`,
    {
      parameter,
      ...(typeof value === 'object' ? {} : { value }),
      ...(property.minimum !== undefined ? { min: property.minimum } : {}),
      ...(property.maximum !== undefined ? { max: property.maximum } : {}),
    },
  );
}
