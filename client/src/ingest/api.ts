/**
 * The browser side of `POST /api/ingest` and `GET /api/ingest/jobs/:id`: the files go as
 * multipart (the browser sets the boundary), the bearer token the workbench stores goes along
 * when there is one. Failures come back as the app's ApiError, with the server's message.
 */
import { ApiError, apiFetch } from '../api';
import { storedToken } from '../workbench/api';
import type { IngestAccepted, IngestJob, IngestPreview } from '../../../api/ingest';

export type {
  ArticlePreview,
  DocumentPreview,
  EntityPreview,
  IngestJob,
} from '../../../api/ingest';

async function upload<T>(files: File[], dryRun: boolean): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const token = storedToken();
  let response: Response;
  try {
    response = await fetch(`/api/ingest${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new ApiError(0, 'network', 'The explorer server cannot be reached.');
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http',
      body?.error?.message ?? `HTTP ${response.status}`,
      body?.error?.details,
    );
  return body as T;
}

export const ingestApi = {
  preview: (files: File[]) => upload<IngestPreview>(files, true),
  start: (files: File[]) => upload<IngestAccepted>(files, false),
  job: (id: string) => apiFetch<IngestJob>(`/api/ingest/jobs/${encodeURIComponent(id)}`),
};
