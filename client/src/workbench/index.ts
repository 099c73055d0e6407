/**
 * The Cypher workbench: a side list of saved and built-in queries, the Cypher editor, a
 * parameter form, run (button or Ctrl/Cmd-Enter) with history, the summary line, errors with
 * their position marked, and the result table. Graph results leave through one hook,
 * `showElements(elements, mode)`, so the explorer canvas draws them; nothing here draws the
 * main graph. Saved queries can be saved, saved as, edited, deleted, shared as a link,
 * imported and exported. `mountWorkbench` returns a teardown that removes every listener.
 */
import './workbench.css';
import { ApiError } from '../api';
import {
  storeToken,
  storedToken,
  workbenchApi,
  type GraphElements,
  type QueryResult,
  type SavedQuery,
  type SavedQueryInput,
  type Schema,
} from './api';
import { createEditor } from './editor';
import { createParamForm, fieldText, mergeSpecs, ParamValueError } from './parameters';
import { createResultsTable } from './results-table';
import { createSavedList } from './saved-list';
import { loadHistory, remember } from './history';
import { readShareLink, shareLink } from './share-link';

export interface WorkbenchHooks {
  /** `source` is the query and parameters that produced the elements (e.g. for export). */
  showElements(
    elements: GraphElements,
    mode: 'replace' | 'add',
    source?: { query: string; params: Record<string, unknown>; title?: string },
  ): void;
}

interface State {
  /** The saved or built-in query open in the editor; undefined for a new query. */
  current?: SavedQuery;
  saved: SavedQuery[];
  library: SavedQuery[];
  tokenRequired: boolean;
  schema: Schema;
  running?: AbortController;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & {
    className?: string;
    dataset?: Record<string, string>;
  } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

const button = (text: string, name: string, title = '') =>
  el('button', { type: 'button', textContent: text, title, dataset: { action: name } });

export function mountWorkbench(container: HTMLElement, hooks: WorkbenchHooks): () => void {
  const state: State = {
    saved: [],
    library: [],
    tokenRequired: false,
    schema: { labels: [], relationshipTypes: [], propertyKeys: [] },
  };
  const cleanups: (() => void)[] = [];
  const listen = <E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
  ) => {
    target.addEventListener(type, handler as EventListener);
    cleanups.push(() => target.removeEventListener(type, handler as EventListener));
  };

  // Layout
  const root = el('div', { className: 'workbench' });
  root.dataset.testid = 'workbench';
  const side = el('aside', { className: 'wb-side' });
  const main = el('div', { className: 'wb-main' });
  root.append(side, main);
  container.append(root);

  const titleInput = el('input', {
    type: 'text',
    placeholder: 'Untitled query',
    className: 'wb-title',
  });
  titleInput.setAttribute('aria-label', 'Query title');
  const badge = el('span', { className: 'wb-badge' });
  const tagsInput = el('input', {
    type: 'text',
    placeholder: 'tags, comma separated',
    className: 'wb-tags-input',
  });
  tagsInput.setAttribute('aria-label', 'Tags');
  const description = el('textarea', {
    rows: 2,
    placeholder: 'What does this query answer?',
    className: 'wb-description',
  });
  description.setAttribute('aria-label', 'Description');
  const meta = el(
    'div',
    { className: 'wb-meta' },
    el('div', { className: 'wb-title-row' }, titleInput, badge),
    description,
    tagsInput,
  );

  const editorHost = el('div', { className: 'wb-editor' });
  editorHost.dataset.testid = 'cypher-editor';

