/**
 * Dated export file names, the same convention as the server's Content-Disposition
 * (server/export/formats.ts): `graph[-name]-YYYY-MM-DDTHH-MM.<ext>` in UTC, the name reduced to
 * [a-z0-9-]. A copy rather than an import so the client bundle does not pull in the server's
 * writers; file-name.test.ts keeps the two in step.
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

/** The file name in a Content-Disposition header (`filename*=` preferred), or undefined. */
export function dispositionFileName(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain ? (plain[1] ?? plain[2]) : undefined;
}
