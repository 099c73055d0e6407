/**
 * Tiny DOM helpers for every view of the client (explorer, workbench, export menu): build
 * elements with text content (never HTML: names, quotes and titles come from ingested
 * documents), collect listeners so that a view's teardown removes them in one call, debounce.
 * Not a component library: no state, no rendering beyond one element.
 */

type Props<K extends keyof HTMLElementTagNameMap> = Partial<HTMLElementTagNameMap[K]> & {
  className?: string;
  dataset?: Record<string, string>;
  attrs?: Record<string, string>;
};

/** `el('button', {type: 'button', textContent: name})`: text always goes in as text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, attrs, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  for (const [key, value] of Object.entries(attrs ?? {})) node.setAttribute(key, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Listeners registered through `on` are removed by `dispose()`. */
export class Listeners {
  private readonly cleanups: (() => void)[] = [];

  on<E extends Event = Event>(target: EventTarget, type: string, handler: (event: E) => void) {
    target.addEventListener(type, handler as EventListener);
    this.cleanups.push(() => target.removeEventListener(type, handler as EventListener));
  }

  add(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  dispose(): void {
    while (this.cleanups.length) this.cleanups.pop()?.();
  }
}

/** Calls `fn` once `ms` after the last call; `cancel` drops a pending call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}
