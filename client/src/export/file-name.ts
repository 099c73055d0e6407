/**
 * Reading an export's file name out of the server's response. Making one is
 * model/export-file-name.ts, which the server and this client share.
 */

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
