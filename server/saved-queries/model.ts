/**
 * Validation of what clients send to create, update or import a saved query (the shapes
 * themselves are api/saved-queries.ts). Parameter specs use the Cypher loader's types (`@param name type`),
 * so a saved query, an exported `.cypher` file and a built-in library query are one format.
 * Storage lives in store.ts; the `.cypher`/JSON file formats in format.ts.
 */
import { randomBytes } from 'node:crypto';
import {
  PARAM_TYPES,
  usedParameters,
  type ParamSpec,
  type ParamType,
} from '../../platform/cypher/loader';
import { MAX_QUERY_LENGTH } from '../cypher/run-user-query';
import { invalidArgument } from '../errors';
import { SAVED_QUERY_ID_PATTERN, type SavedQueryInput } from '../../api/saved-queries';

/** The shapes the API speaks (api/saved-queries.ts): the query as returned, what a client sets. */
export type { SavedQuery, SavedQueryInput } from '../../api/saved-queries';

export const ID_PATTERN = new RegExp(SAVED_QUERY_ID_PATTERN);

export function newSavedQueryId(): string {
  return `sq-${randomBytes(6).toString('hex')}`;
}

function text(body: Record<string, unknown>, key: string, max: number, required: boolean): string {
  const value = body[key];
  if (value === undefined || value === null) {
    if (required) throw invalidArgument(`saved query: "${key}" is required`);
    return '';
  }
  if (typeof value !== 'string') throw invalidArgument(`saved query: "${key}" must be a string`);
  const trimmed = key === 'cypher' ? value.trim() : value.trim().replace(/\s+/g, ' ');
  if (required && !trimmed) throw invalidArgument(`saved query: "${key}" must not be empty`);
  if (trimmed.length > max) {
    throw invalidArgument(
      `saved query: "${key}" is ${trimmed.length} characters; the limit is ${max}`,
    );
  }
  return trimmed;
}

function paramSpecs(raw: unknown, cypher: string): ParamSpec[] {
  if (raw === undefined || raw === null) {
    // Not given: every `$name` in the text becomes a parameter of type any.
    return [...usedParameters(cypher)].map((name) => ({ name, type: 'any' as ParamType }));
  }
  if (!Array.isArray(raw) || raw.length > 50) {
    throw invalidArgument(
      'saved query: "params" must be a list of at most 50 {name, type, default?, description?}',
    );
  }
  const seen = new Set<string>();
  return raw.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) {
      throw invalidArgument(`saved query: params[${i}] must be an object {name, type}`);
    }
    const { name, type, description } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !/^\w{1,64}$/.test(name)) {
      throw invalidArgument(
        `saved query: params[${i}].name must be a Cypher parameter name (letters, digits, _), got ${JSON.stringify(name)}`,
      );
    }
    if (seen.has(name)) throw invalidArgument(`saved query: parameter "${name}" is declared twice`);
    seen.add(name);
    const kind = type ?? 'any';
    if (typeof kind !== 'string' || !PARAM_TYPES.includes(kind as ParamType)) {
      throw invalidArgument(
        `saved query: params[${i}].type "${String(kind)}" is unknown (known: ${PARAM_TYPES.join(', ')})`,
      );
    }
    if (description !== undefined && description !== null && typeof description !== 'string') {
      throw invalidArgument(`saved query: params[${i}].description must be a string`);
    }
    const spec: ParamSpec = { name, type: kind as ParamType };
    const fallback = (item as Record<string, unknown>).default;
    if (fallback !== undefined) spec.default = fallback;
    if (typeof description === 'string' && description.trim())
      spec.description = description.trim();
    return spec;
  });
}

function tagList(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(list) || list.length > 20 || list.some((t) => typeof t !== 'string')) {
    throw invalidArgument('saved query: "tags" must be a list of at most 20 strings');
  }
  const tags = [...new Set((list as string[]).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const long = tags.find((t) => t.length > 40);
  if (long)
    throw invalidArgument(`saved query: tag "${long.slice(0, 50)}" is longer than 40 characters`);
  return tags;
}

export function parseSavedQueryInput(body: unknown): SavedQueryInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidArgument(
      'saved query: send a JSON object {title, description, cypher, params, tags}',
    );
  }
  const record = body as Record<string, unknown>;
  const cypher = text(record, 'cypher', MAX_QUERY_LENGTH, true);
  return {
    title: text(record, 'title', 200, true),
    description: text(record, 'description', 5_000, false),
    cypher,
    params: paramSpecs(record.params, cypher),
    tags: tagList(record.tags),
  };
}

export function parseVersion(raw: unknown): number {
  const version = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw invalidArgument(
      'saved query: "version" (the version you edited, a positive integer) is required to update',
    );
  }
  return version;
}
