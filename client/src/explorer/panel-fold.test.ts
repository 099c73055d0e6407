import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { attachPanelFold } from './panel-fold';

/** A page with the panel, and an in-memory localStorage, as globals for dom.ts's `el()`. */
function page(stored: Record<string, string> = {}) {
  const { document } = parseHTML(
    '<main><div class="stage"></div><aside id="panel"></aside></main>',
  );
  const store = new Map(Object.entries(stored));
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  };
  Object.assign(globalThis, { document, localStorage });
  return { document, panel: document.getElementById('panel') as HTMLElement, store };
}

const saved = { document: globalThis.document, localStorage: globalThis.localStorage };

describe('panel fold', () => {
  afterEach(() => {
    Object.assign(globalThis, saved);
  });

  const click = (button: Element) =>
    button.dispatchEvent(new button.ownerDocument.defaultView!.Event('click'));

  it('puts one button before the panel and folds the panel away and back', () => {
    const { document, panel, store } = page();
    attachPanelFold(panel);
    const button = document.querySelector('[data-action="panel-fold"]')!;
    expect(panel.previousElementSibling).toBe(button);
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    click(button);
    expect(panel.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(store.get('explorer.panelFolded')).toBe('true');
    click(button);
    expect(panel.hidden).toBe(false);
    expect(store.get('explorer.panelFolded')).toBe('false');
  });

  it('starts folded when the last visit left it folded', () => {
    const { panel } = page({ 'explorer.panelFolded': 'true' });
    attachPanelFold(panel);
    expect(panel.hidden).toBe(true);
  });

  it('takes its button and listener away on teardown and shows the panel again', () => {
    const { document, panel, store } = page({ 'explorer.panelFolded': 'true' });
    const teardown = attachPanelFold(panel);
    const button = document.querySelector('[data-action="panel-fold"]')!;
    teardown();
    expect(document.querySelector('[data-action="panel-fold"]')).toBeNull();
    expect(panel.hidden).toBe(false);
    click(button);
    expect(panel.hidden).toBe(false);
    // The choice stays stored for the next visit.
    expect(store.get('explorer.panelFolded')).toBe('true');
  });
});
