/**
 * Where a document came from, as its own format says (a web page's <meta>, Open Graph and
 * JSON-LD; a PDF's info dictionary): what the Article node keeps so an analyst can cite it.
 * Only what the document states; nothing here is guessed from the text.
 */
export interface SourceMeta {
  title?: string;
  /** Canonical URL of a web page. */
  url?: string;
  site?: string;
  author?: string;
  /** Publication date, `YYYY-MM-DD`. */
  published?: string;
}

/** `YYYY-MM-DD` of an ISO-like date string, or undefined. */
export function isoDay(raw: unknown): string | undefined {
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
