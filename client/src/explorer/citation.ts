/**
 * What an analyst needs to cite an article, in the details panel: title (whole), outlet,
 * author, publication date, URL (a link only for http(s) addresses), dateline and the file it
 * came from. A field the article does not have says "unknown" in a muted style, so a missing
 * author is never mistaken for an anonymous one. Text only; the URL is set as an attribute of
 * an element built with `el()`, never parsed as markup.
 */
import { el } from '../dom';
import type { ArticleDetails } from '../../../api';

const unknown = () => el('span', { className: 'ex-muted ex-unknown', textContent: 'unknown' });

function link(url: string): HTMLElement {
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  return safe
    ? el('a', { href: url, textContent: url, target: '_blank', rel: 'noopener noreferrer' })
    : el('span', { textContent: url });
}

export function citation(details: ArticleDetails): HTMLElement {
  const rows: [string, HTMLElement | null][] = [
    ['Title', el('span', { textContent: details.title })],
    ['Outlet', details.site ? el('span', { textContent: details.site }) : unknown()],
    ['Author', details.author ? el('span', { textContent: details.author }) : unknown()],
    ['Published', details.published ? el('span', { textContent: details.published }) : unknown()],
    ['URL', details.url ? link(details.url) : unknown()],
    ['Dateline', details.dateline ? el('span', { textContent: details.dateline }) : null],
    ['File', details.file ? el('span', { textContent: details.file }) : null],
  ];
  const dl = el('dl', { className: 'ex-facts ex-citation', dataset: { testid: 'citation' } });
  for (const [key, value] of rows)
    if (value) dl.append(el('dt', { textContent: key }), el('dd', {}, value));
  return dl;
}
