/**
 * What the workbench's editor, toolbar and history menu do: open a saved or built-in query
 * (fields, editor, parameter form), start a new one, run the editor's query (only the latest
 * run's answer is applied, through `latest()`), draw its graph through the host's hook and
 * tabulate it, refill the editor from history, share a link, download the .cypher file, and
 * keep the parameter form in step with the `$names` typed. Changes go into the State by named
 * actions; render.ts draws them. Not here: saving, deleting and importing (saved-queries.ts).
 */
import { ApiError } from '../api';
import { latest, STALE } from '../latest';
import { workbenchApi, type GraphElements, type QueryResult, type SavedQuery } from './api';
import type { SavedQueryInput } from './api';
import type { CypherEditor } from './editor';
import { remember } from './history';
import { fieldText, mergeSpecs, ParamValueError, type ParamForm } from './parameters';
import type { ResultsTable } from './results-table';
import { shareLink } from './share-link';
import { actions, type ErrorShown, type WorkbenchStore } from './state';
import type { WorkbenchView } from './view';

export interface WorkbenchHooks {
  /** `source` is the query and parameters that produced the elements (e.g. for export). */
  showElements(
    elements: GraphElements,
    mode: 'replace' | 'add',
    source?: { query: string; params: Record<string, unknown>; title?: string },
  ): void;
}

export interface WorkbenchCommands {
  open(query: SavedQuery, values?: Record<string, string>): void;
  newQuery(): void;
  run(): Promise<void>;
  /** The saved-query fields as they are typed now. */
  input(): SavedQueryInput;
  /** The parameter values as typed. */
  rawValues(): Record<string, string>;
  showError(error: ErrorShown): void;
  clearError(): void;
  refreshParams(): void;
  fromHistory(index: number): void;
  share(): Promise<void>;
  download(): void;
  /** Stops a run still going (teardown). */
  abort(): void;
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

/** The error box's contents for a failed run, with Neo4j's position when it gave one. */
function runFailure(error: unknown): { shown: ErrorShown; position?: ApiPosition } {
  if (!(error instanceof ApiError)) return { shown: { message: String(error) } };
  const position = (error.details as { position?: ApiPosition } | undefined)?.position;
  const shown: ErrorShown = { message: `${error.code}: ${error.message}` };
  if (position) shown.where = { line: position.line, column: position.column };
  return { shown, position };
}
type ApiPosition = { line: number; column: number; offset: number };

export function createCommands(parts: {
  store: WorkbenchStore;
  view: WorkbenchView;
  editor: CypherEditor;
  form: ParamForm;
  table: ResultsTable;
  hooks: WorkbenchHooks;
}): WorkbenchCommands {
  const { store, view, editor, form, table, hooks } = parts;
  const runs = latest();
  const set = store.set.bind(store);

  function fill(title: string, description: string, tags: string, cypher: string): void {
    view.titleInput.value = title;
    view.description.value = description;
    view.tagsInput.value = tags;
    editor.setValue(cypher);
    form.reset();
  }
  const showError = (error: ErrorShown) => set(actions.error(store.state, error));
  function clearError(): void {
    set(actions.error(store.state, null));
    editor.clearError();
  }

  async function run(): Promise<void> {
    const query = editor.getValue();
    if (!query.trim()) return showError({ message: 'Write a Cypher query first.' });
    clearError();
    let params;
    try {
      params = form.values();
    } catch (error) {
      if (!(error instanceof ParamValueError)) throw error;
      set(actions.status(store.state, 'Not run: check the parameters'));
      return showError({ message: error.message });
    }
    set(actions.running(store.state));
    try {
      const result = await runs.run((signal) => workbenchApi.run(query, params, signal));
      if (result === STALE) return;
      const current = store.state.current;
      // A table-only result leaves the canvas as it is, even with "Replace graph".
      const graph = result.elements.nodes.length ? 'drawn' : 'none';
      if (graph === 'drawn')
        hooks.showElements(result.elements, view.mode.value as 'replace' | 'add', {
          query,
          params,
          ...(current ? { title: current.title } : {}),
        });
      table.show(result);
      const notes = result.summary.notifications.filter((n) => n.severity === 'WARNING');
      const warnings = notes.map((n) => `${n.title} ${n.description}`).join('\n');
      const text =
        graph === 'none'
          ? `${summaryText(result)} · no graph elements: the canvas is unchanged`
          : summaryText(result);
      set(actions.done(store.state, text, result.summary.truncated, warnings, graph));
    } catch (error) {
      // The table below the message would be the previous query's answer.
      table.clear();
      const { shown, position } = runFailure(error);
      set(actions.failed(store.state, shown));
      if (position && error instanceof ApiError) editor.markError(position, error.message);
    } finally {
      set(actions.history(store.state, remember(query, form.rawValues())));
    }
  }

  return {
    open(query, values = {}) {
      set(actions.open(store.state, query));
      fill(query.title, query.description, query.tags.join(', '), query.cypher);
      const defaults = Object.fromEntries(query.params.map((p) => [p.name, fieldText(p.default)]));
      form.render(mergeSpecs(query.cypher, query.params), !query.builtin);
      form.setValues({ ...defaults, ...values });
      editor.setSchema(
        store.state.schema,
        query.params.map((p) => p.name),
      );
      editor.clearError();
    },
    newQuery() {
      set(actions.open(store.state, null));
      fill('', '', '', '');
      form.render([], true);
      editor.clearError();
      editor.focus();
    },
    run,
    input: () => ({
      title: view.titleInput.value.trim() || 'Untitled query',
      description: view.description.value.trim(),
      cypher: editor.getValue(),
      params: form.specs(),
      tags: view.tagsInput.value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    }),
    rawValues: () => form.rawValues(),
    showError,
    clearError,
    refreshParams() {
      const current = store.state.current;
      const declared = current?.params ?? [];
      const specs = mergeSpecs(editor.getValue(), [
        ...declared,
        ...form.specs().filter((s) => !declared.some((d) => d.name === s.name)),
      ]);
      form.render(specs, !current?.builtin);
      editor.setSchema(
        store.state.schema,
        specs.map((s) => s.name),
      );
    },
    fromHistory(index) {
      const entry = store.state.history[index];
      view.history.value = '';
      if (!entry) return;
      set(actions.fromHistory(store.state));
      editor.setValue(entry.query);
      form.render(mergeSpecs(entry.query, []), true);
      form.setValues(entry.params);
    },
    async share() {
      const current = store.state.current;
      if (!current) return;
      set(actions.share(store.state, shareLink(location.origin, current.id, form.rawValues())));
      try {
        await navigator.clipboard.writeText(store.state.share!.link);
        set(actions.status(store.state, 'Link copied'));
      } catch {
        set(actions.status(store.state, 'Link ready to copy'));
      }
    },
    download() {
      const current = store.state.current;
      if (current) window.location.assign(workbenchApi.cypherFileUrl(current.id));
    },
    abort: () => runs.abort(),
  };
}
