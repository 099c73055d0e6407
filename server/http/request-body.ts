/**
 * JSON request bodies checked by their api/ schema: the first error, by the schema's property
 * order, becomes a 400 `invalid_argument` naming the operation and the field, quoting the value
 * and saying what is allowed; defaults are filled in. No coercion: a body's JSON types are the
 * client's to get right. Not here: meaning the schema cannot state (typed JSON parameters,
 * Cypher that parses), which the handlers check.
 */
import type { ErrorObject } from 'ajv';
import type { TObject, TSchema } from '@sinclair/typebox';
import type { Parsed } from '../../api/schema-kit';
import { invalidArgument } from '../errors';
import { describe, quote, validator } from './schema-validator';

type Json = Record<string, unknown>;

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
    throw bodyError(op, schema, body, error);
  }
  const out: Json = { ...(body as Json) };
  for (const [name, property] of Object.entries<TSchema>(schema.properties)) {
    if (out[name] === undefined && 'default' in property) out[name] = property.default;
  }
  return out as Parsed<T>;
}

function bodyError(op: string, schema: TObject, body: Json, error: ErrorObject | undefined) {
  const name = error && propertyOf(error);
  const property = name === undefined ? undefined : schema.properties[name];
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
      `${op}: the ${name} is longer than ${property.maxLength} characters (it has ${value.length}); shorten it`,
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
