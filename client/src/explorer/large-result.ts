/**
 * Asks before drawing a large result: above a threshold of elements, a dialog says how many
 * nodes and relationships came and offers to draw them all, to draw only some labels, or to
 * cancel, so a broad Cypher query or a big file never freezes the page unannounced.
 */
import { el } from '../dom';
import type { CanvasElements } from './canvas';

/** Results with more elements than this are not drawn without asking. */
export const ASK_THRESHOLD = 2500;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The label a node is counted under: its model label (a string), or 'Other'. */
const labelOf = (node: CanvasElements['nodes'][number]) =>
  (node.data.label as string | undefined) ?? 'Other';

/** Resolves with the elements to draw (all or a filtered part), or null to draw nothing. */
export function confirmLarge(
  root: HTMLElement,
  elements: CanvasElements,
): Promise<CanvasElements | null> {
  const total = elements.nodes.length + elements.edges.length;
  if (total <= ASK_THRESHOLD) return Promise.resolve(elements);
  return new Promise((resolve) => {
    const labels = countBy(elements.nodes, labelOf);
    const boxes = [...labels]
      .sort((a, b) => b[1] - a[1])
      .map(([label, count]) => ({
        label,
        input: el('input', { type: 'checkbox', checked: true, dataset: { label } }),
        count,
      }));
    const dialog = el('dialog', { className: 'ex-dialog', dataset: { testid: 'large-result' } });
    const finish = (value: CanvasElements | null) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const all = el('button', {
      type: 'button',
      className: 'ex-button ex-primary',
      textContent: `Draw all ${total.toLocaleString('en')}`,
      dataset: { action: 'draw-all' },
    });
    const some = el('button', {
      type: 'button',
      className: 'ex-button',
      textContent: 'Draw the checked labels',
      dataset: { action: 'draw-some' },
    });
    const cancel = el('button', {
      type: 'button',
      className: 'ex-button',
      textContent: 'Cancel',
      dataset: { action: 'draw-cancel' },
    });
    all.addEventListener('click', () => finish(elements));
    cancel.addEventListener('click', () => finish(null));
    some.addEventListener('click', () => {
      const keep = new Set(boxes.filter((b) => b.input.checked).map((b) => b.label));
      const nodes = elements.nodes.filter((n) => keep.has(labelOf(n)));
      const ids = new Set(nodes.map((n) => n.data.id));
      finish({
        nodes,
        edges: elements.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)),
      });
    });
    dialog.addEventListener('cancel', () => finish(null));
    dialog.append(
      el('h2', { textContent: 'Large result' }),
      el('p', {
        textContent: `${elements.nodes.length.toLocaleString('en')} nodes and ${elements.edges.length.toLocaleString('en')} relationships. Drawing them all may be slow; you can keep only some labels.`,
      }),
      el(
        'ul',
        { className: 'ex-dialog-list' },
        ...boxes.map((b) =>
          el('li', {}, el('label', {}, b.input, ` ${b.label} (${b.count.toLocaleString('en')})`)),
        ),
      ),
      el('div', { className: 'ex-dialog-actions' }, cancel, some, all),
    );
    root.append(dialog);
    dialog.showModal();
  });
}
