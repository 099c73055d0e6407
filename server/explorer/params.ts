/**
 * Query-string and path-parameter parsing for the explorer endpoints: each helper returns a
 * typed value or throws a 400 `invalid_argument` that names the operation and the parameter,
 * quotes the value, and says what is allowed (in the message and in `details`). It does not
 * touch Neo4j: checks against the live schema happen in the modules that need them.
 */
import { invalidArgument } from '../errors';

export type Query = Record<string, unknown>;

/** Longest id accepted in a path or parameter; model ids are far shorter. */
export const MAX_ID_LENGTH = 300;
/** Most items in a comma-separated list parameter. */
export const MAX_LIST_ITEMS = 20;

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

/** A query parameter as one string; repeated parameters (`?q=a&q=b`) are refused. */
function single(op: string, query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    throw invalidArgument(`${op}: give "${name}" once, as a single value`, {
      parameter: name,
    });
  }
  return raw;
}

export function stringParam(
  op: string,
  query: Query,
  name: string,
  options: { required?: boolean; maxLength: number },
): string | undefined {
  const raw = single(op, query, name);
  if (raw === undefined) {
    if (options.required) {
      throw invalidArgument(`${op}: "${name}" is required`, { parameter: name, value: null });
    }
    return undefined;
  }
  const value = raw.trim();
  if (value === '') {
    throw invalidArgument(
      `${op}: "${name}" is empty; give a value${options.required ? '' : ' or leave the parameter out'}`,
      { parameter: name, value: raw },
    );
  }
  if (value.length > options.maxLength) {
    throw invalidArgument(
      `${op}: "${name}" is ${value.length} characters long; the limit is ${options.maxLength}`,
      { parameter: name, value: value.slice(0, 80), maxLength: options.maxLength },
    );
  }
  return value;
}

export function intParam(
  op: string,
  query: Query,
  name: string,
  options: { min: number; max: number; fallback: number },
): number {
  const raw = single(op, query, name);
  if (raw === undefined) return options.fallback;
  const value = /^-?\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(value) || value < options.min || value > options.max) {
    throw invalidArgument(
      `${op}: "${name}" must be an integer from ${options.min} to ${options.max}, got ${quote(raw)}`,
      { parameter: name, value: raw, min: options.min, max: options.max },
    );
  }
  return value;
}

export function boolParam(op: string, query: Query, name: string, fallback: boolean): boolean {
  const raw = single(op, query, name);
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw invalidArgument(`${op}: "${name}" must be true or false, got ${quote(raw)}`, {
    parameter: name,
    value: raw,
    allowed: ['true', 'false'],
  });
}

export function enumParam<T extends string>(
  op: string,
  query: Query,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = single(op, query, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw invalidArgument(`${op}: unknown ${name} ${quote(raw)} (allowed: ${allowed.join(', ')})`, {
      parameter: name,
      value: raw,
      allowed: [...allowed],
    });
  }
  return raw as T;
}

/**
 * A regular expression (as OpenAPI `pattern` text) for what `listParam` accepts: items from
 * `values` separated by commas, white space around items and empty items allowed.
 */
export function listPattern(values: readonly string[]): string {
  const item = `(?:${values.join('|')})`;
  return `^\\s*(?:${item}\\s*)?(?:,\\s*(?:${item}\\s*)?)*$`;
}

/**
 * A comma-separated list whose items must be in `allowed` (case-sensitive, like Neo4j labels
 * and types). `extraAllowed` is consulted only for items outside `allowed`, so the live schema
 * is read only when a request names something outside the model.
 */
export async function listParam(
  op: string,
  query: Query,
  name: string,
  allowed: readonly string[],
  what: string,
  extraAllowed?: () => Promise<readonly string[]>,
): Promise<string[]> {
  const raw = single(op, query, name);
  if (raw === undefined || raw.trim() === '') return [];
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length > MAX_LIST_ITEMS) {
    throw invalidArgument(
      `${op}: "${name}" lists ${items.length} items; at most ${MAX_LIST_ITEMS}`,
      {
        parameter: name,
        value: raw.slice(0, 80),
        max: MAX_LIST_ITEMS,
      },
    );
  }
  let known: readonly string[] = allowed;
  const outside = items.filter((item) => !allowed.includes(item));
  if (outside.length && extraAllowed) known = [...allowed, ...(await extraAllowed())];
  const unknown = items.find((item) => !known.includes(item));
  if (unknown !== undefined) {
    throw invalidArgument(
      `${op}: unknown ${what} ${quote(unknown)} in "${name}" (allowed: ${allowed.join(', ')})`,
      { parameter: name, value: unknown, allowed: [...allowed] },
    );
  }
  return items;
}

/** An ISO calendar date `YYYY-MM-DD` that exists (no 2017-02-30). */
export function dateParam(op: string, query: Query, name: string): string | undefined {
  const raw = single(op, query, name);
  if (raw === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = match ? new Date(`${raw}T00:00:00Z`) : null;
  if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== raw) {
    throw invalidArgument(
      `${op}: "${name}" must be a date as YYYY-MM-DD (e.g. 2017-09-14), got ${quote(raw)}`,
      { parameter: name, value: raw },
    );
  }
  return raw;
}

/** `from` ≤ `to` when both are given. */
export function dateRange(op: string, query: Query): { from?: string; to?: string } {
  const from = dateParam(op, query, 'from');
  const to = dateParam(op, query, 'to');
  if (from && to && from > to) {
    throw invalidArgument(`${op}: "from" (${from}) is after "to" (${to}); swap them`, {
      parameter: 'from',
      value: from,
      max: to,
    });
  }
  return { from, to };
}

/** A node id from a path segment or parameter. */
export function idValue(op: string, name: string, raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') {
    throw invalidArgument(`${op}: "${name}" is required (a node id such as person:rama-yade)`, {
      parameter: name,
      value: raw ?? null,
    });
  }
  if (raw.length > MAX_ID_LENGTH) {
    throw invalidArgument(
      `${op}: "${name}" is ${raw.length} characters long; ids are at most ${MAX_ID_LENGTH}`,
      { parameter: name, value: raw.slice(0, 80), maxLength: MAX_ID_LENGTH },
    );
  }
  return raw;
}
