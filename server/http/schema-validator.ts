/**
 * The one ajv instance the request parsers share, with the formats and keywords the api/
 * schemas use, compiling each schema once; and the wording helpers of their messages (a quoted
 * value, what a schema accepts in words). Not here: any request's parsing (request-schema.ts
 * for query strings and paths, request-body.ts for JSON bodies).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';

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

/** The compiled check of `schema` (compiled on first use). */
export function validator(schema: TSchema): ValidateFunction {
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
