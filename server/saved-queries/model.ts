/**
 * Validation of what clients send to create, update or import a saved query (the shapes
 * themselves, and their limits, are api/saved-queries.ts). Parameter specs use the Cypher
 * loader's types (`@param name type`), so a saved query, an exported `.cypher` file and a built-in library query are one format.
 * Storage lives in store.ts; the `.cypher`/JSON file formats in format.ts.
 */
import { randomBytes } from 'node:crypto';
import {
  PARAM_TYPES,
  usedParameters,
  type ParamSpec,
  type ParamType,
} from '../../platform/cypher/loader';
import { invalidArgument } from '../errors';
import {
  ParamSpec as ParamSpecSchema,
  SAVED_QUERY_ID_PATTERN,
  SavedQueryInput,
} from '../../api/saved-queries';

// Limits and patterns are the schema's (api/saved-queries.ts), checked here after trimming.
const FIELDS = SavedQueryInput.properties;
const MAX = {
  title: FIELDS.title.maxLength!,
  description: FIELDS.description.maxLength!,
  cypher: FIELDS.cypher.maxLength!,
  params: FIELDS.params.maxItems!,
  tags: FIELDS.tags.maxItems!,
  tag: FIELDS.tags.items.maxLength!,
};
const PARAM_NAME = new RegExp(ParamSpecSchema.properties.name.pattern!);

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
    return [...usedParameters(cypher)].map((name) => ({ name, type: 'any' }));
  }
  if (!Array.isArray(raw) || raw.length > MAX.params) {
    throw invalidArgument(
      `saved query: "params" must be a list of at most ${MAX.params} {name, type, default?, description?}`,
    );
  }
  const seen = new Set<string>();
  return raw.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) {
      throw invalidArgument(`saved query: params[${i}] must be an object {name, type}`);
    }
    const { name, type, description } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !PARAM_NAME.test(name)) {
      throw invalidArgument(
        `saved query: params[${i}].name must be a Cypher parameter name (letters, digits, _), got ${JSON.stringify(name)}`,
      );
    }
    if (seen.has(name)) throw invalidArgument(`saved query: parameter "${name}" is declared twice`);
    seen.add(name);
    const kind = type ?? 'any';
    if (typeof kind !== 'string' || !PARAM_TYPES.includes(kind as ParamType)) {
      throw invalidArgument(
        `saved query: params[${i}].type "${typeof kind === 'string' ? kind : JSON.stringify(kind)}" is unknown (known: ${PARAM_TYPES.join(', ')})`,
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
  if (!Array.isArray(list) || list.length > MAX.tags || list.some((t) => typeof t !== 'string')) {
    throw invalidArgument(`saved query: "tags" must be a list of at most ${MAX.tags} strings`);
  }
  const tags = [...new Set((list as string[]).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const long = tags.find((t) => t.length > MAX.tag);
  if (long)
    throw invalidArgument(
      `saved query: tag "${long.slice(0, 50)}" is longer than ${MAX.tag} characters`,
    );
  return tags;
}

export function parseSavedQueryInput(body: unknown): SavedQueryInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidArgument(
      'saved query: send a JSON object {title, description, cypher, params, tags}',
    );
  }
  const record = body as Record<string, unknown>;
  const cypher = text(record, 'cypher', MAX.cypher, true);
  return {
    title: text(record, 'title', MAX.title, true),
    description: text(record, 'description', MAX.description, false),
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
