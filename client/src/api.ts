/**
 * Typed access to the explorer's JSON API from the browser. Every failure comes back as an
 * ApiError carrying the server's error code, so views can show the server's own message.
 */

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version: string; mode: 'embedded' | 'external'; database: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) },
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'The explorer server cannot be reached. Is `npm start` still running?',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (
      body as { error?: { code?: string; message?: string; details?: unknown } } | null
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? `HTTP ${response.status}`,
      error?.details,
    );
  }
  return body as T;
}

/** Health answers 503 with a body when Neo4j is down; both are states worth showing. */
export async function getHealth(): Promise<Health> {
  const response = await fetch('/api/health');
  return (await response.json()) as Health;
}
