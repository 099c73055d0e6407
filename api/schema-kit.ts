/**
 * The few schema builders the API contract needs beyond TypeBox's own: nullable values, string
 * enums (JSON Schema `enum`, which OpenAPI 3.0 reads, rather than TypeBox's `anyOf` of
 * literals), query parameters with a default, comma-separated lists, and open objects (graph
 * element data carry every stored property). Each returns a plain JSON Schema object with its
 * TypeScript type attached, so the same value feeds `Static<>`, ajv and the OpenAPI document.
 * Not here: any endpoint's schema (the other files of api/).
 */
import {
  CloneType,
  Type,
  type Static,
  type StaticDecode,
  type TObject,
  type TOptional,
  type TProperties,
  type TSchema,
  type TString,
  type TTransform,
  type TUnsafe,
  type SchemaOptions,
} from '@sinclair/typebox';

/** Any JSON value a converted Neo4j property can take. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Any JSON value, described but not constrained (converted properties, typed-JSON cells). */
export const Plain = (description?: string) =>
  Type.Unsafe<Plain>(description ? { description } : {});

/** `T | null`: `anyOf [T, {type: null}]`, written `nullable: true` in the OpenAPI 3.0 document. */
export const Nullable = <T extends TSchema>(schema: T, options: SchemaOptions = {}) =>
  Type.Union([schema, Type.Null()], options);

/** A string from a fixed list, as `{type: string, enum}`. */
export const StringEnum = <const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {},
): TUnsafe<T[number]> => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** A property that may be left out and then takes `value`; `Parsed<>` types it as present. */
export function withDefault<T extends TSchema>(
  schema: T,
  value: Static<T>,
): TOptional<T & { default: Static<T> }> {
  const defaulted = CloneType(schema, { default: value }) as T & { default: Static<T> };
  return Type.Optional(defaulted) as unknown as TOptional<T & { default: Static<T> }>;
}

/** Metadata of a comma-separated list parameter, read by the query parser. */
export interface ListSpec {
  /** Allowed items (case-sensitive, like Neo4j labels and types). */
  values: readonly string[];
  /** What one item is, for messages: "label", "relationship type". */
  what: string;
  /** Most items in the list. */
  maxItems: number;
}

const LIST_SPECS = new WeakMap<TSchema, ListSpec>();

/** The list metadata of a schema made by `CommaList`, if it is one. */
export const listSpec = (schema: TSchema): ListSpec | undefined => LIST_SPECS.get(schema);

/**
 * A regular expression (as `pattern` text) for what a comma list accepts: items from `values`
 * separated by commas, white space around items and empty items allowed.
 */
export function listPattern(values: readonly string[]): string {
  const item = `(?:${values.join('|')})`;
  return `^\\s*(?:${item}\\s*)?(?:,\\s*(?:${item}\\s*)?)*$`;
}

/** Most items in a comma-separated list parameter. */
export const MAX_LIST_ITEMS = 20;

/**
 * A query parameter holding a comma-separated list of `values` (empty: no filter). On the wire
 * a string with a `pattern`; parsed, the distinct trimmed items (`StaticDecode` is `string[]`).
 */
export function CommaList(
  values: readonly string[],
  what: string,
  description: string,
): TOptional<TTransform<TString, string[]>> {
  const wire = Type.String({
    description: `${description}. Comma-separated, any of: ${values.join(', ')} (empty: no filter)`,
    pattern: listPattern(values),
    example: values[0],
  });
  const schema = Type.Transform(wire)
    .Decode((raw) => [
      ...new Set(
        raw
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ])
    .Encode((items) => items.join(','));
  const optional = Type.Optional(schema);
  LIST_SPECS.set(optional, { values, what, maxItems: MAX_LIST_ITEMS });
  return optional;
}

/** An object that also carries any other property (Cytoscape element data). */
export function OpenObject<T extends TProperties>(properties: T, options: SchemaOptions = {}) {
  return Type.Unsafe<Static<TObject<T>> & { [key: string]: Plain }>(
    Type.Object(properties, { additionalProperties: true, ...options }),
  );
}

type DefaultedKeys<P extends TProperties> = {
  [K in keyof P]: P[K] extends { default: unknown } ? K : never;
}[keyof P];

/**
 * What a request parser returns for an object schema: the decoded value, with every property
 * that has a default present.
 */
export type Parsed<T extends TObject> = StaticDecode<T> & {
  [K in DefaultedKeys<T['properties']> & keyof StaticDecode<T>]-?: Exclude<
    StaticDecode<T>[K],
    undefined
  >;
};
