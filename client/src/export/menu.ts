/**
 * The Export menu: a toolbar button opening a small panel to choose what (selection, everything
 * visible, the last Cypher or saved-query result, expanded by 0–3 hops), the format (JSON,
 * GraphML, GEXF, CSV zip, Cypher script, HTML viewer, PNG at 1×/2×/4×, SVG; images of the full
 * graph or the viewport, with the legend) and to download it; plus "Open exploration…", which
 * reads a JSON export back into the canvas. Server errors are shown with their code and
 * message; a bad or half-written file changes nothing on the canvas.
 *
 * Mounting, from any toolbar (the canvas provides an ExportContext, see context.ts):
 *
 *   import { mountExportMenu } from '../export/menu';
 *   import { cyExportContext } from '../export/context';
 *   const teardown = mountExportMenu(toolbarElement, cyExportContext(() => cy, { lastQuery }));
 *
 * The teardown removes the button, the panel and every listener.
 */
import './export-menu.css';
import type { ElementDefinition } from 'cytoscape';
import { ApiError } from '../api';
import { el } from '../dom';
import type { ExportContext } from './context';
import { ImportError, parseJsonExport, type ImportedElements } from './json-import';
import { saveBlob } from './server-export';
import {
  FORMAT_LABELS,
  isImage,
  runExport,
  type ExportChoice,
  type ExportFormat,
  type ExportScope,
} from './run-export';

export interface ExportMenuOptions {
  /** Class names for the toolbar button, to match the host's buttons. */
  buttonClassName?: string;
}

function select<T extends string>(name: string, options: [T, string][], value: T) {
  const box = el('select', { name });
  for (const [key, label] of options) box.append(el('option', { value: key, textContent: label }));
  box.value = value;
  return box;
}

function radio(name: string, value: string, label: HTMLElement) {
  const input = el('input', { type: 'radio', name, value });
  return { input, row: el('label', { className: 'xm-choice' }, input, label) };
}

/** Refuses files whose ids repeat: Cytoscape would stop half way through adding them. */
function checkUniqueIds(elements: ImportedElements): void {
  const seen = new Set<string>();
  for (const element of [...elements.nodes, ...elements.edges]) {
    if (seen.has(element.data.id)) {
      throw new ImportError(`import: the id ${JSON.stringify(element.data.id)} appears twice`);
    }
    seen.add(element.data.id);
  }
}

