/**
 * Curation in the details panel, added onto what details.ts drew (so that file changes by one
 * call): the node's curation status (confirmed, changed or added, by whom and when) under its
 * title; Confirm / Reject for any node and Rename / Add alias / Merge with… for people and
 * organizations; on every relationship row, confirm ✓, reject ✗ and, for SPOKE_AT and ORGANIZED,
 * a role menu, with the row's curation status from the corrections log beside the extraction's
 * provenance. Node and relationship changes send the curationVersion shown, so a change made
 * meanwhile by someone else comes back as 409 and the panel shows the current state.
 */
import { debounce, el } from '../../dom';
import { ApiError } from '../../api';
import { explorerApi } from '../api';
import type { NodeResponse } from '../../../../api';
import type { CorrectionInput, CorrectionRecord } from '../../../../model/corrections';
import { ORGANIZER_ROLES, SPEAKER_ROLES } from '../../../../model/roles';
import { CHANGED_EVENT, FOLLOWS, announceChange, correctionsApi, type ChangeDetail } from './api';
import './corrections.css';

const STATUS_WORD: Record<string, string> = {
  confirmed: 'Confirmed',
  changed: 'Changed',
  added: 'Added',
};

const when = (iso: unknown) => (typeof iso === 'string' ? iso.replace('T', ' ').slice(0, 16) : '');

/** "Confirmed by local · 2026-12-01 14:05" for an element's curation properties, if any. */
export function curationLine(props: Record<string, unknown>): string | null {
  const status = typeof props.curation === 'string' ? STATUS_WORD[props.curation] : undefined;
  if (!status) return null;
  return `${status} by ${typeof props.curatedBy === 'string' ? props.curatedBy : 'an analyst'} · ${when(props.curatedAt)}`;
}

const ACTION_WORD: Partial<Record<CorrectionRecord['action'], string>> = {
  confirm: 'Confirmed',
  'set-role': 'Role changed',
  'add-speaker': 'Added',
};

function button(text: string, action: string, title: string, className = 'ex-button') {
  return el('button', { type: 'button', className, textContent: text, title, dataset: { action } });
}

export function decorateDetails(
  content: HTMLElement,
  response: NodeResponse,
  refresh: () => void,
): void {
  const { node } = response;
  const version = Number(node.curationVersion ?? 0);
  const head = content.querySelector('.ex-details-head');
  const message = el('p', { className: 'cx-form-error', dataset: { testid: 'curation-message' } });
  const done = (correction?: CorrectionRecord) => {
    announceChange({ correction, from: 'details' });
    refresh();
  };
  // A correction made or undone elsewhere (the Review pane, its log) shows here too.
  const later = debounce(() => content.isConnected && refresh(), 300);
  content.setAttribute(FOLLOWS, '');
  content.addEventListener(CHANGED_EVENT, (event) => {
    const detail = (event as CustomEvent<ChangeDetail>).detail;
    // An undo shows at once: what it gave back is the state to decide on next.
    if (detail?.undone?.removed.includes(node.id))
      content.replaceChildren(
        el('p', {
          className: 'ex-muted',
          textContent: `"${node.name}" is no longer in the graph: the correction that added it was undone.`,
        }),
      );
    else if (detail?.undone) refresh();
    else if (detail?.from !== 'details') later();
  });
  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      message.textContent = `Someone changed this meanwhile: ${error.message}. Showing the current state.`;
      setTimeout(refresh, 1500);
    } else message.textContent = (error as Error).message;
  };
  const send = (input: CorrectionInput, after: (c: CorrectionRecord) => void = done) =>
    correctionsApi.create(input).then(after, fail);

  const line = curationLine(node);
  if (line)
    head?.append(
      el('p', {
        className: 'cx-curation',
        textContent: line,
        dataset: { testid: 'curation-status' },
      }),
    );

  const actions = el('div', { className: 'cx-actions', dataset: { testid: 'curation-actions' } });
  const form = el('div', { className: 'cx-form' });
  const confirm = button('Confirm', 'curate-confirm', 'Mark this as checked by an analyst');
  const reject = button(
    'Reject',
    'curate-reject',
    'Remove it from the graph (undo in Review → Log)',
  );
  confirm.addEventListener('click', () => void send({ action: 'confirm', node: node.id, version }));
  reject.addEventListener('click', () => {
    if (
      !window.confirm(
        `Reject ${node.label} "${node.name}"? It is removed from the graph; undo it in Review → Log.`,
      )
    )
      return;
    void send({ action: 'reject', node: node.id, version }, (c) => {
      announceChange({ correction: c, from: 'details' });
      content.replaceChildren(
        el('p', {
          className: 'ex-muted',
          textContent: `Rejected "${node.name}". Undo it in Review → Log.`,
        }),
      );
    });
  });
  actions.append(confirm, reject);

  if (node.label === 'Person' || node.label === 'Organization') {
    const textForm = (
      label: string,
      placeholder: string,
      make: (value: string) => CorrectionInput,
    ) => {
      const input = el('input', {
        type: 'text',
        placeholder,
        value: label === 'Rename' ? node.name : '',
      });
      const save = button('Save', 'curate-save', label);
      const submit = () => {
        const value = input.value.trim();
        if (value) void send(make(value));
      };
      save.addEventListener('click', submit);
      input.addEventListener('keydown', (e) => e.key === 'Enter' && submit());
      form.replaceChildren(input, save, message);
      input.focus();
    };
    const rename = button(
      'Rename…',
      'curate-rename',
      'Correct the name (the old one stays as an alias)',
    );
    rename.addEventListener('click', () =>
      textForm('Rename', 'New name', (name) => ({
        action: 'rename',
        node: node.id,
        name,
        version,
      })),
    );
    const alias = button('Add alias…', 'curate-alias', 'Another name it goes by');
    alias.addEventListener('click', () =>
      textForm('Add alias', 'Alias', (a) => ({
        action: 'add-alias',
        node: node.id,
        alias: a,
        version,
      })),
    );
    const merge = button(
      'Merge with…',
      'curate-merge',
      `Find another ${node.label} that is the same and merge it into this one`,
    );
    merge.addEventListener('click', () => {
      const input = el('input', {
        type: 'search',
        placeholder: `Find the same ${node.label.toLowerCase()}`,
      });
      const results = el('div', { className: 'cx-results' });
      input.addEventListener('input', () => {
        const q = input.value.trim();
        if (q.length < 2) return results.replaceChildren();
        void explorerApi.search(q).then((r) => {
          results.replaceChildren(
            ...r.hits
              .filter((hit) => hit.label === node.label && hit.id !== node.id)
              .map((hit) => {
                const pick = button(
                  `Merge "${hit.name}" into this`,
                  'curate-merge-pick',
                  hit.id,
                  'cx-mini',
                );
                pick.addEventListener(
                  'click',
                  () => void send({ action: 'merge', into: node.id, from: hit.id, version }),
                );
                return pick;
              }),
          );
        });
      });
      form.replaceChildren(input, results, message);
      input.focus();
    });
    actions.append(rename, alias, merge);
  }
  form.append(message);
  head?.append(actions, form);
  void decorateRelationships(content, send);
}

