/**
 * Which relationship types a shortest path may use: a small menu beside the Path button, one
 * checkbox per type of the model (by its verb), by default everything but claims and mentions,
 * which make meaningless bridges (two people who claimed something about one topic, or who
 * are named in one article). The choice lives in the State's recipe (`pathTypes`, in the URL
 * as `via=`); changing it while a path is shown asks for the path again. Not here: the path
 * search itself (paths.ts, GET /api/paths?types=).
 */
import { el, Listeners } from '../dom';
import { RELATIONSHIP_TYPES } from '../../../model/graph-document';
import { verbOf } from '../../../model/verbs';

/** Types a path may use unless the user chooses: not through claims, articles and mentions. */
export const DEFAULT_PATH_TYPES: string[] = ['SPOKE_AT', 'AFFILIATED_WITH', 'ORGANIZED', 'HELD_IN'];
const CLAIM_TYPES = ['CLAIMED', 'MADE_AT', 'ABOUT', 'ASSERTS'];
const ARTICLE_TYPES = ['REPORTED_IN', 'MENTIONS'];

/**
 * The types to ask for: the user's choice, else the default widened by what the ends need
 * (a claim, topic or assertion is reached only through claims; an article through mentions).
 */
export function pathTypesFor(chosen: string[] | null, endLabels: string[]): string[] {
  if (chosen) return chosen;
  const types = [...DEFAULT_PATH_TYPES];
  if (endLabels.some((l) => ['Claim', 'Topic', 'Assertion'].includes(l)))
    types.push(...CLAIM_TYPES);
  if (endLabels.includes('Article')) types.push(...ARTICLE_TYPES, ...CLAIM_TYPES);
  return [...new Set(types)];
}

export interface PathTypesMenu {
  readonly root: HTMLElement;
  /** Shows the recipe's choice (null: the default). */
  sync(chosen: string[] | null): void;
  teardown(): void;
}

export function createPathTypesMenu(onChange: (types: string[] | null) => void): PathTypesMenu {
  const listeners = new Listeners();
  const boxes = RELATIONSHIP_TYPES.map((type) =>
    el('input', { type: 'checkbox', value: type, dataset: { pathType: type } }),
  );
  const reset = el('button', {
    type: 'button',
    className: 'ex-link-button',
    textContent: 'Default (no claims, no mentions)',
    dataset: { action: 'path-types-default' },
  });
  const summary = el('summary', {
    className: 'ex-tool',
    textContent: 'via…',
    title: 'Which relationships a path may go through',
    dataset: { action: 'path-types' },
  });
  const root = el(
    'details',
    { className: 'ex-path-types', dataset: { testid: 'path-types' } },
    summary,
    el(
      'div',
      { className: 'ex-path-types-panel', attrs: { role: 'group', 'aria-label': 'Path through' } },
      el('div', { className: 'ex-legend-title', textContent: 'A path may go through' }),
      ...boxes.map((box) =>
        el(
          'label',
          { className: 'ex-legend-row' },
          box,
          el('span', { textContent: `${verbOf(box.value)} (${box.value})` }),
        ),
      ),
      reset,
    ),
  );
  listeners.on(root, 'change', () => {
    const types = boxes.filter((b) => b.checked).map((b) => b.value);
    const isDefault =
      types.length === DEFAULT_PATH_TYPES.length &&
      DEFAULT_PATH_TYPES.every((t) => types.includes(t));
    onChange(isDefault ? null : types);
  });
  listeners.on(reset, 'click', () => onChange(null));
  listeners.on<MouseEvent>(document, 'mousedown', (event) => {
    if (root.open && !root.contains(event.target as Node)) root.open = false;
  });
  return {
    root,
    sync(chosen) {
      const on = new Set(chosen ?? DEFAULT_PATH_TYPES);
      for (const box of boxes) box.checked = on.has(box.value);
      summary.textContent = chosen ? `via ${chosen.length} types` : 'via…';
    },
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
