/**
 * Dated names for files that hold an exported graph, `graph[-name]-YYYY-MM-DDTHH-MM.<ext>` in
 * UTC with the name reduced to [a-z0-9-]: the server's Content-Disposition and the client's own
 * downloads (PNG, SVG, made without any request) use this one function, so it lives with the
 * model both apps import rather than in either app or in the HTTP contract. It imports nothing.
 * Reading a name back out of a response header is the client's (client/src/export/file-name.ts).
 */
export function exportFileName(at: Date, extension: string, name?: string): string {
  const stamp = at.toISOString().slice(0, 16).replace(':', '-');
  const slug = (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `graph-${slug ? slug + '-' : ''}${stamp}.${extension}`;
}