/** ✓ / ✗ / role on every relationship row, and its curation status from the log. */
async function decorateRelationships(
  content: HTMLElement,
  send: (input: CorrectionInput) => Promise<unknown>,
): Promise<void> {
  const rows = [...content.querySelectorAll<HTMLElement>('li.ex-link[data-relationship]')];
  if (!rows.length) return;
  const latest = new Map<string, CorrectionRecord>();
  try {
    const { corrections } = await correctionsApi.list();
    // Newest first: the first one seen for a relationship is its current status.
    for (const c of corrections)
      if (c.applied && c.payload.relationship && !latest.has(c.payload.relationship))
        latest.set(c.payload.relationship, c);
  } catch {
    // The status lines are extra; the actions work without them.
  }
  for (const row of rows) {
    const id = row.dataset.relationship!;
    const head = row.querySelector('.ex-link-head');
    if (!head || head.querySelector('.cx-rel-actions')) continue;
    const box = el('span', { className: 'cx-rel-actions' });
    const ok = button('✓', 'curate-rel-confirm', 'Confirm this relationship', 'cx-mini');
    const no = button(
      '✗',
      'curate-rel-reject',
      'Reject this relationship (undo in Review → Log)',
      'cx-mini',
    );
    // The version the panel shows: a change made meanwhile by someone else answers 409.
    const version = Number(row.dataset.version ?? 0);
    ok.addEventListener('click', () => void send({ action: 'confirm', relationship: id, version }));
    no.addEventListener('click', () => void send({ action: 'reject', relationship: id, version }));
    const roles = id.startsWith('SPOKE_AT:')
      ? SPEAKER_ROLES
      : id.startsWith('ORGANIZED:')
        ? ORGANIZER_ROLES
        : null;
    if (roles) {
      const current = row.querySelector('.ex-role')?.textContent ?? '';
      const select = el(
        'select',
        { className: 'cx-mini', title: 'Change the role', dataset: { action: 'curate-role' } },
        ...roles.map((r) => el('option', { value: r, textContent: r, selected: r === current })),
      );
      select.addEventListener(
        'change',
        () => void send({ action: 'set-role', relationship: id, role: select.value, version }),
      );
      box.append(select);
    }
    box.append(ok, no);
    head.append(box);
    const c = latest.get(id);
    if (c && ACTION_WORD[c.action])
      row.append(
        el('p', {
          className: 'cx-curation',
          textContent: `${ACTION_WORD[c.action]} by ${c.author} · ${when(c.createdAt)}`,
          dataset: { testid: 'curation-status' },
        }),
      );
  }
}
