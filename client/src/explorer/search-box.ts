/**
 * The search box: typo-tolerant autocomplete over names and aliases (the server's full-text
 * index), debounced, with a keyboard-navigable list (↑ ↓ Enter Esc; an ARIA combobox).
 * Choosing a hit hands it to `onChoose`; nothing here touches the canvas. Stale answers
 * (a slower earlier request) are dropped by aborting the previous request.
 */
import { explorerApi } from './api';
import { debounce, el, Listeners } from '../dom';
import { swatch } from './details-parts';
import { lookOf } from '../../../model/looks';
import type { SearchHit } from '../../../api';

export interface SearchBox {
  readonly root: HTMLElement;
  focus(): void;
  /** Shows a hint above the list (e.g. "choose the other end of the path"). */
  setHint(text: string | null): void;
  teardown(): void;
}

export function createSearchBox(onChoose: (hit: SearchHit) => void): SearchBox {
  const listeners = new Listeners();
  const input = el('input', {
    type: 'search',
    className: 'ex-search-input',
    placeholder: 'Search people, organizations, events…',
    autocomplete: 'off',
    spellcheck: false,
    dataset: { testid: 'search' },
    attrs: {
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'ex-search-list',
      'aria-autocomplete': 'list',
      'aria-label': 'Search the graph',
    },
  });
  const list = el('ul', {
    id: 'ex-search-list',
    className: 'ex-search-list',
    hidden: true,
    attrs: { role: 'listbox' },
  });
  const hint = el('div', { className: 'ex-search-hint', hidden: true });
  const root = el('div', { className: 'ex-search' }, input, hint, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let pending: AbortController | undefined;

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };

  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) =>
      item.setAttribute('aria-selected', String(i === index)),
    );
    const item = list.children[index];
    if (item) {
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    input.value = hit.name;
    onChoose(hit);
  };

  const render = (q: string) => {
    list.replaceChildren();
    if (!hits.length) {
      list.append(
        el('li', { className: 'ex-search-empty', textContent: `Nothing matches “${q}”.` }),
      );
    }
    hits.forEach((hit, i) => {
      const item = el(
        'li',
        {
          id: `ex-search-${i}`,
          className: 'ex-search-item',
          attrs: { role: 'option', 'aria-selected': 'false' },
          dataset: { id: hit.id },
        },
        swatch(lookOf(hit.label).color),
        el(
          'span',
          { className: 'ex-search-text' },
          el('span', { className: 'ex-search-name', textContent: hit.name }),
          el('span', {
            className: 'ex-search-context',
            textContent: [
              hit.label,
              hit.matchedAlias ? `alias “${hit.matchedAlias}”` : null,
              hit.context || null,
            ]
              .filter(Boolean)
              .join(' · '),
          }),
        ),
      );
      // mousedown, not click: the input's blur would close the list before a click lands.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.append(item);
    });
    setOpen(true);
    highlight(hits.length ? 0 : -1);
  };

  // Never rejects: a failed search shows its message in the list.
  const search = async (q: string) => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const answer = await explorerApi.search(q, controller.signal);
      if (controller.signal.aborted) return;
      hits = answer.hits;
      render(q);
    } catch (error) {
      if (controller.signal.aborted) return;
      list.replaceChildren(
        el('li', { className: 'ex-search-empty', textContent: (error as Error).message }),
      );
      setOpen(true);
    }
  };
  const run = debounce((q: string) => void search(q), 180);

  listeners.on(input, 'input', () => {
    const q = input.value.trim();
    if (!q) {
      run.cancel();
      pending?.abort();
      setOpen(false);
      return;
    }
    run(q);
  });
  listeners.on<KeyboardEvent>(input, 'keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) setOpen(true);
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden) choose(hits[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  });
  listeners.on(input, 'blur', () => setOpen(false));
  listeners.on(input, 'focus', () => {
    if (input.value.trim() && hits.length) setOpen(true);
  });
  listeners.add(() => {
    run.cancel();
    pending?.abort();
  });

  return {
    root,
    focus: () => input.focus(),
    setHint(text) {
      hint.hidden = !text;
      hint.textContent = text ?? '';
    },
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
