/**
 * The Cypher workbench: a side list of saved and built-in queries, the Cypher editor, a
 * parameter form, run (button or Ctrl/Cmd-Enter) with history, the summary line, errors with
 * their position marked, and the result table. Graph results leave through one hook,
 * `showElements(elements, mode)`, so the explorer canvas draws them; nothing here draws the
 * main graph. This module only wires: the DOM (view.ts), the State (state.ts) drawn by
 * render.ts, the editor's and toolbar's commands (commands.ts) and the saved-query requests
 * (saved-queries.ts). `mountWorkbench` returns a teardown that removes every listener.
 */
import './workbench.css';
import { debounce, Listeners } from '../dom';
import { storeToken } from './api';
import { createCommands, type WorkbenchHooks } from './commands';
import { createEditor } from './editor';
import { loadHistory } from './history';
import { createParamForm } from './parameters';
import { renderWorkbench } from './render';
import { createResultsTable } from './results-table';
import { createSavedList } from './saved-list';
import { createSavedQueries } from './saved-queries';
import { initialState, Store } from './state';
import { buildView } from './view';

export type { WorkbenchHooks } from './commands';

export function mountWorkbench(container: HTMLElement, hooks: WorkbenchHooks): () => void {
  const listeners = new Listeners();
  const store = new Store(initialState(loadHistory()));
  const view = buildView(container);

  // The commands are made from the parts below; the parts call them only once mounted.
  const command = () => commands;
  const table = createResultsTable(view.tableHost);
  const form = createParamForm(view.paramsHost, () => void command().run());
  const list = createSavedList(view.listHost, (query) => command().open(query));
  const refreshParams = debounce(() => command().refreshParams(), 200);
  const editor = createEditor(view.editorHost, {
    value: '',
    onRun: () => void command().run(),
    onChange: () => refreshParams(),
  });
  const commands = createCommands({ store, view, editor, form, table, hooks });
  const saved = createSavedQueries(store, view, commands);

  const toolbarActions: Record<string, () => void> = {
    run: () => void commands.run(),
    new: () => commands.newQuery(),
    save: () => void saved.save(),
    'save-as': () => void saved.saveAs(),
    delete: () => void saved.remove(),
    share: () => void commands.share(),
    download: () => commands.download(),
  };
  const actionOf = (event: Event) =>
    (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action ?? '';
  listeners.on(view.toolbar, 'click', (event) => toolbarActions[actionOf(event)]?.());
  listeners.on(view.errorBox, 'click', (event) => {
    const action = actionOf(event);
    if (action === 'conflict-copy') saved.keepMine();
    else if (action === 'conflict-load') saved.loadTheirs();
  });
  listeners.on(view.sideTools, 'click', (event) => {
    if (actionOf(event) === 'import') view.importInput.click();
  });
  listeners.on(view.importInput, 'change', () => {
    if (view.importInput.files?.length) void saved.importFiles(view.importInput.files);
  });
  listeners.on(view.tokenInput, 'change', () => storeToken(view.tokenInput.value.trim()));
  listeners.on(view.history, 'change', () => commands.fromHistory(Number(view.history.value)));

  const unsubscribe = renderWorkbench(store, view, list);
  // Start: a new query, then lists, schema and a shared link if the page was opened with one.
  commands.newQuery();
  void saved.start();

  return () => {
    commands.abort();
    unsubscribe();
    listeners.dispose();
    refreshParams.cancel();
    table.teardown();
    form.teardown();
    list.teardown();
    editor.teardown();
    view.root.remove();
  };
}
