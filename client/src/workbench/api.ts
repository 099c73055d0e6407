/**
 * The workbench's calls to the server: run Cypher, the live schema for completion, and saved
 * queries (list, create, update, delete, import), typed by the contract in api/ (re-exported
 * here under the names the workbench uses). Changes send the APP_TOKEN (kept in this browser's localStorage) as a bearer token when one is set.
 */
import { apiFetch } from '../api';
import type {
  CypherResult,
  CypherSchemaResponse,
  SavedQueriesImported,
  SavedQuery,
  SavedQueryInput,
  SavedQueryList,
  TypedJson,
} from '../../../api';

export type {
  ParamSpec,
  ParamType,
  Position,
  SavedQuery,
  SavedQueryInput,
  SavedQueryList,
  TypedJson,
} from '../../../api';
export type { CypherResult as QueryResult, Elements as GraphElements } from '../../../api';
/** What the editor completes from (the schema endpoint also sends the limits). */
export type Schema = Pick<CypherSchemaResponse, 'labels' | 'relationshipTypes' | 'propertyKeys'>;
export { PARAM_TYPES } from '../../../model/param-types';

const TOKEN_KEY = 'kg-explorer.appToken';

export function storedToken(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private mode: the token lives for this page only.
  }
}

function authHeaders(): Record<string, string> {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

export const workbenchApi = {
  run(query: string, params: Record<string, TypedJson>, signal?: AbortSignal) {
    return apiFetch<CypherResult>('/api/cypher', {
      method: 'POST',
      body: JSON.stringify({ query, params }),
      signal,
    });
  },
  schema() {
    return apiFetch<CypherSchemaResponse>('/api/cypher/schema');
  },
  list() {
    return apiFetch<SavedQueryList>('/api/queries');
  },
  get(id: string) {
    return apiFetch<SavedQuery>(`/api/queries/${encodeURIComponent(id)}`);
  },
  create(input: SavedQueryInput) {
    return apiFetch<SavedQuery>('/api/queries', {
      method: 'POST',
      body: JSON.stringify(input),
      headers: authHeaders(),
    });
  },
  update(id: string, version: number, input: SavedQueryInput) {
    return apiFetch<SavedQuery>(`/api/queries/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: JSON.stringify({ ...input, version }),
      headers: authHeaders(),
    });
  },
  remove(id: string, version: number) {
    return apiFetch<null>(`/api/queries/${encodeURIComponent(id)}?version=${version}`, {
      method: 'DELETE',
      headers: authHeaders(),
    });
  },
  importFiles(files: { name: string; content: string }[]) {
    return apiFetch<SavedQueriesImported>('/api/queries/import', {
      method: 'POST',
      body: JSON.stringify({ files }),
      headers: authHeaders(),
    });
  },
  exportUrl: '/api/queries/export',
  cypherFileUrl: (id: string) => `/api/queries/${encodeURIComponent(id)}/cypher`,
};
