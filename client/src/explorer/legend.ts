/**
 * The legend, which is also the label and relationship-type filter: one row per label on the
 * canvas (shape and colour as drawn, count, a checkbox that hides or shows the label) and,
 * folded below, one row per relationship type. Changes go out through callbacks as named
 * actions; the legend redraws from the canvas and the state. Not a layout or data view.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { el, Listeners } from '../dom';
import { LABEL_LOOKS, hasOwnLook, lookOf } from '../../../model/looks';
import { verbOf } from '../../../model/verbs';
import { nodeLook } from './canvas-style';
import { swatch } from './details-parts';
import { drain, forEachIn, type Pass } from './passes';
import type { ExplorerState } from './state';

export interface Legend {
  readonly root: HTMLElement;
  /**
   * `communities`: how many communities the colouring found (when colouring by community);
   * `counts`: the canvas's counts when already taken (`legendCounts`), else they are taken now.
   */
  update(cy: Core, state: ExplorerState, communities?: number, counts?: LegendCounts): void;
  /** On a narrow canvas the card folds to its title (unless the user opened it). */
  setNarrow(narrow: boolean): void;
  teardown(): void;
}

/** Nodes by label and relationships by type, as the legend counts them. */
export interface LegendCounts {
  byLabel: Map<string, number>;
  byType: Map<string, number>;
}

/**
 * What the legend counts, as a pass (passes.ts), in one loop over the nodes and one over the
 * edges. What the date range or the user hid is not counted: the legend counts what is drawn
 * (or would be, for a label switched off here).
 */
export function* legendCounts(cy: Core): Pass<LegendCounts> {
  const byLabel = new Map<string, number>();
  yield* forEachIn(cy.nodes(), (node) => {
    if (node.hasClass('more') || node.hasClass('out-of-range') || node.hasClass('user-hidden'))
      return;
    const label = String(node.data('label') ?? 'Other');
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  });
  const byType = new Map<string, number>();
  yield* forEachIn(cy.edges(), (edge) => {
    if (edge.hasClass('more')) return;
    if (edge.source().hasClass('out-of-range') || edge.target().hasClass('out-of-range')) return;
    const type = String(edge.data('type') ?? '');
    byType.set(type, (byType.get(type) ?? 0) + 1);
  });
  return { byLabel, byType };
}

/** The label's shape, in its colour, or in neutral grey while colour means community. */
function shapeIcon(label: string, neutral = false): HTMLElement {
  const look = lookOf(label);
  const icon = el('span', { className: `ex-shape ex-shape-${look.shape}` });
  icon.style.background = neutral ? '#eef0f4' : look.color;
  icon.style.borderColor = neutral ? '#6b7385' : look.border;
  return icon;
}

/** Communities shown by name before the rest are summed up in one line. */
const COMMUNITY_ROWS = 8;

/** One row per community colour on the canvas: swatch, its best-connected member, size. */
function communityRows(cy: Core): HTMLElement[] {
  const groups = new Map<string, NodeSingular[]>();
  cy.nodes(':visible')
    .not('.more')
    .forEach((node) => {
      const color = nodeLook(node).color;
      if (!color) return;
      groups.set(color, [...(groups.get(color) ?? []), node]);
    });
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  const rows = sorted.slice(0, COMMUNITY_ROWS).map(([color, members]) => {
    const hub = members.reduce((best, n) => (n.degree(false) > best.degree(false) ? n : best));
    return el(
      'li',
      { className: 'ex-legend-row' },
      swatch(color),
      el('span', {
        className: 'ex-legend-name',
        textContent: `around ${String(hub.data('name'))}`,
        title: members.map((n) => String(n.data('name'))).join(', '),
      }),
      el('span', { className: 'ex-legend-count', textContent: String(members.length) }),
    );
  });
  const rest = sorted.slice(COMMUNITY_ROWS);
  if (rest.length)
    rows.push(
      el('li', {
        className: 'ex-legend-note',
        textContent: `+ ${rest.length} smaller (${rest.reduce((n, [, m]) => n + m.length, 0)} nodes)`,
      }),
    );
  return rows;
}

