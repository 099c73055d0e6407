/**
 * Shareable links to a saved query with its parameter values: `/?query=<id>&p.<name>=<value>`.
 * Opening such a link opens the query and runs it. Pure: reads and builds URLs only.
 */
export interface SharedQuery {
  id: string;
  params: Record<string, string>;
}

export function readShareLink(search: string): SharedQuery | undefined {
  const query = new URLSearchParams(search);
  const id = query.get('query');
  if (!id) return undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of query) if (key.startsWith('p.')) params[key.slice(2)] = value;
  return { id, params };
}

export function shareLink(origin: string, id: string, params: Record<string, string>): string {
  const query = new URLSearchParams({ query: id });
  for (const [name, value] of Object.entries(params)) query.append(`p.${name}`, value);
  return `${origin}/?${query.toString()}`;
}