export function mountExportMenu(
  host: HTMLElement,
  ctx: ExportContext,
  options: ExportMenuOptions = {},
): () => void {
  const cleanups: (() => void)[] = [];
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void) => {
    target.addEventListener(type, handler);
    cleanups.push(() => target.removeEventListener(type, handler));
  };
  let running: AbortController | undefined;

  const root = el('div', { className: 'export-menu' });
  root.dataset.testid = 'export-menu';
  const toggle = el('button', {
    type: 'button',
    className: options.buttonClassName ?? 'export-menu-button',
    textContent: 'Export',
    title: 'Export the graph or open a saved exploration',
  });
  toggle.setAttribute('aria-haspopup', 'dialog');
  toggle.setAttribute('aria-expanded', 'false');
  const panel = el('div', { className: 'xm-panel', hidden: true });
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Export');

  // What
  const scopeCounts = {
    selection: el('span'),
    visible: el('span'),
    query: el('span'),
  } satisfies Record<ExportScope, HTMLElement>;
  const scopes = (['selection', 'visible', 'query'] as const).map((scope) => ({
    scope,
    ...radio('xm-scope', scope, scopeCounts[scope]),
  }));
  const hops = select(
    'xm-hops',
    [
      ['0', 'only these nodes'],
      ['1', '+ 1 hop'],
      ['2', '+ 2 hops'],
      ['3', '+ 3 hops'],
    ],
    '0',
  );
  const scopeSet = el(
    'fieldset',
    { className: 'xm-scope' },
    el('legend', { textContent: 'What' }),
    ...scopes.map((s) => s.row),
    el('label', { className: 'xm-inline' }, 'Expand ', hops),
  );
  const imageNote = el('p', {
    className: 'xm-note',
    textContent: 'Images show the canvas as drawn: the full graph or the current viewport.',
  });

  // Format and image options
  const format = select(
    'xm-format',
    Object.entries(FORMAT_LABELS) as [ExportFormat, string][],
    'graphml',
  );
  const area = select(
    'xm-area',
    [
      ['full', 'Full graph'],
      ['viewport', 'Viewport'],
    ],
    'full',
  );
  const scale = select(
    'xm-scale',
    [
      ['1', '1×'],
      ['2', '2×'],
      ['4', '4×'],
    ],
    '2',
  );
  const legend = el('input', { type: 'checkbox', name: 'xm-legend', checked: true });
  const caption = el('input', { type: 'checkbox', name: 'xm-caption', checked: false });
  const scaleLabel = el('label', { className: 'xm-inline' }, 'Scale ', scale);
  const imageSet = el(
    'div',
    { className: 'xm-image' },
    el('label', { className: 'xm-inline' }, 'Area ', area),
    scaleLabel,
    el('label', { className: 'xm-inline' }, legend, ' Legend'),
    el(
      'label',
      { className: 'xm-inline', title: 'A line under the picture: from how many articles, when' },
      caption,
      ' Caption',
    ),
  );
  const download = el('button', {
    type: 'button',
    className: 'xm-primary',
    textContent: 'Download',
  });
  download.dataset.action = 'export-download';
  const status = el('p', { className: 'xm-status' });
  status.setAttribute('role', 'status');
  const error = el('p', { className: 'xm-error', hidden: true });
  error.setAttribute('role', 'alert');

  // Open exploration
  const fileInput = el('input', { type: 'file', accept: '.json,application/json', hidden: true });
  fileInput.dataset.testid = 'export-open-file';
  const openMode = select(
    'xm-open-mode',
    [
      ['replace', 'replacing the canvas'],
      ['add', 'added to the canvas'],
    ],
    'replace',
  );
  const open = el('button', { type: 'button', textContent: 'Open exploration…' });
  open.dataset.action = 'export-open';
  const openSet = el(
    'div',
    { className: 'xm-open' },
    open,
    el('label', { className: 'xm-inline' }, openMode),
    fileInput,
  );

  panel.append(
    el('h2', { textContent: 'Export' }),
    scopeSet,
    imageNote,
    el('label', { className: 'xm-field' }, 'Format ', format),
    imageSet,
    download,
    status,
    error,
    el('hr'),
    openSet,
  );
  root.append(toggle, panel);
  host.append(root);

  function showError(message: string): void {
    error.textContent = message;
    error.hidden = false;
    status.textContent = '';
  }

  function refresh(): void {
    const selected = ctx.selectionIds().length;
    const visible = ctx.visibleIds().length;
    const query = ctx.lastQuery();
    scopeCounts.selection.textContent = `Selection (${selected} node${selected === 1 ? '' : 's'})`;
    scopeCounts.visible.textContent = `Everything visible (${visible} node${visible === 1 ? '' : 's'})`;
    scopeCounts.query.textContent = query
      ? `Last query result: ${query.title ?? query.query.replace(/\s+/g, ' ').slice(0, 60)}`
      : 'Last query result (run a query first)';
    scopes[2]!.input.disabled = !query;
    if (!scopes.some((s) => s.input.checked && !s.input.disabled)) {
      const preferred = selected ? 'selection' : 'visible';
      scopes.find((s) => s.scope === preferred)!.input.checked = true;
    }
    const image = isImage(format.value as ExportFormat);
    scopeSet.disabled = image;
    scopeSet.hidden = image;
    imageNote.hidden = !image;
    imageSet.hidden = !image;
    scaleLabel.hidden = format.value !== 'png';
  }

  function setOpen(next: boolean): void {
    panel.hidden = !next;
    toggle.setAttribute('aria-expanded', String(next));
    if (next) {
      refresh();
      format.focus();
    }
  }

  function choice(): ExportChoice {
    return {
      format: format.value as ExportFormat,
      scope: scopes.find((s) => s.input.checked)?.scope ?? 'visible',
      hops: Number(hops.value),
      full: area.value === 'full',
      scale: Number(scale.value),
      legend: legend.checked,
      caption: caption.checked,
    };
  }

  async function doExport(): Promise<void> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    error.hidden = true;
    download.disabled = true;
    status.textContent = 'Exporting…';
    root.dataset.state = 'running';
    try {
      const outcome = await runExport(ctx, choice(), controller.signal);
      if (running !== controller) return;
      saveBlob(outcome.blob, outcome.fileName);
      status.textContent = `Saved ${outcome.fileName} (${outcome.summary})`;
      root.dataset.state = 'done';
    } catch (caught) {
      if (running !== controller) return;
      root.dataset.state = 'error';
      showError(
        caught instanceof ApiError
          ? `${caught.code}: ${caught.message}`
          : (caught as Error).message,
      );
    } finally {
      if (running === controller) running = undefined;
      download.disabled = false;
    }
  }

  async function doOpen(file: File): Promise<void> {
    error.hidden = true;
    status.textContent = `Reading ${file.name}…`;
    const cy = ctx.cy();
    const before = cy.elements().jsons();
    try {
      const elements = parseJsonExport(await file.text());
      if (!elements.nodes.length) throw new ImportError('import: the file holds no nodes');
      checkUniqueIds(elements);
      ctx.importElements(elements, openMode.value as 'replace' | 'add');
      const dropped = elements.dropped
        ? `; ${elements.dropped} edges skipped (an end is not in the file)`
        : '';
      status.textContent = `Opened ${file.name}: ${elements.nodes.length} nodes, ${elements.edges.length} edges${dropped}`;
      root.dataset.state = 'opened';
    } catch (caught) {
      // Put the canvas back exactly as it was if drawing failed half way.
      if (!(caught instanceof ImportError)) {
        cy.elements().remove();
        cy.add(before as ElementDefinition[]);
      }
      root.dataset.state = 'error';
      showError(
        `Could not open ${file.name}: ${(caught as Error).message}. The canvas is unchanged.`,
      );
    } finally {
      fileInput.value = '';
    }
  }

  listen(toggle, 'click', () => setOpen(panel.hidden));
  listen(format, 'change', refresh);
  listen(download, 'click', () => void doExport());
  listen(open, 'click', () => fileInput.click());
  listen(fileInput, 'change', () => {
    const file = fileInput.files?.[0];
    if (file) void doOpen(file);
  });
  listen(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !panel.hidden) {
      setOpen(false);
      toggle.focus();
    }
  });
  listen(document, 'mousedown', (event) => {
    if (!panel.hidden && !root.contains(event.target as Node)) setOpen(false);
  });
  refresh();

  return () => {
    running?.abort();
    for (const cleanup of cleanups.splice(0)) cleanup();
    root.remove();
  };
}
