/**
 * Text with some spans marked: the words a full-text search matched, as `<mark>` elements
 * around text nodes. The spans come from the server as offsets; the text goes in as text,
 * never as HTML (quotes and articles come from ingested documents).
 */
import { el } from '../dom';

/** A span holding `text`, with `marks` (`[start, end)` offsets, in order) wrapped in <mark>. */
export function markedText(text: string, marks: number[][], className = ''): HTMLElement {
  const out = el('span', { className });
  let at = 0;
  for (const [start = 0, end = 0] of [...marks].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) out.append(text.slice(at, start));
    out.append(el('mark', { textContent: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}
