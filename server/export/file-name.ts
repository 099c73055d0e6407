/**
 * Dated export file names, `graph[-name]-YYYY-MM-DDTHH-MM.<ext>` in UTC with the name reduced
 * to [a-z0-9-]: the server's Content-Disposition and the client's own downloads (PNG, SVG) use
 * this one function. It imports nothing, so the client bundle can take it.
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
