/**
 * A short human name for any node, from its properties: `name`, else `title` (articles), else
 * `text` (claims, assertions), else its id; a name over 120 characters is cut so a claim's
 * sentence fits a list or a canvas label. Used by the API's elements, the explorer's references and search
 * hits, and the export writers. Not a formatter for the details panel, which shows full text.
 */

/** The longest name shown whole; a longer one keeps its first 117 characters and `…`. */
export const MAX_NAME_LENGTH = 120;

/** `text` as it is up to MAX_NAME_LENGTH characters, else cut and ended with `…`. */
export function shortName(text: string): string {
  return text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 3)}…` : text;
}

/** The first non-empty string of `name`, `title`, `text`, shortened; else `id`. */
export function displayName(properties: Readonly<Record<string, unknown>>, id: string): string {
  for (const key of ['name', 'title', 'text']) {
    const value = properties[key];
    if (typeof value === 'string' && value) return shortName(value);
  }
  return id;
}
