/**
 * The article viewer: a modal dialog with an article's full text and one evidence sentence
 * highlighted by its character offsets and scrolled into view, so a reader checks a claim or
 * a relationship against its source in one click. Text is inserted as text nodes around one
 * <mark>; nothing from the article is parsed as HTML. Offsets that do not match the text
 * (or are missing) fall back to finding the evidence string itself.
 */
import { explorerApi } from './api';
import { el, Listeners } from '../dom';
import type { Provenance } from '../../../api';
import { createSpanActions } from './corrections/span-actions';

export interface ArticleViewer {
  open(provenance: Partial<Provenance> & { article: string | null }): Promise<void>;
  teardown(): void;
}

/** Where to highlight: the offsets when they fit the text, else the first occurrence. */
export function evidenceRange(
  text: string,
  evidence: string | null | undefined,
  start: number | null | undefined,
  end: number | null | undefined,
): [number, number] | null {
  if (
    typeof start === 'number' &&
    typeof end === 'number' &&
    start >= 0 &&
    end <= text.length &&
    start < end
  ) {
    if (!evidence || text.slice(start, end) === evidence) return [start, end];
  }
  if (evidence) {
    const at = text.indexOf(evidence);
    if (at >= 0) return [at, at + evidence.length];
  }
  return null;
}

export function createArticleViewer(root: HTMLElement): ArticleViewer {
  const listeners = new Listeners();
  const dialog = el('dialog', { className: 'ex-article', dataset: { testid: 'article-viewer' } });
  const title = el('h2', { className: 'ex-article-title' });
  const meta = el('p', { className: 'ex-article-meta' });
  const close = el('button', {
    type: 'button',
    className: 'ex-icon-button',
    textContent: '×',
    title: 'Close (Esc)',
    attrs: { 'aria-label': 'Close' },
  });
  const body = el('div', { className: 'ex-article-text', attrs: { tabindex: '0' } });
  const note = el('p', { className: 'ex-article-note' });
  dialog.append(
    el('header', { className: 'ex-article-head' }, el('div', {}, title, meta), close),
    note,
    body,
  );
  root.append(dialog);
  const spans = createSpanActions(dialog);
  listeners.on(close, 'click', () => dialog.close());
  listeners.on<MouseEvent>(dialog, 'click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  return {
    async open(provenance) {
      if (!provenance.article) return;
      title.textContent = provenance.articleTitle ?? 'Loading…';
      meta.textContent = '';
      note.textContent = '';
      body.replaceChildren(el('p', { className: 'ex-muted', textContent: 'Loading the article…' }));
      if (!dialog.open) dialog.showModal();
      try {
        const article = await explorerApi.article(provenance.article);
        title.textContent = article.title;
        meta.textContent = [
          article.published ? `Published ${article.published}` : 'Publication date unknown',
          article.dateline,
        ]
          .filter(Boolean)
          .join(' · ');
        const range = evidenceRange(
          article.text,
          provenance.evidence,
          provenance.evidenceStart,
          provenance.evidenceEnd,
        );
        body.replaceChildren();
        spans.show(article.id, body, article.text);
        if (!range) {
          body.append(article.text);
          if (provenance.evidence)
            note.textContent = 'The evidence sentence was not found in this text.';
          return;
        }
        const mark = el('mark', {
          className: 'ex-evidence',
          textContent: article.text.slice(range[0], range[1]),
          dataset: { testid: 'evidence-highlight' },
        });
        body.append(article.text.slice(0, range[0]), mark, article.text.slice(range[1]));
        note.textContent =
          'The highlighted sentence is the evidence; the rest is the article as ingested.';
        mark.scrollIntoView({ block: 'center' });
      } catch (error) {
        body.replaceChildren(
          el('p', { className: 'ex-error', textContent: (error as Error).message }),
        );
      }
    },
    teardown() {
      listeners.dispose();
      spans.teardown();
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
