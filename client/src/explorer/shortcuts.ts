/**
 * The list of keyboard shortcuts, opened with `?`: a modal <dialog> (Escape or the button
 * closes it) built once from the one table below, which keyboard.ts and the toolbar titles
 * agree with. Text only. Not here: handling the keys (keyboard.ts).
 */
import { el, Listeners } from '../dom';

export const SHORTCUTS: [keys: string[], what: string][] = [
  [['/'], 'Search names, quotes and articles'],
  [['Enter'], 'In the search box: go to the highlighted hit (or the best one)'],
  [['Ctrl', 'A'], 'Select every node on the canvas'],
  [['Shift', 'click'], 'Add a node to the selection (two selected: Path)'],
  [['Delete'], 'Hide the selected nodes (undo brings them back)'],
  [['Ctrl', 'Z'], 'Undo'],
  [['Ctrl', 'Shift', 'Z'], 'Redo (also Ctrl-Y)'],
  [['Esc'], 'Cancel a path pick, close a menu or this list'],
  [['?'], 'This list'],
];

export interface Shortcuts {
  open(): void;
  teardown(): void;
}

export function createShortcuts(host: HTMLElement): Shortcuts {
  const listeners = new Listeners();
  const close = el('button', { type: 'button', className: 'ex-button', textContent: 'Close' });
  const dialog = el(
    'dialog',
    {
      className: 'ex-shortcuts',
      dataset: { testid: 'shortcuts' },
      attrs: { 'aria-label': 'Keyboard shortcuts' },
    },
    el('h2', { className: 'ex-title', textContent: 'Keyboard shortcuts' }),
    el(
      'dl',
      {},
      ...SHORTCUTS.flatMap(([keys, what]) => [
        el(
          'dt',
          {},
          ...keys.flatMap((key, i) => [i ? ' + ' : null, el('kbd', { textContent: key })]),
        ),
        el('dd', { textContent: what }),
      ]),
    ),
    el('div', { className: 'ex-shortcuts-actions' }, close),
  );
  host.append(dialog);
  listeners.on(close, 'click', () => dialog.close());
  return {
    open() {
      if (!dialog.open) dialog.showModal();
    },
    teardown() {
      listeners.dispose();
      dialog.remove();
    },
  };
}
