/**
 * What clients send to create, update or import a saved query, normalised and then checked by
 * its schema (api/saved-queries.ts: the one statement of the shape and its limits). Parameter specs use the Cypher
 * loader's types (`@param name type`), so a saved query, an exported `.cypher` file and a built-in library query are one format.
 * Storage lives in store.ts; the `.cypher`/JSON file formats in format.ts.
 */
import { randomBytes } from 'node:crypto';
import { usedParameters, type ParamSpec } from '../../platform/cypher/loader';
import { invalidArgument } from '../errors';
import { parseBody } from '../http/request-body';
import { SAVED_QUERY_ID_PATTERN, SavedQueryInput } from '../../api/saved-queries';

/** The shapes the API speaks (api/saved-queries.ts): the query as returned, what a client sets. */
export type { SavedQuery, SavedQueryInput } from '../../api/saved-queries';

export const ID_PATTERN = new RegExp(SAVED_QUERY_ID_PATTERN);

export function newSavedQueryId(): string {
  return `sq-${randomBytes(6).toString('hex')}`;
}

const squeeze = (value: unknown) =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;

/**
 * The body as the schema checks it: texts trimmed (white space collapsed in title and
 * description), tags given as "a, b" split, lower-cased and de-duplicated, parameter
 * descriptions trimmed. Anything of the wrong JSON type is left as it is for the schema to
 * refuse.
 */
function normalised(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const record = { ...(body as Record<string, unknown>) };
  record.title = squeeze(record.title);
  record.description = squeeze(record.description);
  if (typeof record.cypher === 'string') record.cypher = record.cypher.trim();
  const tags = typeof record.tags === 'string' ? record.tags.split(',') : record.tags;
  if (Array.isArray(tags) && tags.every((t) => typeof t === 'string')) {
    record.tags = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  } else record.tags = tags;
  if (Array.isArray(record.params)) {
    record.params = record.params.map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return item;
      const spec = { ...(item as Record<string, unknown>) };
      spec.type ??= 'any';
      spec.description = squeeze(spec.description);
      if (spec.description === '' || spec.description === null) delete spec.description;
      return spec;
    });
  }
  for (const key of Object.keys(record)) if (record[key] === null) delete record[key];
  return record;
}

/**
 * What a client sent to create, update or import a query, checked by the api/ schema after
 * normalising (so the limits are those of the trimmed texts). Beyond the schema: a parameter
 * declared twice is refused, and left-out `params` declare every `$name` in the Cypher.
 */
export function parseSavedQueryInput(body: unknown): SavedQueryInput {
  const input = parseBody('saved query', SavedQueryInput, normalised(body));
  const params: ParamSpec[] =
    input.params ?? [...usedParameters(input.cypher)].map((name) => ({ name, type: 'any' }));
  const seen = new Set<string>();
  for (const { name } of params) {
    if (seen.has(name)) {
      throw invalidArgument(`saved query: parameter "${name}" is declared twice`, {
        parameter: 'params',
      });
    }
    seen.add(name);
  }
  return {
    title: input.title,
    description: input.description ?? '',
    cypher: input.cypher,
    params,
    tags: input.tags ?? [],
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
