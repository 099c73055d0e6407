/**
 * Folding the details panel away and back: a narrow strip beside the panel with one button, so
 * the canvas can take the width (on a small screen, or with the Cypher dock open). The choice
 * is kept in localStorage; the stage's size follower (stage-size.ts) re-measures and re-fits
 * the canvas when the panel goes or comes. Not here: what the panel shows (panel.ts).
 */
import { el, Listeners } from '../dom';

const KEY = 'explorer.panelFolded';

export function attachPanelFold(panel: HTMLElement): () => void {
  const listeners = new Listeners();
  const button = el('button', {
    type: 'button',
    className: 'ex-panel-fold',
    dataset: { action: 'panel-fold', testid: 'panel-fold' },
  });
  const set = (folded: boolean) => {
    panel.hidden = folded;
    button.textContent = folded ? '‹ Details' : '›';
    button.title = folded ? 'Show the details panel' : 'Fold the details panel away';
    button.setAttribute('aria-expanded', String(!folded));
    localStorage.setItem(KEY, String(folded));
  };
  panel.before(button);
  set(localStorage.getItem(KEY) === 'true');
  listeners.on(button, 'click', () => set(!panel.hidden));
  return () => {
    listeners.dispose();
    panel.hidden = false;
    button.remove();
  };
}
