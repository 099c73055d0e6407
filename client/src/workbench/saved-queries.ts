/**
 * The saved-query requests and applying their answers: the first load (live schema, saved
 * and library lists, then a shared link's query opened and run), reloading the lists, save,
 * save as, delete, import of .json and .cypher files, and what a refusal means to the user: a
 * missing APP_TOKEN asks for it, a stale save (409) offers to keep both edits. Not here: the
 * editor's own commands (commands.ts) or how lists and errors are drawn (render.ts).
 */
import { ApiError } from '../api';
import { workbenchApi, type SavedQuery, type SavedQueryInput } from './api';
import type { WorkbenchCommands } from './commands';
import { readShareLink } from './share-link';
import { actions, type WorkbenchStore } from './state';
import type { WorkbenchView } from './view';

export interface SavedQueries {
  /** Schema and lists, then the query of a shared link if the page was opened with one. */
  start(): Promise<void>;
  save(): Promise<void>;
  saveAs(override?: SavedQueryInput): Promise<void>;
  remove(): Promise<void>;
  importFiles(files: FileList): Promise<void>;
  /** After a conflict: save my edit as a copy, or load their version. */
  keepMine(): void;
  loadTheirs(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSavedQueries(
  store: WorkbenchStore,
  view: WorkbenchView,
  commands: WorkbenchCommands,
): SavedQueries {
  const status = (text: string) => store.set(actions.status(store.state, text));

  async function refreshList(): Promise<void> {
    store.set(actions.lists(store.state, await workbenchApi.list()));
  }

  function failure(error: unknown, what: string): void {
    if (error instanceof ApiError && error.code === 'unauthorized') {
      store.set(actions.tokenRequired(store.state));
      commands.showError({
        message: `${what}: this server needs its APP_TOKEN to change saved queries; enter it in the token field.`,
      });
      view.tokenInput.focus();
      return;
    }
    if (error instanceof ApiError && error.code === 'conflict') {
      const theirs = (error.details as { current?: SavedQuery } | undefined)?.current;
      commands.showError({
        message: `${what}: ${error.message}`,
        conflict: { mine: commands.input(), ...(theirs ? { theirs } : {}) },
      });
      return;
    }
    commands.showError({ message: `${what}: ${messageOf(error)}` });
  }

  async function saveAs(override?: SavedQueryInput): Promise<void> {
    commands.clearError();
    const data = override ?? commands.input();
    const current = store.state.current;
    if (!override && current && data.title === current.title) data.title = `${data.title} (copy)`;
    try {
      const created = await workbenchApi.create(data);
      await refreshList();
      // The copy opens with the values typed in the form.
      commands.open(created, commands.rawValues());
      status(`Saved “${created.title}”`);
    } catch (error) {
      failure(error, 'save as');
    }
  }

  return {
    async start() {
      try {
        const [schema] = await Promise.all([workbenchApi.schema(), refreshList()]);
        store.set(actions.schema(store.state, schema));
        commands.refreshParams();
      } catch (error) {
        commands.showError({ message: `Could not load saved queries: ${messageOf(error)}` });
      }
      const shared = readShareLink(window.location.search);
      if (!shared) return;
      try {
        commands.open(await workbenchApi.get(shared.id), shared.params);
        await commands.run();
      } catch (error) {
        commands.showError({
          message: `The shared query "${shared.id}" could not be opened: ${messageOf(error)}`,
        });
      }
    },
    async save() {
      commands.clearError();
      const current = store.state.current;
      if (!current || current.builtin) return saveAs();
      try {
        const updated = await workbenchApi.update(current.id, current.version, commands.input());
        store.set(actions.current(store.state, updated));
        await refreshList();
        status(`Saved “${updated.title}” (version ${updated.version})`);
      } catch (error) {
        failure(error, 'save');
      }
    },
    saveAs,
    async remove() {
      const current = store.state.current;
      if (!current || current.builtin) return;
      if (!window.confirm(`Delete the saved query “${current.title}”? This cannot be undone.`))
        return;
      try {
        await workbenchApi.remove(current.id, current.version);
        await refreshList();
        commands.newQuery();
        status(`Deleted “${current.title}”`);
      } catch (error) {
        failure(error, 'delete');
      }
    },
    async importFiles(files) {
      commands.clearError();
      try {
        const contents = await Promise.all(
          [...files].map(async (file) => ({ name: file.name, content: await file.text() })),
        );
        const { created } = await workbenchApi.importFiles(contents);
        await refreshList();
        status(`Imported ${created.length} quer${created.length === 1 ? 'y' : 'ies'}`);
      } catch (error) {
        failure(error, 'import');
      } finally {
        view.importInput.value = '';
      }
    },
    keepMine() {
      const conflict = store.state.error?.conflict;
      if (conflict) void saveAs({ ...conflict.mine, title: `${conflict.mine.title} (my edit)` });
    },
    loadTheirs() {
      const theirs = store.state.error?.conflict?.theirs;
      if (theirs) commands.open(theirs);
      void refreshList();
    },
  };
}
