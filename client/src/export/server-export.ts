/**
 * Asks the server for an export (`POST /api/export`) and hands the file to the browser as a
 * download under the server's dated name. Server errors come back as ApiError with the
 * server's code and message, so the menu can show them as they are. Not for PNG and SVG,
 * which are drawn in the browser (image-export.ts).
 */
import { ApiError } from '../api';
import type { ExportLayout, QuerySource } from './context';
import { exportFileName } from '../../../model/export-file-name';
import { dispositionFileName } from './file-name';

export type ServerFormat = 'json' | 'graphml' | 'gexf' | 'csv' | 'cypher' | 'html';

export const SERVER_EXTENSIONS: Record<ServerFormat, string> = {
  json: 'json',
  graphml: 'graphml',
  gexf: 'gexf',
  csv: 'csv.zip',
  cypher: 'cypher',
  html: 'html',
};

export interface ServerExportRequest {
  format: ServerFormat;
  /** Either node ids or a query. */
  nodeIds?: string[];
  /** With node ids: only these relationships among them (the ones drawn). */
  edgeIds?: string[];
  query?: QuerySource;
  hops: number;
  /** What is exported, for the file name and metadata ("selection", "canvas", …). */
  name: string;
  layout?: ExportLayout;
}

export interface DownloadedFile {
  fileName: string;
  blob: Blob;
  nodes?: number;
  relationships?: number;
}

export async function fetchServerExport(
  request: ServerExportRequest,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const body: Record<string, unknown> = {
    format: request.format,
    hops: request.hops,
    name: request.name,
    ...(request.layout ? { layout: request.layout } : {}),
    ...(request.query
      ? { query: request.query.query, params: request.query.params }
      : {
          nodeIds: request.nodeIds ?? [],
          ...(request.edgeIds ? { edgeIds: request.edgeIds } : {}),
        }),
  };
  let response: Response;
  try {
    response = await fetch('/api/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The explorer server cannot be reached. Is it still running?');
  }
  if (!response.ok) {
    const parsed = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: unknown };
    } | null;
    throw new ApiError(
      response.status,
      parsed?.error?.code ?? 'http',
      parsed?.error?.message ?? `export failed: HTTP ${response.status}`,
      parsed?.error?.details,
    );
  }
  // A failure mid-stream aborts the body: blob() rejects, and the caller shows that.
  const blob = await response.blob().catch(() => {
    throw new ApiError(
      response.status,
      'aborted',
      'export: the server stopped while sending the file (see the server log); try again',
    );
  });
  const count = (name: string) => {
    const value = response.headers.get(name);
    return value === null ? undefined : Number(value);
  };
  return {
    fileName:
      dispositionFileName(response.headers.get('content-disposition')) ??
      exportFileName(new Date(), SERVER_EXTENSIONS[request.format], request.name),
    blob,
    nodes: count('x-export-nodes'),
    relationships: count('x-export-relationships'),
  };
}

/** Saves a blob through a temporary `<a download>`; the object URL is revoked afterwards. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