export function createLegend(hooks: {
  onLabel(label: string, on: boolean): void;
  onType(type: string, on: boolean): void;
}): Legend {
  const listeners = new Listeners();
  const labels = el('ul', { className: 'ex-legend-list', dataset: { testid: 'legend' } });
  // When colour means community, the swatches below still give each label's shape only.
  const note = el('div', { className: 'ex-legend-note', dataset: { testid: 'legend-note' } });
  const groups = el('ul', {
    className: 'ex-legend-list ex-legend-communities',
    dataset: { testid: 'legend-communities' },
  });
  const types = el('ul', { className: 'ex-legend-list ex-legend-types' });
  const toggle = el('button', {
    type: 'button',
    className: 'ex-legend-title ex-legend-toggle',
    textContent: 'Legend · filter',
    title: 'Fold or unfold the legend',
    attrs: { 'aria-expanded': 'true' },
    dataset: { action: 'legend-toggle' },
  });
  /** The user's own choice, which a change of canvas width does not override. */
  let chosen: boolean | null = null;
  const fold = (folded: boolean) => {
    root.classList.toggle('ex-folded', folded);
    toggle.setAttribute('aria-expanded', String(!folded));
  };
  listeners.on(toggle, 'click', () => {
    chosen = !root.classList.contains('ex-folded');
    fold(chosen);
  });
  const typesBox = el(
    'details',
    { className: 'ex-legend-more' },
    el('summary', { textContent: 'Relationships' }),
    types,
  );
  const root = el(
    'div',
    { className: 'ex-legend', attrs: { role: 'group', 'aria-label': 'Legend and filters' } },
    toggle,
    note,
    groups,
    labels,
    typesBox,
  );
  listeners.on<Event>(root, 'change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.dataset.label) hooks.onLabel(input.dataset.label, input.checked);
    if (input.dataset.type) hooks.onType(input.dataset.type, input.checked);
  });

  const row = (
    key: 'label' | 'type',
    value: string,
    text: string,
    count: number,
    checked: boolean,
    icon: HTMLElement,
  ) =>
    el(
      'li',
      {},
      el(
        'label',
        { className: checked ? 'ex-legend-row' : 'ex-legend-row ex-off' },
        el('input', { type: 'checkbox', checked, dataset: { [key]: value } }),
        icon,
        el('span', { className: 'ex-legend-name', textContent: text }),
        el('span', { className: 'ex-legend-count', textContent: String(count) }),
      ),
    );

  return {
    root,
    update(cy, state, communities, counts) {
      const byCommunity = state.colorBy === 'community';
      note.hidden = !byCommunity;
      note.textContent = byCommunity
        ? `Colour: ${communities ?? 0} communities (label propagation). Shape: label (below).`
        : '';
      groups.hidden = !byCommunity;
      groups.replaceChildren(...(byCommunity ? communityRows(cy) : []));
      const { byLabel, byType } = counts ?? drain(legendCounts(cy));
      for (const label of state.hiddenLabels) if (!byLabel.has(label)) byLabel.set(label, 0);
      const order = [...Object.keys(LABEL_LOOKS), ...byLabel.keys()];
      const shown = [...new Set(order)].filter((label) => byLabel.has(label));
      labels.replaceChildren(
        ...shown.map((label) =>
          row(
            'label',
            label,
            hasOwnLook(label) ? lookOf(label).plural : label,
            byLabel.get(label) ?? 0,
            !state.hiddenLabels.includes(label),
            shapeIcon(label, byCommunity),
          ),
        ),
      );
      for (const type of state.hiddenTypes) if (!byType.has(type)) byType.set(type, 0);
      types.replaceChildren(
        ...[...byType.keys()]
          .sort()
          .map((type) =>
            row(
              'type',
              type,
              verbOf(type),
              byType.get(type) ?? 0,
              !state.hiddenTypes.includes(type),
              el('span', { className: 'ex-edge-icon' }),
            ),
          ),
      );
      if (state.hiddenTypes.length) typesBox.open = true;
    },
    setNarrow(narrow) {
      fold(chosen ?? narrow);
    },
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
