/**
 * Past queries, kept in this browser only (localStorage): newest first, one entry per query
 * text, at most 50. Never sent to the server.
 */
export interface HistoryEntry {
  query: string;
  params: Record<string, string>;
  at: string;
}

const KEY = 'kg-explorer.workbench.history';
const MAX = 50;

export function loadHistory(): HistoryEntry[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? (parsed as HistoryEntry[]).filter((e) => typeof e?.query === 'string')
      : [];
  } catch {
    return [];
  }
}

export function remember(query: string, params: Record<string, string>): HistoryEntry[] {
  const entries = [
    { query, params, at: new Date().toISOString() },
    ...loadHistory().filter((e) => e.query.trim() !== query.trim()),
  ].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: history is a convenience.
  }
  return entries;
}
