/**
 * The legend, which is also the label and relationship-type filter: one row per label on the
 * canvas (shape and colour as drawn, count, a checkbox that hides or shows the label) and,
 * folded below, one row per relationship type. Changes go out through callbacks as named
 * actions; the legend redraws from the canvas and the state. Not a layout or data view.
 */
import type { Core } from 'cytoscape';
import { el, Listeners } from '../dom';
import { LABEL_LOOKS, hasOwnLook, lookOf } from '../../../model/looks';
import { verbOf } from '../../../model/verbs';
import type { ExplorerState } from './state';

export interface Legend {
  readonly root: HTMLElement;
  /** `communities`: how many communities the colouring found (when colouring by community). */
  update(cy: Core, state: ExplorerState, communities?: number): void;
  teardown(): void;
}

function shapeIcon(label: string): HTMLElement {
  const look = lookOf(label);
  const icon = el('span', { className: `ex-shape ex-shape-${look.shape}` });
  icon.style.background = look.color;
  icon.style.borderColor = look.border;
  return icon;
}

export function createLegend(hooks: {
  onLabel(label: string, on: boolean): void;
  onType(type: string, on: boolean): void;
}): Legend {
  const listeners = new Listeners();
  const labels = el('ul', { className: 'ex-legend-list', dataset: { testid: 'legend' } });
  // When colour means community, the swatches below still give each label's shape only.
  const note = el('div', { className: 'ex-legend-note', dataset: { testid: 'legend-note' } });
  const types = el('ul', { className: 'ex-legend-list ex-legend-types' });
  const typesBox = el(
    'details',
    { className: 'ex-legend-more' },
    el('summary', { textContent: 'Relationships' }),
    types,
  );
  const root = el(
    'div',
    { className: 'ex-legend', attrs: { role: 'group', 'aria-label': 'Legend and filters' } },
    el('div', { className: 'ex-legend-title', textContent: 'Legend · filter' }),
    note,
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
    update(cy, state, communities) {
      const byCommunity = state.colorBy === 'community';
      note.hidden = !byCommunity;
      note.textContent = byCommunity
        ? `Colour: ${communities ?? 0} communities (label propagation). Shape: label.`
        : '';
      const byLabel = new Map<string, number>();
      cy.nodes()
        .not('.more')
        .forEach((node) => {
          const label = String(node.data('label') ?? 'Other');
          byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
        });
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
            shapeIcon(label),
          ),
        ),
      );
      const byType = new Map<string, number>();
      cy.edges()
        .not('.more')
        .forEach((edge) => {
          const type = String(edge.data('type') ?? '');
          byType.set(type, (byType.get(type) ?? 0) + 1);
        });
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
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
