/**
 * The search box: typo-tolerant autocomplete over names and aliases and, below them, over what
 * was said and written (claims' quotes, articles' text: the server's full-text indexes),
 * debounced, grouped by kind with the matching words marked, in a keyboard-navigable list
 * (↑ ↓ Enter Esc; an ARIA combobox). Enter searches what is typed even before suggestions
 * came. Choosing a hit hands it to `onChoose`; nothing here touches the canvas. Stale answers
 * (a slower earlier request) are dropped by aborting the previous request.
 */
import { explorerApi } from './api';
import { debounce, el, Listeners } from '../dom';
import { swatch } from './details-parts';
import { lookOf } from '../../../model/looks';
import { markedText } from './marked-text';
import { LABEL_LOOKS } from '../../../model/looks';
import type { SearchHit, TextSearchResponse } from '../../../api';

/** One line of the list: what choosing it focuses, and what the list shows for it. */
export interface Choice {
  id: string;
  name: string;
  label: string;
  lines: HTMLElement[];
}

interface ChoiceGroup {
  kind: string;
  title: string;
  choices: Choice[];
}

const line = (className: string, text: string) => el('span', { className, textContent: text });

/** Name hits grouped by label, in the legend's order of labels. */
function nameGroups(found: SearchHit[]): ChoiceGroup[] {
  const order = Object.keys(LABEL_LOOKS);
  const labels = [...new Set(found.map((h) => h.label))].sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
  );
  return labels.map((label) => ({
    kind: label,
    title: lookOf(label).plural,
    choices: found
      .filter((h) => h.label === label)
      .map((hit) => ({
        id: hit.id,
        name: hit.name,
        label,
        lines: [
          line('ex-search-name', hit.name),
          line(
            'ex-search-context',
            [hit.matchedAlias ? `alias “${hit.matchedAlias}”` : null, hit.context || null]
              .filter(Boolean)
              .join(' · '),
          ),
        ],
      })),
  }));
}

/** Claims (the quote, who claimed it, where) and articles (title, snippet) the words are in. */
function textGroups(found: TextSearchResponse): ChoiceGroup[] {
  const claims = found.claims.map((claim) => ({
    id: claim.id,
    name: claim.speaker ? `Claim by ${claim.speaker.name}` : 'Claim',
    label: 'Claim',
    lines: [
      markedText(claim.snippet.text, claim.snippet.marks, 'ex-search-quote'),
      line(
        'ex-search-context',
        [
          claim.speaker ? `claimed by ${claim.speaker.name}` : 'speaker unknown',
          claim.event ? claim.event.name : null,
          claim.event?.date ?? null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    ],
  }));
  const articles = found.articles.map((article) => ({
    id: article.id,
    name: article.title,
    label: 'Article',
    lines: [
      line('ex-search-name', article.title),
      markedText(article.snippet.text, article.snippet.marks, 'ex-search-quote'),
      line(
        'ex-search-context',
        [article.site, article.published ? `published ${article.published}` : null]
          .filter(Boolean)
          .join(' · '),
      ),
    ],
  }));
  return [
    { kind: 'claims', title: 'In claims', choices: claims },
    { kind: 'articles', title: 'In articles', choices: articles },
  ];
}

export interface SearchBox {
  readonly root: HTMLElement;
  focus(): void;
  /** Shows a hint above the list (e.g. "choose the other end of the path"). */
  setHint(text: string | null): void;
  /** Shows the name of what is focused now (or nothing), unless the user is typing. */
  showChosen(name: string | null): void;
  teardown(): void;
}

export function createSearchBox(onChoose: (hit: Choice) => void): SearchBox {
  const listeners = new Listeners();
  const input = el('input', {
    type: 'search',
    className: 'ex-search-input',
    placeholder: 'Search names, quotes, articles…',
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
  /** The choices in the list, in the order shown (what ↑ ↓ and Enter move over). */
  let hits: Choice[] = [];
  /** The text `hits` answer, so Enter knows whether they are for what is typed now. */
  let hitsFor = '';
  let active = -1;
  let pending: AbortController | undefined;

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };

  const options = () => [...list.querySelectorAll<HTMLElement>('.ex-search-item')];
  const highlight = (index: number) => {
    active = index;
    options().forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const item = options()[index];
    if (item) {
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (hit: Choice | undefined) => {
    if (!hit) return;
    setOpen(false);
    input.value = hit.name;
    onChoose(hit);
  };

  const render = (q: string, groups: ChoiceGroup[]) => {
    list.replaceChildren();
    hits = groups.flatMap((g) => g.choices);
    if (!hits.length) {
      list.append(
        el('li', { className: 'ex-search-empty', textContent: `Nothing matches “${q}”.` }),
      );
    }
    let i = 0;
    for (const group of groups) {
      if (!group.choices.length) continue;
      list.append(
        el('li', {
          className: 'ex-search-group',
          textContent: group.title,
          attrs: { role: 'presentation' },
        }),
      );
      for (const hit of group.choices) {
        const item = el(
          'li',
          {
            id: `ex-search-${i++}`,
            className: 'ex-search-item',
            attrs: { role: 'option', 'aria-selected': 'false' },
            dataset: { id: hit.id, kind: group.kind },
          },
          swatch(lookOf(hit.label).color),
          el('span', { className: 'ex-search-text' }, ...hit.lines),
        );
        // mousedown, not click: the input's blur would close the list before a click lands.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(hit);
        });
        list.append(item);
      }
    }
    setOpen(true);
    highlight(hits.length ? 0 : -1);
  };

  // Never rejects: a failed search shows its message in the list. True when `hits` answer `q`.
  const search = async (q: string): Promise<boolean> => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const [names, text] = await Promise.all([
        explorerApi.search(q, controller.signal),
        // Names come first: a failed full-text search leaves them on their own.
        explorerApi.searchText(q, controller.signal).catch(() => null),
      ]);
      if (controller.signal.aborted) return false;
      hitsFor = q;
      render(q, [...nameGroups(names.hits), ...(text ? textGroups(text) : [])]);
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