  const mode = el('select', { className: 'wb-mode' });
  mode.setAttribute('aria-label', 'Draw results');
  mode.append(new Option('Replace graph', 'replace'), new Option('Add to graph', 'add'));
  const history = el('select', { className: 'wb-history' });
  history.setAttribute('aria-label', 'History');
  const runButton = el('button', {
    type: 'button',
    className: 'wb-run',
    textContent: '▶ Run',
    title: 'Run (Ctrl/Cmd-Enter)',
  });
  runButton.dataset.action = 'run';
  const toolbar = el(
    'div',
    { className: 'wb-toolbar' },
    runButton,
    mode,
    history,
    el('span', { className: 'wb-spacer' }),
    button('New', 'new', 'Start a new query'),
    button('Save', 'save', 'Save changes to this query'),
    button('Save as…', 'save-as', 'Save as a new query'),
    button('Delete', 'delete', 'Delete this saved query'),
    button(
      'Share link',
      'share',
      'Copy a link that opens and runs this query with these parameters',
    ),
    button('.cypher', 'download', 'Download this query as a .cypher file'),
  );
  const shareOut = el('input', {
    type: 'text',
    readOnly: true,
    className: 'wb-share',
    hidden: true,
  });
  shareOut.setAttribute('aria-label', 'Shareable link');
  const paramsHost = el('div');
  const status = el('div', { className: 'wb-status' });
  status.setAttribute('role', 'status');
  status.dataset.testid = 'workbench-summary';
  const errorBox = el('div', { className: 'wb-error', hidden: true });
  errorBox.setAttribute('role', 'alert');
  const tableHost = el('div', { className: 'wb-results' });
  main.append(meta, editorHost, toolbar, shareOut, paramsHost, status, errorBox, tableHost);

  // Side: list, token, import/export
  const listHost = el('div', { className: 'wb-list-host' });
  const tokenInput = el('input', {
    type: 'password',
    placeholder: 'APP_TOKEN',
    className: 'wb-token',
    hidden: true,
  });
  tokenInput.setAttribute('aria-label', 'App token for changing saved queries');
  tokenInput.value = storedToken();
  const importInput = el('input', {
    type: 'file',
    multiple: true,
    accept: '.json,.cypher',
    hidden: true,
  });
  importInput.setAttribute('aria-label', 'Import queries');
  const exportLink = el('a', {
    href: workbenchApi.exportUrl,
    textContent: 'Export JSON',
    className: 'wb-link',
  });
  exportLink.setAttribute('download', 'saved-queries.json');
  const sideTools = el(
    'div',
    { className: 'wb-side-tools' },
    button('Import…', 'import', 'Import .json or .cypher files'),
    exportLink,
    importInput,
    tokenInput,
  );
  side.append(listHost, sideTools);

