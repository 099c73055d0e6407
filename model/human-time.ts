/**
 * An instant as a reader says it, for what exports print (the HTML viewer's title, an image's
 * caption): "1 December 2026, 15:04 UTC". Always in UTC, so two exports of one moment read
 * the same wherever they were made. Pure; not for file names (export-file-name.ts).
 */

/** `at` (a Date or ISO text) as "1 December 2026, 15:04 UTC"; unparseable text comes back as is. */
export function humanTime(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return `${day}, ${date.toISOString().slice(11, 16)} UTC`;
}
