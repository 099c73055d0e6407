/**
 * The workbench's DOM, built once: the side (saved and library list, import, export, the
 * token field) and the main column (title, description and tags, the Cypher editor's host,
 * the toolbar with run, draw mode, history and the saved-query actions, the share link, the
 * parameter form's host, the status line, the error box and the result table's host). Only
 * elements and their fixed attributes; what they show comes from render.ts, what their
 * buttons do from commands.ts.
 */
import { el } from '../dom';
import { storedToken, workbenchApi } from './api';

export const button = (text: string, name: string, title = '') =>
  el('button', { type: 'button', textContent: text, title, dataset: { action: name } });

export type WorkbenchView = ReturnType<typeof buildView>;

export function buildView(container: HTMLElement) {
  const root = el('div', { className: 'workbench', dataset: { testid: 'workbench' } });
  const side = el('aside', { className: 'wb-side' });
  const main = el('div', { className: 'wb-main' });
  root.append(side, main);
  container.append(root);

  const field = (placeholder: string, className: string, label: string) =>
    el('input', { type: 'text', placeholder, className, attrs: { 'aria-label': label } });
  const titleInput = field('Untitled query', 'wb-title', 'Query title');
  const badge = el('span', { className: 'wb-badge' });
  const tagsInput = field('tags, comma separated', 'wb-tags-input', 'Tags');
  const description = el('textarea', {
    rows: 2,
    placeholder: 'What does this query answer?',
    className: 'wb-description',
    attrs: { 'aria-label': 'Description' },
  });
  const meta = el(
    'div',
    { className: 'wb-meta' },
    el('div', { className: 'wb-title-row' }, titleInput, badge),
    description,
    tagsInput,
  );
  const editorHost = el('div', { className: 'wb-editor', dataset: { testid: 'cypher-editor' } });

  const mode = el('select', { className: 'wb-mode', attrs: { 'aria-label': 'Draw results' } });
  mode.append(new Option('Replace graph', 'replace'), new Option('Add to graph', 'add'));
  const history = el('select', { className: 'wb-history', attrs: { 'aria-label': 'History' } });
  const runButton = el('button', {
    type: 'button',
    className: 'wb-run',
    textContent: '▶ Run',
    title: 'Run (Ctrl/Cmd-Enter)',
    dataset: { action: 'run' },
  });
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
    attrs: { 'aria-label': 'Shareable link' },
  });
  const paramsHost = el('div');
  const status = el('div', {
    className: 'wb-status',
    attrs: { role: 'status' },
    dataset: { testid: 'workbench-summary' },
  });
  const errorBox = el('div', { className: 'wb-error', hidden: true, attrs: { role: 'alert' } });
  const tableHost = el('div', { className: 'wb-results' });
  main.append(meta, editorHost, toolbar, shareOut, paramsHost, status, errorBox, tableHost);

  const listHost = el('div', { className: 'wb-list-host' });
  const tokenInput = el('input', {
    type: 'password',
    placeholder: 'APP_TOKEN',
    className: 'wb-token',
    hidden: true,
    value: storedToken(),
    attrs: { 'aria-label': 'App token for changing saved queries' },
  });
  const importInput = el('input', {
    type: 'file',
    multiple: true,
    accept: '.json,.cypher',
    hidden: true,
    attrs: { 'aria-label': 'Import queries' },
  });
  const exportLink = el('a', {
    href: workbenchApi.exportUrl,
    textContent: 'Export JSON',
    className: 'wb-link',
    attrs: { download: 'saved-queries.json' },
  });
  const sideTools = el(
    'div',
    { className: 'wb-side-tools' },
    button('Import…', 'import', 'Import .json or .cypher files'),
    exportLink,
    importInput,
    tokenInput,
  );
  side.append(listHost, sideTools);

  return {
    root,
    titleInput,
    badge,
    tagsInput,
    description,
    editorHost,
    mode,
    history,
    runButton,
    toolbar,
    shareOut,
    paramsHost,
    status,
    errorBox,
    tableHost,
    listHost,
    tokenInput,
    importInput,
    sideTools,
  };
}
