/**
 * Reads a saved web page: the article's main text with @mozilla/readability over a linkedom
 * DOM (so navigation, sidebars, cookie banners and scripts stay out), one paragraph per block,
 * the headline first; and its provenance from <link rel=canonical>, <meta>, Open Graph and
 * JSON-LD (title, canonical URL, site name, author, publication date). A page with no article
 * text is refused. Scripts are never run: linkedom does not execute them.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../../platform/input-error';
import { isoDay, type SourceMeta } from './source-meta';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td';

type Doc = ReturnType<typeof parseHTML>['document'];

function metaContent(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The first JSON-LD object that describes an article (NewsArticle, Article, …). */
function jsonLdArticle(doc: Doc): Record<string, unknown> | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const graph = (data as { '@graph'?: unknown })?.['@graph'];
    const items: unknown[] = Array.isArray(data) ? data : Array.isArray(graph) ? graph : [data];
    const found = items.find(
      (item) =>
        item &&
        typeof item === 'object' &&
        /Article|Report|BlogPosting/.test(String((item as { '@type'?: unknown })['@type'])),
    );
    if (found) return found as Record<string, unknown>;
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first === 'string') return first.trim() || undefined;
  const name = (first as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name.trim() || undefined : undefined;
}

/** Page furniture Readability sometimes keeps: cookie banners, share bars, newsletters. */
const FURNITURE =
  /cookie|consent|gdpr|banner|newsletter|subscribe|share|social|related|promo|advert/i;

function stripFurniture(doc: Doc): void {
  for (const el of doc.querySelectorAll(
    'script, style, noscript, template, nav, aside, footer, form, iframe, [role="navigation"], [aria-hidden="true"]',
  ))
    el.remove();
  for (const el of doc.querySelectorAll('header')) if (!el.closest('article')) el.remove();
  for (const el of doc.querySelectorAll('[class], [id]'))
    if (el.tagName !== 'BODY' && el.tagName !== 'HTML' && el.tagName !== 'ARTICLE')
      if (FURNITURE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`))
        el.remove();
}

function metaOf(doc: Doc): SourceMeta {
  const ld = jsonLdArticle(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || metaContent(doc, 'og:url');
  return {
    title:
      metaContent(doc, 'og:title', 'twitter:title') ??
      (typeof ld?.headline === 'string' ? ld.headline : undefined) ??
      (doc.querySelector('h1')?.textContent?.trim() || undefined) ??
      (doc.querySelector('title')?.textContent?.trim() || undefined),
    url: url && /^https?:\/\//i.test(url) ? url : undefined,
    site: metaContent(doc, 'og:site_name', 'application-name') ?? nameOf(ld?.publisher),
    author: metaContent(doc, 'author', 'article:author') ?? nameOf(ld?.author),
    published:
      isoDay(metaContent(doc, 'article:published_time', 'datePublished', 'date')) ??
      isoDay(ld?.datePublished) ??
      isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
  };
}

function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const block of document.querySelectorAll(BLOCKS)) {
    // Only innermost blocks: a <li> holding a <p> is read through the <p>.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

export function readHtml(file: string, html: string): { text: string; meta: SourceMeta } {
  const { document } = parseHTML(html);
  const meta = metaOf(document);
  stripFurniture(document);
  const article = new Readability(document, { charThreshold: 200 }).parse();
  const paragraphs = article?.content ? paragraphsOf(article.content) : [];
  const body = paragraphs.join('\n\n');
  if (!/\p{L}{2,}.*\p{L}{2,}/su.test(body) || body.length < 80)
    throw new InputError(
      'no-article-text',
      file,
      'no article text found in this web page (only navigation, scripts or too little prose); save the article page itself',
    );
  const title = (meta.title || article?.title || '').replace(/\s+/g, ' ').trim();
  const startsWithTitle = title && paragraphs[0]?.startsWith(title);
  return {
    text: title && !startsWithTitle ? `${title}\n\n${body}` : body,
    meta: {
      ...meta,
      title: title || meta.title,
      site: meta.site ?? (article?.siteName || undefined),
      author: meta.author ?? (article?.byline || undefined),
      published: meta.published ?? isoDay(article?.publishedTime),
    },
  };
}
