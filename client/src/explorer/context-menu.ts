/**
 * The node context menu (right-click or long-press): expand all, expand by relationship type
 * and neighbour label with counts ("SPOKE_AT → Event (3)", from the API's neighbour groups),
 * hide, pin or unpin, collapse, path from/to, co-speakers, details. A plain DOM menu over
 * the canvas, keyboard navigable, closed by Esc, a click elsewhere or a pan.
 */
import { el, Listeners } from '../dom';
import type { NeighborGroup } from '../../../api';

export interface MenuItem {
  text: string;
  action: string;
  run(): void;
  disabled?: boolean;
}

export interface ContextMenu {
  open(x: number, y: number, items: MenuItem[], groups?: Promise<MenuItem[]>): void;
  close(): void;
  teardown(): void;
}

export function groupText(group: NeighborGroup): string {
  const arrow = group.direction === 'out' ? '→' : '←';
  return `${group.type.toLowerCase().replace(/_/g, ' ')} ${arrow} ${group.label} (${group.total})`;
}

export function createContextMenu(container: HTMLElement): ContextMenu {
  const listeners = new Listeners();
  const menu = el('div', {
    className: 'ex-menu',
    hidden: true,
    dataset: { testid: 'context-menu' },
    attrs: { role: 'menu' },
  });
  container.append(menu);

  const button = (item: MenuItem) => {
    const b = el('button', {
      type: 'button',
      className: 'ex-menu-item',
      textContent: item.text,
      disabled: !!item.disabled,
      dataset: { action: item.action },
      attrs: { role: 'menuitem' },
    });
    b.addEventListener('click', () => {
      close();
      item.run();
    });
    return b;
  };

  const close = () => {
    menu.hidden = true;
    menu.replaceChildren();
  };

  listeners.on<MouseEvent>(document, 'mousedown', (event) => {
    if (!menu.hidden && !menu.contains(event.target as Node)) close();
  });
  listeners.on<KeyboardEvent>(menu, 'keydown', (event) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('.ex-menu-item:not(:disabled)')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
  });

  return {
    open(x, y, items, groups) {
      menu.replaceChildren(...items.map(button));
      if (groups) {
        const sub = el(
          'div',
          { className: 'ex-menu-group' },
          el('div', { className: 'ex-menu-label', textContent: 'Expand by type' }),
          el('div', { className: 'ex-muted ex-small', textContent: 'Loading…' }),
        );
        menu.append(sub);
        void groups.then(
          (more) =>
            sub.replaceChildren(
              sub.firstChild!,
              ...(more.length
                ? more.map(button)
                : [
                    el('div', { className: 'ex-muted ex-small', textContent: 'No relationships.' }),
                  ]),
            ),
          () => sub.remove(),
        );
      }
      menu.hidden = false;
      const box = container.getBoundingClientRect();
      menu.style.left = `${Math.min(x, box.width - menu.offsetWidth - 8)}px`;
      menu.style.top = `${Math.min(y, Math.max(8, box.height - menu.offsetHeight - 8))}px`;
      menu.querySelector<HTMLButtonElement>('.ex-menu-item')?.focus();
    },
    close,
    teardown() {
      listeners.dispose();
      menu.remove();
    },
  };
}
