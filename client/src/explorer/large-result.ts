/**
 * Asks before drawing a large result: above a threshold of elements, a dialog says how many
 * nodes and relationships came and offers what to keep: the most connected nodes (a number the
 * analyst sets, by relationships within the result), only some labels (both together), or
 * everything, saying when everything will be drawn at reduced detail (level-of-detail.ts); or
 * to cancel. So a broad Cypher query or a big file never freezes the page unannounced. Not
 * here: what keeping means (keep-part.ts).
 */
import { el } from '../dom';
import type { CanvasElements } from './canvas';
import { keepLabels, keepMostConnected, labelOf } from './keep-part';
import { reducedDetail } from './level-of-detail';

/** Results with more elements than this are not drawn without asking. */
export const ASK_THRESHOLD = 2500;
/** The most-connected count offered first: a graph that lays out in a second or two. */
const KEEP_DEFAULT = 1000;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const button = (text: string, action: string, primary = false) =>
  el('button', {
    type: 'button',
    className: primary ? 'ex-button ex-primary' : 'ex-button',
    textContent: text,
    dataset: { action },
  });

/** Resolves with the elements to draw (all or a part), or null to draw nothing. */
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
    const checked = () =>
      keepLabels(elements, new Set(boxes.filter((b) => b.input.checked).map((b) => b.label)));
    const keepCount = el('input', {
      type: 'number',
      name: 'keep-count',
      min: '1',
      max: String(elements.nodes.length),
      step: '1',
      value: String(Math.min(KEEP_DEFAULT, elements.nodes.length)),
      className: 'ex-dialog-number',
      attrs: { 'aria-label': 'How many of the most connected nodes to keep' },
    });
    const top = button('Draw the most connected', 'draw-top', true);
    const reduced = reducedDetail(total) ? ', at reduced detail' : '';
    const all = button(`Draw all ${total.toLocaleString('en')}${reduced}`, 'draw-all');
    const some = button('Draw the checked labels', 'draw-some');
    const cancel = button('Cancel', 'draw-cancel');
    all.addEventListener('click', () => finish(elements));
    cancel.addEventListener('click', () => finish(null));
    some.addEventListener('click', () => finish(checked()));
    top.addEventListener('click', () => {
      const count = Math.floor(Number(keepCount.value));
      if (!Number.isFinite(count) || count < 1) {
        keepCount.setCustomValidity('Enter a number of nodes, 1 or more');
        keepCount.reportValidity();
        return;
      }
      finish(keepMostConnected(checked(), count));
    });
    keepCount.addEventListener('input', () => keepCount.setCustomValidity(''));
    dialog.addEventListener('cancel', () => finish(null));
    dialog.append(
      el('h2', { textContent: 'Large result' }),
      el('p', {
        textContent: `${elements.nodes.length.toLocaleString('en')} nodes and ${elements.edges.length.toLocaleString('en')} relationships. Drawing them all may be slow${reducedDetail(total) ? ' and is done at reduced detail (edges hidden while panning, labels only when large)' : ''}; you can keep a part.`,
      }),
      el(
        'label',
        { className: 'ex-dialog-keep' },
        'Keep the ',
        keepCount,
        ' nodes with the most relationships in this result (with the relationships among them)',
      ),
      el('p', { className: 'ex-dialog-hint', textContent: 'Of these labels:' }),
      el(
        'ul',
        { className: 'ex-dialog-list' },
        ...boxes.map((b) =>
          el('li', {}, el('label', {}, b.input, ` ${b.label} (${b.count.toLocaleString('en')})`)),
        ),
      ),
      el('div', { className: 'ex-dialog-actions' }, cancel, all, some, top),
    );
    root.append(dialog);
    dialog.showModal();
  });
}