  // Parts
  const table = createResultsTable(tableHost);
  const form = createParamForm(paramsHost, () => void run());
  const list = createSavedList(listHost, (query) => open(query));
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const editor = createEditor(editorHost, {
    value: '',
    onRun: () => void run(),
    onChange: () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(refreshParams, 200);
    },
  });
  cleanups.push(() => {
    clearTimeout(refreshTimer);
    table.teardown();
    form.teardown();
    list.teardown();
    editor.teardown();
  });

  // Rendering derived from state
  function refreshParams(): void {
    const declared = state.current?.params ?? [];
    const specs = mergeSpecs(editor.getValue(), [
      ...declared,
      ...form.specs().filter((s) => !declared.some((d) => d.name === s.name)),
    ]);
    form.render(specs, !state.current?.builtin);
    editor.setSchema(
      state.schema,
      specs.map((s) => s.name),
    );
  }

  function renderMeta(): void {
    const current = state.current;
    const builtin = Boolean(current?.builtin);
    for (const field of [titleInput, description, tagsInput]) field.readOnly = builtin;
    badge.textContent = builtin
      ? 'Library · read-only'
      : current
        ? `Saved · v${current.version}`
        : 'New';
    const action = (name: string) =>
      toolbar.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
    action('save').disabled = builtin;
    action('delete').disabled = !current || builtin;
    action('share').disabled = !current;
    action('download').disabled = !current;
    tokenInput.hidden = !state.tokenRequired;
    list.show(state.saved, state.library, current?.id);
  }

  function renderHistory(): void {
    history.replaceChildren(new Option('History…', ''));
    loadHistory().forEach((entry, index) => {
      const text = entry.query.replace(/\s+/g, ' ');
      history.append(new Option(text.length > 60 ? `${text.slice(0, 57)}…` : text, String(index)));
    });
  }

  function showError(message: string, extra?: HTMLElement): void {
    errorBox.hidden = false;
    errorBox.replaceChildren(el('div', { textContent: message }));
    if (extra) errorBox.append(extra);
  }

  function clearError(): void {
    errorBox.hidden = true;
    errorBox.replaceChildren();
    editor.clearError();
  }

  function summaryText(result: QueryResult): string {
    const s = result.summary;
    const parts = [
      `${s.rows} row${s.rows === 1 ? '' : 's'}`,
      `${s.nodes} nodes, ${s.edges} relationships`,
      `${s.timeMs} ms`,
    ];
    if (s.truncatedRows) parts.push(`cut at ${s.limits.maxRows} rows (CYPHER_MAX_ROWS)`);
    if (s.truncatedElements)
      parts.push(`graph cut at ${s.limits.maxElements} elements (CYPHER_MAX_ELEMENTS)`);
    return parts.join(' · ');
  }

  // Actions
  function open(query: SavedQuery, values: Record<string, string> = {}): void {
    state.current = query;
    titleInput.value = query.title;
    description.value = query.description;
    tagsInput.value = query.tags.join(', ');
    editor.setValue(query.cypher);
    form.reset();
    const defaults = Object.fromEntries(query.params.map((p) => [p.name, fieldText(p.default)]));
    form.render(mergeSpecs(query.cypher, query.params), !query.builtin);
    form.setValues({ ...defaults, ...values });
    editor.setSchema(
      state.schema,
      query.params.map((p) => p.name),
    );
    shareOut.hidden = true;
    clearError();
    renderMeta();
  }

  function newQuery(): void {
    state.current = undefined;
    titleInput.value = '';
    description.value = '';
    tagsInput.value = '';
    editor.setValue('');
    form.reset();
    form.render([], true);
    shareOut.hidden = true;
    clearError();
    renderMeta();
    editor.focus();
  }

  async function run(): Promise<void> {
    const query = editor.getValue();
    if (!query.trim()) {
      showError('Write a Cypher query first.');
      return;
    }
    clearError();
    let params;
    try {
      params = form.values();
    } catch (error) {
      if (error instanceof ParamValueError) {
        status.textContent = 'Not run: check the parameters';
        showError(error.message);
        return;
      }
      throw error;
    }
    state.running?.abort();
    const controller = new AbortController();
    state.running = controller;
    runButton.disabled = true;
    status.textContent = 'Running…';
    root.dataset.state = 'running';
    try {
      const result = await workbenchApi.run(query, params, controller.signal);
      if (state.running !== controller) return;
      hooks.showElements(result.elements, mode.value as 'replace' | 'add', {
        query,
        params,
        ...(state.current ? { title: state.current.title } : {}),
      });
      table.show(result);
      status.textContent = summaryText(result);
      status.classList.toggle('wb-truncated', result.summary.truncated);
      const notes = result.summary.notifications.filter((n) => n.severity === 'WARNING');
      if (notes.length) status.title = notes.map((n) => `${n.title} ${n.description}`).join('\n');
      root.dataset.state = 'done';
    } catch (error) {
      if (state.running !== controller) return;
      root.dataset.state = 'error';
      status.textContent = 'Error';
      if (error instanceof ApiError) {
        const position = (
          error.details as
            { position?: { line: number; column: number; offset: number } } | undefined
        )?.position;
        const where = position
          ? el('div', {
              className: 'wb-error-where',
              textContent: `line ${position.line}, column ${position.column}`,
            })
          : undefined;
        showError(`${error.code}: ${error.message}`, where);
        if (position) editor.markError(position, error.message);
      } else showError(String(error));
    } finally {
      if (state.running === controller) {
        state.running = undefined;
        runButton.disabled = false;
      }
      remember(query, form.rawValues());
      renderHistory();
    }
  }

  function input(): SavedQueryInput {
    return {
      title: titleInput.value.trim() || 'Untitled query',
      description: description.value.trim(),
      cypher: editor.getValue(),
      params: form.specs(),
      tags: tagsInput.value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
  }

  async function refreshList(): Promise<void> {
    const lists = await workbenchApi.list();
    state.saved = lists.queries;
    state.library = lists.library;
    state.tokenRequired = lists.tokenRequired;
    renderMeta();
  }

  function apiFailure(error: unknown, what: string): void {
    if (error instanceof ApiError && error.code === 'unauthorized') {
      state.tokenRequired = true;
      renderMeta();
      showError(
        `${what}: this server needs its APP_TOKEN to change saved queries; enter it in the token field.`,
      );
      tokenInput.focus();
      return;
    }
    if (error instanceof ApiError && error.code === 'conflict') {
      const mine = input();
      const copy = button('Save mine as a copy', 'conflict-copy');
      const theirs = button('Load their version', 'conflict-load');
      copy.addEventListener(
        'click',
        () => void saveAs({ ...mine, title: `${mine.title} (my edit)` }),
      );
      theirs.addEventListener('click', () => {
        const current = (error.details as { current?: SavedQuery } | undefined)?.current;
        if (current) open(current);
        void refreshList();
      });
      showError(
        `${what}: ${error.message}`,
        el('div', { className: 'wb-error-actions' }, copy, theirs),
      );
      return;
    }
    showError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }

  async function save(): Promise<void> {
    clearError();
    const current = state.current;
    if (!current || current.builtin) return saveAs();
    try {
      const updated = await workbenchApi.update(current.id, current.version, input());
      state.current = updated;
      await refreshList();
      status.textContent = `Saved “${updated.title}” (version ${updated.version})`;
    } catch (error) {
      apiFailure(error, 'save');
    }
  }

  async function saveAs(override?: SavedQueryInput): Promise<void> {
    clearError();
    const data = override ?? input();
    if (!override && state.current && data.title === state.current.title)
      data.title = `${data.title} (copy)`;
    try {
      const created = await workbenchApi.create(data);
      await refreshList();
      open(created, form.rawValues());
      status.textContent = `Saved “${created.title}”`;
    } catch (error) {
      apiFailure(error, 'save as');
    }
  }

  async function remove(): Promise<void> {
    const current = state.current;
    if (!current || current.builtin) return;
    if (!window.confirm(`Delete the saved query “${current.title}”? This cannot be undone.`))
      return;
    try {
      await workbenchApi.remove(current.id, current.version);
      await refreshList();
      newQuery();
      status.textContent = `Deleted “${current.title}”`;
    } catch (error) {
      apiFailure(error, 'delete');
    }
  }

  async function share(): Promise<void> {
    if (!state.current) return;
    const link = shareLink(window.location.origin, state.current.id, form.rawValues());
    shareOut.hidden = false;
    shareOut.value = link;
    shareOut.select();
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = 'Link copied';
    } catch {
      status.textContent = 'Link ready to copy';
    }
  }

  async function importFiles(files: FileList): Promise<void> {
    clearError();
    try {
      const contents = await Promise.all(
        [...files].map(async (file) => ({ name: file.name, content: await file.text() })),
      );
      const { created } = await workbenchApi.importFiles(contents);
      await refreshList();
      status.textContent = `Imported ${created.length} quer${created.length === 1 ? 'y' : 'ies'}`;
    } catch (error) {
      apiFailure(error, 'import');
    } finally {
      importInput.value = '';
    }
  }

  listen(toolbar, 'click', (event: Event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset
      .action;
    if (action === 'run') void run();
    else if (action === 'new') newQuery();
    else if (action === 'save') void save();
    else if (action === 'save-as') void saveAs();
    else if (action === 'delete') void remove();
    else if (action === 'share') void share();
    else if (action === 'download' && state.current)
      window.location.assign(workbenchApi.cypherFileUrl(state.current.id));
  });
  listen(sideTools, 'click', (event: Event) => {
    if ((event.target as HTMLElement).closest('[data-action="import"]')) importInput.click();
  });
  listen(importInput, 'change', () => {
    if (importInput.files?.length) void importFiles(importInput.files);
  });
  listen(tokenInput, 'change', () => storeToken(tokenInput.value.trim()));
  listen(history, 'change', () => {
    const entry = loadHistory()[Number(history.value)];
    history.value = '';
    if (!entry) return;
    state.current = undefined;
    editor.setValue(entry.query);
    form.render(mergeSpecs(entry.query, []), true);
    form.setValues(entry.params);
    renderMeta();
  });

  // Start: lists, schema, then a shared link if the page was opened with one.
  renderHistory();
  newQuery();
  void (async () => {
    try {
      const [schema] = await Promise.all([workbenchApi.schema(), refreshList()]);
      state.schema = schema;
      refreshParams();
    } catch (error) {
      showError(
        `Could not load saved queries: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const shared = readShareLink(window.location.search);
    if (shared) {
      try {
        open(await workbenchApi.get(shared.id), shared.params);
        await run();
      } catch (error) {
        showError(
          `The shared query "${shared.id}" could not be opened: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  })();

  return () => {
    state.running?.abort();
    for (const cleanup of cleanups.reverse()) cleanup();
    root.remove();
  };
}
