/**
 * The workbench's calls to the server: run Cypher, the live schema for completion, and saved
 * queries (list, create, update, delete, import). Types mirror the server's JSON. Changes
 * send the APP_TOKEN (kept in this browser's localStorage) as a bearer token when one is set.
 */
import { apiFetch } from '../api';

export type TypedJson =
  null | boolean | number | string | TypedJson[] | { [key: string]: TypedJson };

export type ParamType =
  'string' | 'integer' | 'float' | 'boolean' | 'date' | 'list' | 'map' | 'any';
export const PARAM_TYPES: ParamType[] = [
  'string',
  'integer',
  'float',
  'boolean',
  'date',
  'list',
  'map',
  'any',
];

export interface ParamSpec {
  name: string;
  type: ParamType;
  default?: unknown;
  description?: string;
}

export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  cypher: string;
  params: ParamSpec[];
  tags: string[];
  createdAt: string | null;
  updatedAt: string | null;
  version: number;
  builtin: boolean;
}

export type SavedQueryInput = Pick<
  SavedQuery,
  'title' | 'description' | 'cypher' | 'params' | 'tags'
>;

export interface GraphElements {
  nodes: { data: { id: string; label: string; name: string; [key: string]: unknown } }[];
  edges: {
    data: { id: string; source: string; target: string; type: string; [key: string]: unknown };
  }[];
}

export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface QueryResult {
  columns: string[];
  rows: TypedJson[][];
  elements: GraphElements;
  summary: {
    rows: number;
    nodes: number;
    edges: number;
    truncated: boolean;
    truncatedRows: boolean;
    truncatedElements: boolean;
    timeMs: number;
    limits: { timeoutMs: number; maxRows: number; maxElements: number };
    notifications: {
      code: string;
      title: string;
      description: string;
      severity: string;
      position?: Position;
    }[];
  };
}

export interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

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
    return apiFetch<QueryResult>('/api/cypher', {
      method: 'POST',
      body: JSON.stringify({ query, params }),
      signal,
    });
  },
  schema() {
    return apiFetch<Schema>('/api/cypher/schema');
  },
  list() {
    return apiFetch<{ queries: SavedQuery[]; library: SavedQuery[]; tokenRequired: boolean }>(
      '/api/queries',
    );
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
    return apiFetch<{ created: SavedQuery[] }>('/api/queries/import', {
      method: 'POST',
      body: JSON.stringify({ files }),
      headers: authHeaders(),
    });
  },
  exportUrl: '/api/queries/export',
  cypherFileUrl: (id: string) => `/api/queries/${encodeURIComponent(id)}/cypher`,
};
