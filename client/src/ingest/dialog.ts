/**
 * The "Add articles" dialog: drop or pick files (.txt, .md, .html, .pdf, .docx) or paste
 * text; every change of the batch asks the server for a preview (`?dryRun=true`, nothing
 * written) and shows it per document, each removable; "Add to graph" sends the documents that
 * can be added as a job, follows its progress (documents done, elements written) and ends
 * with a summary of what was added and what failed and why. `onAdded` then shows the new
 * events and speakers in the explorer. Teardown removes the dialog and its listeners.
 */
import { el, Listeners } from '../dom';
import { ApiError } from '../api';
import { ingestApi, type DocumentPreview, type IngestJob } from './api';
import { previewCard } from './preview-card';
import './ingest.css';

export interface IngestDialog {
  open(): void;
  teardown(): void;
}

export type Added = IngestJob['summary']['added'];

const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';
const POLL_MS = 500;

export function createIngestDialog(
  host: HTMLElement,
  onAdded: (added: Added) => void,
): IngestDialog {
  const listeners = new Listeners();
  let files: File[] = [];
  let previews: DocumentPreview[] = [];
  let request = 0;
  let writing = false;
  let pasted = 0;

  const picker = el('input', {
    type: 'file',
    multiple: true,
    accept: ACCEPT,
    className: 'ig-picker',
    attrs: { 'aria-label': 'Choose files' },
  });
  const pick = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Choose files…',
  });
  const zone = el(
    'div',
    { className: 'ig-zone', dataset: { testid: 'ingest-drop' } },
    el('span', { textContent: 'Drop .txt, .md, .html, .pdf or .docx files here, or ' }),
    pick,
    picker,
  );
  const paste = el('textarea', {
    className: 'ig-paste',
    placeholder: 'Or paste an article: headline on the first line, then the text',
    rows: 3,
    attrs: { 'aria-label': 'Pasted article text' },
  });
  const addPaste = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Add pasted text',
    dataset: { action: 'add-pasted' },
  });
  const list = el('ul', { className: 'ig-list', dataset: { testid: 'ingest-previews' } });
  const status = el('p', {
    className: 'ig-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
    dataset: { testid: 'ingest-status' },
  });
  const submit = el('button', {
    type: 'button',
    className: 'ex-button ex-primary',
    textContent: 'Add to graph',
    dataset: { action: 'ingest-submit' },
  });
  const close = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Close',
    dataset: { action: 'ingest-close' },
  });
  const dialog = el(
    'dialog',
    { className: 'ex-dialog ig-dialog', dataset: { testid: 'ingest-dialog' } },
    el('h2', { textContent: 'Add articles' }),
    el('p', {
      className: 'ig-help',
      textContent:
        'Nothing is written until you choose "Add to graph": first you see, per document, what would be added. Green names are new; blue "↔ known" ones join a node already in the graph (hover for why).',
    }),
    zone,
    el('div', { className: 'ig-paste-row' }, paste, addPaste),
    list,
    status,
    el('div', { className: 'ex-dialog-actions' }, close, submit),
  );
  host.append(dialog);

  const addable = () => files.filter((f) => previews.find((p) => p.file === f.name)?.ok);

  function render(): void {
    list.replaceChildren(
      ...files.map((file, i) => {
        const preview = previews.find((p) => p.file === file.name);
        if (!preview)
          return el('li', {
            className: 'ig-doc ig-pending',
            textContent: `${file.name}: reading…`,
          });
        return previewCard(preview, () => {
          files = files.filter((_, k) => k !== i);
          void refresh();
        });
      }),
    );
    const ready = addable().length;
    submit.disabled = writing || ready === 0;
    submit.textContent = ready > 1 ? `Add ${ready} documents to graph` : 'Add to graph';
  }

  async function refresh(): Promise<void> {
    const mine = (request += 1);
    previews = previews.filter((p) => files.some((f) => f.name === p.file));
    render();
    if (files.length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = `Reading ${files.length} document${files.length === 1 ? '' : 's'}…`;
    try {
      const answer = await ingestApi.preview(files);
      if (mine !== request) return;
      previews = answer.documents;
      const bad = previews.filter((p) => !p.ok).length;
      status.textContent = `${previews.length - bad} ready to add${bad ? `, ${bad} cannot be added (see why below)` : ''}. Nothing has been written yet.`;
    } catch (error) {
      if (mine !== request) return;
      previews = [];
      status.textContent = error instanceof ApiError ? error.message : String(error);
    }
    render();
  }

  function addFiles(more: File[]): void {
    // A name twice in a batch would make the previews ambiguous: the later file replaces it.
    const names = new Set(more.map((f) => f.name));
    files = [...files.filter((f) => !names.has(f.name)), ...more];
    void refresh();
  }

  async function follow(id: string): Promise<IngestJob> {
    for (;;) {
      const job = await ingestApi.job(id);
      const p = job.progress;
      status.textContent =
        job.state === 'queued'
          ? 'Waiting for the batch before this one…'
          : p.read < p.documents
            ? `Reading: ${p.read} of ${p.documents} documents analysed…`
            : `Writing: ${p.done} of ${p.documents} documents, ${p.elements} elements written…`;
      if (job.state === 'done' || job.state === 'failed') return job;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async function write(): Promise<void> {
    const batch = addable();
    if (batch.length === 0) return;
    writing = true;
    render();
    try {
      const { job: started } = await ingestApi.start(batch);
      const job = await follow(started.id);
      if (job.state === 'failed') {
        status.textContent = job.error ?? 'The job failed; nothing was written.';
        return;
      }
      const { written, failed, added } = job.summary;
      status.replaceChildren(
        el('strong', {
          textContent: `Added ${written} document${written === 1 ? '' : 's'} (${job.progress.elements} elements): ${added.events.length} event${added.events.length === 1 ? '' : 's'}, ${added.people.length} speaker${added.people.length === 1 ? '' : 's'}, shown highlighted in the graph.`,
        }),
        ...(failed.length
          ? [
              el('span', { textContent: ` ${failed.length} failed, nothing of them written:` }),
              el('ul', {}, ...failed.map((f) => el('li', { textContent: f.message }))),
            ]
          : []),
      );
      files = files.filter((f) => !batch.includes(f));
      previews = previews.filter((p) => files.some((f) => f.name === p.file));
      onAdded(added);
    } catch (error) {
      status.textContent = error instanceof ApiError ? error.message : String(error);
    } finally {
      writing = false;
      render();
    }
  }

  listeners.on(pick, 'click', () => picker.click());
  listeners.on(picker, 'change', () => {
    addFiles([...(picker.files ?? [])]);
    picker.value = '';
  });
  listeners.on<DragEvent>(zone, 'dragover', (event) => {
    event.preventDefault();
    zone.classList.add('ig-over');
  });
  listeners.on(zone, 'dragleave', () => zone.classList.remove('ig-over'));
  listeners.on<DragEvent>(zone, 'drop', (event) => {
    event.preventDefault();
    zone.classList.remove('ig-over');
    addFiles([...(event.dataTransfer?.files ?? [])]);
  });
  listeners.on(addPaste, 'click', () => {
    const text = paste.value.trim();
    if (!text) return;
    pasted += 1;
    addFiles([new File([text], `pasted-text-${pasted}.txt`, { type: 'text/plain' })]);
    paste.value = '';
  });
  listeners.on(submit, 'click', () => void write());
  listeners.on(close, 'click', () => dialog.close());

  return {
    open() {
      render();
      dialog.showModal();
    },
    teardown() {
      request += 1;
      listeners.dispose();
      dialog.remove();
    },
  };
}
