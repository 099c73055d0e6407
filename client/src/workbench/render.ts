/**
 * The workbench drawn from its State, as the store's one subscriber: the badge and which
 * fields and buttons the open query allows (a library query is read-only), the token field
 * when the server asks for it, the saved list with the open query marked, the run button and
 * `data-state`, the status line, the error box (with Neo4j's position or the conflict's two
 * choices), the share link and the history menu. Not here: the editor's error marks, which
 * follow the failed run (commands.ts), or the result table (drawn when a result arrives).
 */
import { el } from '../dom';
import type { SavedList } from './saved-list';
import type { WorkbenchState, WorkbenchStore } from './state';
import { button, type WorkbenchView } from './view';

function renderError(box: HTMLElement, error: WorkbenchState['error']): void {
  box.hidden = !error;
  if (!error) {
    box.replaceChildren();
    return;
  }
  box.replaceChildren(el('div', { textContent: error.message }));
  if (error.where)
    box.append(
      el('div', {
        className: 'wb-error-where',
        textContent: `line ${error.where.line}, column ${error.where.column}`,
      }),
    );
  if (error.conflict)
    box.append(
      el(
        'div',
        { className: 'wb-error-actions' },
        button('Save mine as a copy', 'conflict-copy'),
        button('Load their version', 'conflict-load'),
      ),
    );
}

function historyText(query: string): string {
  const text = query.replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Draws the state now and on every change; returns the subscriber's teardown. */
export function renderWorkbench(store: WorkbenchStore, view: WorkbenchView, list: SavedList) {
  const action = (name: string) =>
    view.toolbar.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  const draw = (state: WorkbenchState, previous: WorkbenchState | null) => {
    const { current } = state;
    const builtin = Boolean(current?.builtin);
    for (const field of [view.titleInput, view.description, view.tagsInput])
      field.readOnly = builtin;
    view.badge.textContent = builtin
      ? 'Library · read-only'
      : current
        ? `Saved · v${current.version}`
        : 'New';
    action('save').disabled = builtin;
    action('delete').disabled = !current || builtin;
    action('share').disabled = !current;
    action('download').disabled = !current;
    view.tokenInput.hidden = !state.tokenRequired;
    if (
      !previous ||
      state.saved !== previous.saved ||
      state.library !== previous.library ||
      current?.id !== previous.current?.id
    )
      list.show(state.saved, state.library, current?.id);

    view.runButton.disabled = state.run === 'running';
    if (state.run === 'idle') delete view.root.dataset.state;
    else view.root.dataset.state = state.run;
    view.status.textContent = state.status.text;
    view.status.classList.toggle('wb-truncated', state.status.truncated);
    if (state.status.title) view.status.title = state.status.title;
    if (state.status.graph) view.status.dataset.graph = state.status.graph;
    else delete view.status.dataset.graph;
    if (!previous || state.error !== previous.error) renderError(view.errorBox, state.error);
    if (!previous || state.share !== previous.share) {
      view.shareOut.hidden = state.share === null;
      if (state.share !== null) {
        view.shareOut.value = state.share.link;
        view.shareOut.select();
      }
    }
    if (!previous || state.history !== previous.history) {
      view.history.replaceChildren(new Option('History…', ''));
      state.history.forEach((entry, index) =>
        view.history.append(new Option(historyText(entry.query), String(index))),
      );
    }
  };
  draw(store.state, null);
  return store.subscribe(draw);
}
