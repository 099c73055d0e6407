/**
 * Corrections from the article viewer: select a span of the article's text and add it as a
 * speaker of the article's event (with a role; a person found by search, or a new one named as
 * typed) or as a claim by a person. The selection's character offsets into the article text
 * become the evidence (`evidenceStart`, `evidenceEnd`), exactly as the extraction's own. A bar
 * at the foot of the viewer; article-viewer.ts only tells it which article is shown.
 */
import { el, Listeners } from '../../dom';
import { explorerApi } from '../api';
import type { NodeRef } from '../../../../api';
import { SPEAKER_ROLES } from '../../../../model/roles';
import { announceChange, correctionsApi } from './api';
import './corrections.css';

export interface SpanActions {
  /** The article now shown, its text in `body` exactly as `text`. */
  show(article: string, body: HTMLElement, text: string): void;
  teardown(): void;
}

/** Character offsets of the selection inside `body`, if it lies in it and is not empty. */
export function selectionOffsets(body: HTMLElement): [number, number] | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? [start, end] : null;
}

export function createSpanActions(dialog: HTMLElement): SpanActions {
  const listeners = new Listeners();
  const quote = el('span', { className: 'cx-title', dataset: { testid: 'span-selected' } });
  const person = el('input', { type: 'search', placeholder: 'Person (search, or a new name)' });
  const results = el('div', { className: 'cx-results' });
  const role = el(
    'select',
    { title: 'Role' },
    ...SPEAKER_ROLES.map((r) => el('option', { value: r, textContent: r })),
  );
  const event = el('select', { title: 'Event of this article' });
  const speaker = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Add as speaker',
    dataset: { action: 'span-add-speaker' },
  });
  const claim = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Add as claim',
    dataset: { action: 'span-add-claim' },
  });
  const message = el('p', { className: 'cx-form-error', dataset: { testid: 'span-message' } });
  const bar = el(
    'div',
    { className: 'cx-span-bar cx-form', hidden: true, dataset: { testid: 'span-actions' } },
    quote,
    person,
    role,
    event,
    speaker,
    claim,
    results,
    message,
  );
  dialog.append(bar);

  let article = '';
  let body: HTMLElement | null = null;
  let span: [number, number] | null = null;
  let picked: NodeRef | null = null;

  const onSelect = () => {
    if (!body) return;
    const offsets = selectionOffsets(body);
    if (!offsets) return;
    span = offsets;
    const text = (body.textContent ?? '').slice(offsets[0], offsets[1]);
    quote.textContent = `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}” (${offsets[0]}–${offsets[1]})`;
    message.textContent = '';
    bar.hidden = false;
  };
  listeners.on(document, 'selectionchange', onSelect);
  listeners.on(person, 'input', () => {
    picked = null;
    const q = person.value.trim();
    if (q.length < 2) return results.replaceChildren();
    void explorerApi.search(q).then((r) =>
      results.replaceChildren(
        ...r.hits
          .filter((hit) => hit.label === 'Person')
          .map((hit) => {
            const pick = el('button', {
              type: 'button',
              className: 'cx-mini',
              textContent: hit.name,
              title: hit.id,
            });
            pick.addEventListener('click', () => {
              picked = hit;
              person.value = hit.name;
              results.replaceChildren();
            });
            return pick;
          }),
      ),
    );
  });
  const run = (kind: 'speaker' | 'claim') => {
    if (!span) return;
    const [evidenceStart, evidenceEnd] = span;
    const name = person.value.trim();
    if (!picked && (kind === 'claim' || !name)) {
      message.textContent =
        kind === 'claim' ? 'Choose the person from the search results.' : 'Name the person.';
      return;
    }
    const input =
      kind === 'speaker'
        ? {
            action: 'add-speaker' as const,
            event: event.value,
            person: picked ? picked.id : { name },
            role: role.value,
            article,
            evidenceStart,
            evidenceEnd,
          }
        : { action: 'add-claim' as const, person: picked!.id, article, evidenceStart, evidenceEnd };
    void correctionsApi.create(input).then(
      (c) => {
        message.textContent = `Saved: ${c.summary}`;
        message.classList.add('cx-ok');
        announceChange({ correction: c });
      },
      (error: Error) => {
        message.textContent = error.message;
        message.classList.remove('cx-ok');
      },
    );
  };
  listeners.on(speaker, 'click', () => run('speaker'));
  listeners.on(claim, 'click', () => run('claim'));

  return {
    show(id, shownBody, _text) {
      article = id;
      body = shownBody;
      span = null;
      picked = null;
      bar.hidden = true;
      person.value = '';
      results.replaceChildren();
      void explorerApi.node(id).then((r) => {
        const events = r.details.label === 'Article' ? r.details.events : [];
        event.replaceChildren(
          ...events.map((l) => el('option', { value: l.node.id, textContent: l.node.name })),
        );
        speaker.disabled = events.length === 0;
      });
    },
    teardown() {
      listeners.dispose();
      bar.remove();
    },
  };
}
