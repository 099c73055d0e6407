/**
 * The Review pane: a drawer opened from the header with two tabs. "Review" lists the extracted
 * facts with the lowest confidence first (GET /api/review), each with its evidence sentence and
 * article (a merge the entity resolver was unsure of shows both names and the articles each comes
 * from), worked through with the keyboard alone: ↓/↑ (or j/k) move, `c` confirms, `x` rejects
 * (splits a merge), `u` undoes the last decision. "Log" lists every correction, newest first, with its
 * time, author and what it changed, in names with the ids beside (orphaned ones flagged), an Undo on each, and export/import
 * of the corrections file. Text from the data goes in as text. Not the details panel's actions
 * (details-actions.ts).
 */
import { el, Listeners } from '../../dom';
import type { MergeEvidence, ReviewItem } from '../../../../api';
import type { CorrectionInput, CorrectionRecord } from '../../../../model/corrections';
import { ApiError, apiFetch } from '../../api';
import { CHANGED_EVENT, announceChange, correctionsApi, type ChangeDetail } from './api';
import './corrections.css';

export interface ReviewPane {
  open(): void;
  teardown(): void;
}

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

type Decision = 'confirm' | 'reject';

/** The correction a key makes of an item: a merge is confirmed or split, the rest confirmed or rejected. */
function decisionInput(item: ReviewItem, decision: Decision, version: number): CorrectionInput {
  if (item.merge)
    return {
      action: decision === 'confirm' ? 'confirm-merge' : 'split',
      node: item.merge.node,
      spelling: item.merge.spelling,
      version,
    };
  return { action: decision, [item.target]: item.id, version };
}

/**
 * A merge's evidence: where each name is written on its own (with the sentence that names the
 * node there: the facts a split would move), where both are (titles only), and what `x` does.
 */
function mergeEvidence(merge: MergeEvidence): HTMLElement {
  const withIds = new Set(merge.withArticles.map((a) => a.id));
  const ids = new Set(merge.articles.map((a) => a.id));
  const only = (articles: MergeEvidence['articles'], other: Set<string>) =>
    articles.filter((a) => !other.has(a.id));
  const group = (heading: string, articles: MergeEvidence['articles'], sentences: boolean) =>
    articles.length
      ? el(
          'div',
          { className: 'cx-merge-side' },
          el('p', { className: 'cx-merge-name', textContent: heading }),
          el(
            'ul',
            { className: 'cx-merge-articles' },
            ...articles.map((a) =>
              el(
                'li',
                {},
                el('span', { className: 'ex-small', textContent: a.title ?? a.id }),
                sentences && a.evidence
                  ? el('blockquote', { className: 'ex-quote', textContent: a.evidence })
                  : null,
              ),
            ),
          ),
        )
      : null;
  const both = merge.articles.filter((a) => withIds.has(a.id));
  const n = merge.splitArticles.length;
  return el(
    'div',
    { className: 'cx-merge', dataset: { testid: 'merge-evidence' } },
    group(`Only “${merge.spelling}”`, only(merge.articles, withIds), true),
    group(`Only “${merge.with}”`, only(merge.withArticles, ids), true),
    group(
      `Both “${merge.spelling}” and “${merge.with}” (${both.length} article${both.length === 1 ? '' : 's'})`,
      both,
      false,
    ),
    el('p', {
      className: 'ex-muted ex-small',
      textContent: n
        ? `x splits “${merge.spelling}” off with the facts of the ${n} article${n === 1 ? '' : 's'} that write only it`
        : `x splits off the name only: every article that writes “${merge.spelling}” also writes another spelling`,
    }),
  );
}

