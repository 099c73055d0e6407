/**
 * Writes the API's JSON Schemas (api/, TypeBox) in OpenAPI 3.0's dialect: `T | null` becomes
 * `nullable: true`, `const` becomes a one-value `enum`, a string-keyed record becomes
 * `additionalProperties`, a union with a `discriminator` becomes `oneOf` with its mapping, and
 * any schema registered as a component is written as a `$ref` to it. Needed because the
 * document is OpenAPI 3.0 (what its validator and the fuzzer are checked against); an
 * OpenAPI 3.1 document would take the schemas as they are.
 */
import type { TSchema } from '@sinclair/typebox';

export type Json = Record<string, unknown>;

/** Component schemas by object identity: the same schema object anywhere becomes a `$ref`. */
export type ComponentNames = Map<object, string>;

const refTo = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

const isNull = (schema: unknown): boolean =>
  typeof schema === 'object' && schema !== null && (schema as Json).type === 'null';

/** One schema in OpenAPI 3.0 form; `root` is the component being written itself. */
export function toOpenApi(schema: TSchema | Json, names: ComponentNames, root = false): Json {
  const name = names.get(schema);
  if (name && !root) return refTo(name);
  const source = schema as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$id' || key === '$schema') continue;
    if (key === 'const') {
      out.enum = [value];
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Json).map(([k, v]) => [k, toOpenApi(v as Json, names)]),
      );
    } else if (key === 'patternProperties') {
      const [only] = Object.values(value as Json);
      out.additionalProperties = toOpenApi(only as Json, names);
    } else if (key === 'items' || key === 'not') {
      out[key] = toOpenApi(value as Json, names);
    } else if (key === 'additionalProperties' && typeof value === 'object') {
      out[key] = toOpenApi(value as Json, names);
    } else if (key === 'anyOf' || key === 'allOf' || key === 'oneOf') {
      out[key] = (value as Json[]).map((v) => (isNull(v) ? v : toOpenApi(v, names)));
    } else {
      out[key] = value;
    }
  }
  return nullable(discriminated(out, source, names));
}

/** `anyOf [X, {type: null}]` → X with `nullable: true` (`allOf [$ref]` when X is a reference). */
function nullable(out: Json): Json {
  const anyOf = out.anyOf as Json[] | undefined;
  if (!anyOf?.some(isNull)) return out;
  const rest = anyOf.filter((s) => !isNull(s));
  const { anyOf: _drop, ...extra } = out;
  if (rest.length !== 1) return { ...extra, anyOf: rest, nullable: true };
  const [only] = rest as [Json];
  return only.$ref
    ? { allOf: [only], ...extra, nullable: true }
    : { ...only, ...extra, nullable: true };
}

/** A union of components with a `discriminator`: `oneOf` and the mapping from label to ref. */
function discriminated(out: Json, source: Json, names: ComponentNames): Json {
  const discriminator = source.discriminator as { propertyName: string } | undefined;
  if (!discriminator || !Array.isArray(source.anyOf)) return out;
  const mapping: Record<string, string> = {};
  for (const variant of source.anyOf as Json[]) {
    const name = names.get(variant);
    const property = (variant.properties as Json | undefined)?.[discriminator.propertyName] as
      Json | undefined;
    const value = (property?.enum as unknown[] | undefined)?.[0] ?? property?.const;
    if (!name || typeof value !== 'string') {
      throw new Error(`openapi: every variant of a discriminated union must be a component`);
    }
    mapping[value] = `#/components/schemas/${name}`;
  }
  const { anyOf, ...rest } = out;
  return { ...rest, oneOf: anyOf, discriminator: { ...discriminator, mapping } };
}
