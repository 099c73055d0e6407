/**
 * The side list of queries: a search box, tag filters, "My queries" (saved in Neo4j) and the
 * read-only built-in "Library", each item opening the query in the editor. Rendering is
 * derived from the lists it is given; text is set with textContent.
 */
import type { SavedQuery } from './api';

export interface SavedList {
  show(saved: SavedQuery[], library: SavedQuery[], selectedId?: string): void;
  teardown(): void;
}

function matches(query: SavedQuery, search: string, tag: string | undefined): boolean {
  if (tag && !query.tags.includes(tag)) return false;
  if (!search) return true;
  const haystack =
    `${query.title} ${query.description} ${query.tags.join(' ')} ${query.cypher}`.toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function createSavedList(
  container: HTMLElement,
  onOpen: (query: SavedQuery) => void,
): SavedList {
  const root = document.createElement('nav');
  root.className = 'wb-list';
  root.setAttribute('aria-label', 'Saved queries');
  const search = document.createElement('input');
  search.type = 'search';
  search.placeholder = 'Search queries…';
  search.setAttribute('aria-label', 'Search queries');
  search.className = 'wb-list-search';
  const tags = document.createElement('div');
  tags.className = 'wb-tags';
  const sections = document.createElement('div');
  root.append(search, tags, sections);
  container.append(root);

  let saved: SavedQuery[] = [];
  let library: SavedQuery[] = [];
  let selected: string | undefined;
  let tag: string | undefined;

  function section(title: string, items: SavedQuery[], kind: string): HTMLElement {
    const block = document.createElement('section');
    block.className = `wb-list-section wb-list-${kind}`;
    const heading = document.createElement('h3');
    heading.textContent = `${title} (${items.length})`;
    const list = document.createElement('ul');
    for (const query of items) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'wb-list-item';
      button.dataset.queryId = query.id;
      if (query.id === selected) button.setAttribute('aria-current', 'true');
      const name = document.createElement('span');
      name.className = 'wb-list-title';
      name.textContent = query.title;
      button.append(name);
      if (query.tags.length) {
        const small = document.createElement('span');
        small.className = 'wb-list-tags';
        small.textContent = query.tags.join(' · ');
        button.append(small);
      }
      button.title = query.description || query.title;
      li.append(button);
      list.append(li);
    }
    if (!items.length) {
      const empty = document.createElement('li');
      empty.className = 'wb-list-empty';
      empty.textContent = kind === 'saved' ? 'No saved queries yet.' : 'Nothing matches.';
      list.append(empty);
    }
    block.append(heading, list);
    return block;
  }

  function render(): void {
    const allTags = [...new Set([...saved, ...library].flatMap((q) => q.tags))].sort();
    tags.replaceChildren(
      ...allTags.map((name) => {
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'wb-tag';
        chip.textContent = name;
        chip.dataset.tag = name;
        chip.setAttribute('aria-pressed', String(tag === name));
        return chip;
      }),
    );
    const text = search.value.trim();
    sections.replaceChildren(
      section(
        'My queries',
        saved.filter((q) => matches(q, text, tag)),
        'saved',
      ),
      section(
        'Library',
        library.filter((q) => matches(q, text, tag)),
        'library',
      ),
    );
  }

  const onInput = () => render();
  const onClick = (event: Event) => {
    const target = event.target as HTMLElement;
    const chip = target.closest<HTMLElement>('[data-tag]');
    if (chip) {
      tag = tag === chip.dataset.tag ? undefined : chip.dataset.tag;
      render();
      return;
    }
    const item = target.closest<HTMLElement>('[data-query-id]');
    if (!item) return;
    const query = [...saved, ...library].find((q) => q.id === item.dataset.queryId);
    if (query) onOpen(query);
  };
  search.addEventListener('input', onInput);
  root.addEventListener('click', onClick);

  return {
    show(nextSaved, nextLibrary, selectedId) {
      saved = nextSaved;
      library = nextLibrary;
      selected = selectedId;
      render();
    },
    teardown() {
      search.removeEventListener('input', onInput);
      root.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