export function mountReviewPane(headerSlot: Element | null): ReviewPane {
  const listeners = new Listeners();
  const pane = el('aside', {
    className: 'cx-pane',
    hidden: true,
    attrs: { 'aria-label': 'Review and corrections', tabindex: '-1' },
    dataset: { testid: 'review-pane' },
  });
  const tabReview = el('button', { type: 'button', className: 'cx-tab', textContent: 'Review' });
  const tabLog = el('button', { type: 'button', className: 'cx-tab', textContent: 'Log' });
  const close = el('button', {
    type: 'button',
    className: 'ex-icon-button',
    textContent: '×',
    title: 'Close (Esc)',
    attrs: { 'aria-label': 'Close' },
  });
  const status = el('p', { className: 'cx-status', dataset: { testid: 'review-status' } });
  const help = el('p', {
    className: 'cx-help',
    textContent: '↓/↑ or j/k move · c confirm · x reject (split a merge) · u undo the last one',
  });
  const list = el('ol', {
    className: 'cx-list',
    attrs: { tabindex: '0', 'aria-label': 'Facts to review, lowest confidence first' },
    dataset: { testid: 'review-list' },
  });
  const log = el('ol', { className: 'cx-log', dataset: { testid: 'corrections-log' } });
  const exportLink = el('a', {
    className: 'ex-button cx-file',
    textContent: 'Export corrections',
    href: '/api/corrections/export',
    download: 'corrections.json',
  });
  const importInput = el('input', { type: 'file', accept: '.json,application/json' });
  importInput.hidden = true;
  const importButton = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Import…',
  });
  const reviewView = el('div', { className: 'cx-view' }, help, list);
  const logView = el(
    'div',
    { className: 'cx-view', hidden: true },
    el('div', { className: 'cx-file-row' }, exportLink, importButton, importInput),
    log,
  );
  pane.append(
    el('header', { className: 'cx-head' }, tabReview, tabLog, close),
    status,
    reviewView,
    logView,
  );
  document.body.append(pane);

  const toggle = el('button', {
    type: 'button',
    className: 'header-button',
    textContent: 'Review',
    title: 'Review low-confidence facts and the corrections log',
    dataset: { testid: 'open-review' },
  });
  headerSlot?.after(toggle);

  let items: ReviewItem[] = [];
  let index = 0;
  let total = 0;
  const done: { correction: CorrectionRecord; decision: Decision }[] = [];
  // The newest curationVersion known per target: several merges of one node share its version,
  // and each decision raises it by one, so the next one must send the raised one.
  const versions = new Map<string, number>();
  const versionOf = (item: ReviewItem) => Math.max(item.version, versions.get(item.id) ?? 0);
  let counts = { confirm: 0, reject: 0 };
  let chain: Promise<unknown> = Promise.resolve();

  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('cx-error', error);
  };
  const summary = () =>
    say(
      `${Math.max(total, 0)} to review · this session: ${counts.confirm} confirmed, ${counts.reject} rejected`,
    );

  function renderItems(): void {
    list.replaceChildren(
      ...items.map((item, i) =>
        el(
          'li',
          {
            className: `cx-item${i === index ? ' cx-current' : ''}`,
            dataset: {
              testid: 'review-item',
              id: item.id,
              kind: item.kind,
              ...(item.merge ? { spelling: item.merge.spelling } : {}),
            },
            attrs: { 'aria-current': String(i === index) },
          },
          el(
            'div',
            { className: 'cx-item-head' },
            el('span', { className: `cx-kind cx-kind-${item.kind}`, textContent: item.kind }),
            el('span', { className: 'cx-confidence', textContent: item.confidence.toFixed(2) }),
          ),
          el('p', { className: 'cx-title', textContent: item.title }),
          ...(item.merge
            ? [mergeEvidence(item.merge)]
            : [
                item.evidence
                  ? el('blockquote', { className: 'ex-quote', textContent: item.evidence })
                  : null,
                el('p', {
                  className: 'ex-muted ex-small',
                  textContent: item.sourceTitle
                    ? `Source: ${item.sourceTitle}`
                    : (item.source ?? ''),
                }),
              ]),
        ),
      ),
    );
    if (!items.length)
      list.append(el('li', { className: 'ex-muted', textContent: 'Nothing left to review.' }));
    list.querySelector('.cx-current')?.scrollIntoView({ block: 'nearest' });
  }

  async function loadQueue(): Promise<void> {
    try {
      const response = await correctionsApi.review(100);
      items = response.items;
      total = response.total;
      for (const item of items) versions.set(item.id, versionOf(item));
      index = Math.min(index, Math.max(items.length - 1, 0));
      renderItems();
      summary();
    } catch (error) {
      say((error as Error).message, true);
    }
  }

  async function loadLog(): Promise<void> {
    const { corrections } = await correctionsApi.list();
    log.replaceChildren(
      ...corrections.map((c) => {
        const undo = el('button', {
          type: 'button',
          className: 'ex-button',
          textContent: 'Undo',
          dataset: { action: 'undo-correction', id: c.id },
        });
        undo.addEventListener('click', () => void undoOne(c.id));
        return el(
          'li',
          { className: 'cx-log-item', dataset: { testid: 'log-item', id: c.id } },
          el(
            'div',
            { className: 'cx-item-head' },
            el('span', { className: 'ex-date', textContent: when(c.createdAt) }),
            el('span', { className: 'ex-muted', textContent: c.author }),
            c.orphaned
              ? el('span', {
                  className: 'cx-orphan',
                  textContent: 'orphaned',
                  title:
                    'Its target is not in the graph since the last reload; kept and retried at every reload',
                })
              : null,
            undo,
          ),
          el('p', {
            className: 'cx-title',
            textContent: c.summary,
            title: c.targets.join('\n'),
          }),
          // The ids stay readable beside the names; an orphaned target has only its id.
          el(
            'p',
            { className: 'cx-ids', dataset: { testid: 'log-ids' } },
            ...c.touched.map((t) =>
              el('span', {
                className: t.name === null ? 'cx-id cx-missing' : 'cx-id',
                textContent: t.id,
                title: t.name === null ? 'Not in the graph' : `${t.label ?? ''}: ${t.name}`,
              }),
            ),
          ),
        );
      }),
    );
    if (!corrections.length)
      log.append(el('li', { className: 'ex-muted', textContent: 'No corrections yet.' }));
  }

  async function undoOne(id: string): Promise<void> {
    try {
      announceChange({ undone: await correctionsApi.undo(id) });
    } catch (error) {
      say((error as Error).message, true);
    }
  }

  function decide(action: Decision): void {
    const item = items[index];
    if (!item) return;
    items.splice(index, 1);
    index = Math.min(index, Math.max(items.length - 1, 0));
    counts = { ...counts, [action]: counts[action] + 1 };
    total -= 1;
    renderItems();
    summary();
    // One request at a time, in the order decided: the server applies them in that order.
    chain = chain
      .then(() => {
        const version = versionOf(item);
        return correctionsApi.create(decisionInput(item, action, version)).then((c) => {
          versions.set(item.id, version + 1);
          return c;
        });
      })
      .then(
        (c) => {
          announceChange({ correction: c, from: 'review' });
          done.push({ correction: c, decision: action });
          pane.dataset.decided = String(done.length);
          if (items.length < 5) void loadQueue();
        },
        (error: unknown) => {
          counts = { ...counts, [action]: counts[action] - 1 };
          const message = error instanceof ApiError ? error.message : String(error);
          say(message, true);
          // Someone else decided on it meanwhile: the queue as it is now, without it.
          if (error instanceof ApiError && error.status === 409)
            return void loadQueue().then(() => say(message, true));
          total += 1;
          items.splice(index, 0, item);
          renderItems();
        },
      );
  }

  function undoLast(): void {
    chain = chain.then(async () => {
      const last = done.pop();
      if (!last) return;
      const undone = await correctionsApi.undo(last.correction.id);
      counts = { ...counts, [last.decision]: Math.max(0, counts[last.decision] - 1) };
      pane.dataset.decided = String(done.length);
      // The undo put the target's version back: the queue read next says which it is now.
      versions.clear();
      await loadQueue();
      announceChange({ undone });
    });
  }

  function show(tab: 'review' | 'log'): void {
    reviewView.hidden = tab !== 'review';
    logView.hidden = tab !== 'log';
    tabReview.setAttribute('aria-pressed', String(tab === 'review'));
    tabLog.setAttribute('aria-pressed', String(tab === 'log'));
    if (tab === 'review') {
      void loadQueue();
      list.focus();
    } else void loadLog().catch((error: Error) => say(error.message, true));
  }

  function open(): void {
    pane.hidden = false;
    toggle.setAttribute('aria-pressed', 'true');
    show('review');
  }

  listeners.on(toggle, 'click', () => (pane.hidden ? open() : (pane.hidden = true)));
  listeners.on(close, 'click', () => (pane.hidden = true));
  listeners.on(tabReview, 'click', () => show('review'));
  listeners.on(tabLog, 'click', () => show('log'));
  listeners.on<KeyboardEvent>(list, 'keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') index = Math.min(index + 1, items.length - 1);
    else if (key === 'ArrowUp' || key === 'k') index = Math.max(index - 1, 0);
    else if (key === 'c') return void (event.preventDefault(), decide('confirm'));
    else if (key === 'x') return void (event.preventDefault(), decide('reject'));
    else if (key === 'u') return void (event.preventDefault(), undoLast());
    else return;
    event.preventDefault();
    renderItems();
  });
  listeners.on<KeyboardEvent>(pane, 'keydown', (event) => {
    if (event.key === 'Escape') pane.hidden = true;
  });
  listeners.on(importButton, 'click', () => importInput.click());
  listeners.on(importInput, 'change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void file
      .text()
      .then((text) =>
        apiFetch<{ created: CorrectionRecord[]; skipped: string[] }>('/api/corrections/import', {
          method: 'POST',
          body: text,
        }),
      )
      .then(
        (r) => {
          say(`Imported ${r.created.length} correction(s), ${r.skipped.length} already here`);
          announceChange();
        },
        (error: Error) => say(error.message, true),
      );
    importInput.value = '';
  });
  const onChange = (event: CustomEvent<ChangeDetail>) => {
    if (pane.hidden || event.detail?.from === 'review') return;
    if (!logView.hidden) void loadLog();
    else void loadQueue();
  };
  listeners.on<CustomEvent<ChangeDetail>>(window, CHANGED_EVENT, onChange);

  return {
    open,
    teardown() {
      listeners.dispose();
      pane.remove();
      toggle.remove();
    },
  };
}
