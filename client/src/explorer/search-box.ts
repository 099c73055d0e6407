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
  /** Shows the name of what is focused now (or nothing), unless the user is typing. */
  showChosen(name: string | null): void;
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
  /** The text `hits` answer, so Enter knows whether they are for what is typed now. */
  let hitsFor = '';
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

  // Never rejects: a failed search shows its message in the list. True when `hits` answer `q`.
  const search = async (q: string): Promise<boolean> => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const answer = await explorerApi.search(q, controller.signal);
      if (controller.signal.aborted) return false;
      hits = answer.hits;
      hitsFor = q;
      render(q);
      return true;
    } catch (error) {
      if (controller.signal.aborted) return false;
      list.replaceChildren(
        el('li', { className: 'ex-search-empty', textContent: (error as Error).message }),
      );
      setOpen(true);
      return false;
    }
  };
  const run = debounce((q: string) => void search(q), 180);

  /** Enter: the highlighted hit for what is typed, searching first when no answer is in yet. */
  const enter = async () => {
    const q = input.value.trim();
    if (!q) return;
    if (hitsFor === q && !list.hidden) return choose(hits[active] ?? hits[0]);
    run.cancel();
    if ((await search(q)) && input.value.trim() === q) choose(hits[0]);
  };

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
      void enter();
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
    showChosen(name) {
      if (document.activeElement === input && list.hidden === false) return;
      input.value = name ?? '';
    },
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
