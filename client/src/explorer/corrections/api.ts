/**
 * The browser's calls to the corrections and review-queue API (api/corrections.ts). Changes
 * send the APP_TOKEN this browser keeps (the workbench's token) as a bearer token; a 409 comes
 * back as an ApiError whose details hold the target's current state.
 */
import { ApiError, apiFetch } from '../../api';
import { storedToken, storeToken } from '../../workbench/api';
import type { CorrectionInput, CorrectionRecord } from '../../../../model/corrections';
import type { CorrectionUndone, ReviewResponse } from '../../../../api';

function authHeaders(): Record<string, string> {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A change; on 401 asks once for the token (kept like the workbench's) and tries again. */
async function change<T>(path: string, init: RequestInit): Promise<T> {
  try {
    return await apiFetch<T>(path, { ...init, headers: authHeaders() });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    const token = window.prompt(
      'This server needs a token to make corrections (its APP_TOKEN, or yours from APP_TOKENS):',
    );
    if (!token) throw error;
    storeToken(token.trim());
    return apiFetch<T>(path, { ...init, headers: authHeaders() });
  }
}

export const correctionsApi = {
  create: (input: CorrectionInput) =>
    change<{ correction: CorrectionRecord }>('/api/corrections', {
      method: 'POST',
      body: JSON.stringify(input),
    }).then((r) => r.correction),
  list: () =>
    apiFetch<{ corrections: CorrectionRecord[]; tokenRequired: boolean }>('/api/corrections'),
  undo: (id: string) =>
    change<CorrectionUndone>(`/api/corrections/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    }),
  review: (limit = 50) => apiFetch<ReviewResponse>(`/api/review?limit=${limit}`),
};

/** What changed, for the views that follow corrections (log, review, canvas). */
export interface ChangeDetail {
  correction?: CorrectionRecord;
  /** An undo: the correction, what it gave back (as it is now) and the ids it took away. */
  undone?: CorrectionUndone;
  /** The view that made the change (it has already shown it). */
  from?: 'review' | 'details';
}

/** Tells every corrections view (log, review, details, canvas) that the graph changed. */
export const CHANGED_EVENT = 'explorer:corrections-changed';
export function announceChange(detail: ChangeDetail = {}): void {
  window.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGED_EVENT, { detail }));
  // Views that live and die with their element (the details panel) listen on it, not on
  // window, so nothing is left behind when they are replaced.
  for (const view of document.querySelectorAll(`[${FOLLOWS}]`))
    view.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGED_EVENT, { detail }));
}

/** The attribute that makes an element receive CHANGED_EVENT itself. */
export const FOLLOWS = 'data-follows-corrections';
