/**
 * What the explorer tells the user while it works: the busy overlay ("Loading…") while any
 * request runs, a toast with the message of a failed one, and the banner above the canvas
 * (a hint, or the path pick with its Cancel button). Each is a field of the State, set by a
 * named action and drawn here from it, along with the `data-busy` and `data-ready` flags tests
 * and automation wait for. Not here: the toolbar's note (render.ts) or what a request does.
 */
import { el, Listeners } from '../dom';
import { actions, type Banner, type State, type Store } from './state';

/** How long a toast and a banner without Cancel stay up. */
const TOAST_MS = 6000;
const BANNER_MS = 5000;

export interface Feedback {
  /** Overlays to place on the stage. */
  readonly overlays: { banner: HTMLElement; busy: HTMLElement; toast: HTMLElement };
  /** Runs `task` with the busy overlay up; a failure becomes a toast and resolves undefined. */
  working<T>(task: () => Promise<T>): Promise<T | undefined>;
  toast(text: string): void;
  /** Shows a banner that hides itself after a while. */
  banner(text: string): void;
  render(state: State, previous: State | null): void;
  teardown(): void;
}

export function createFeedback(store: Store, root: HTMLElement, onCancel: () => void): Feedback {
  const listeners = new Listeners();
  const banner = el('div', { className: 'ex-banner', hidden: true, dataset: { testid: 'banner' } });
  const busy = el('div', { className: 'ex-busy', hidden: true, textContent: 'Loading…' });
  const toast = el('div', { className: 'ex-toast', hidden: true, attrs: { role: 'alert' } });
  const cancel = el('button', {
    type: 'button',
    className: 'ex-link-button',
    textContent: 'Cancel',
  });
  listeners.on(cancel, 'click', onCancel);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
    return timer;
  };

  function showToast(text: string): void {
    store.set(actions.toast(store.state, text));
    if (toastTimer) {
      clearTimeout(toastTimer);
      timers.delete(toastTimer);
    }
    toastTimer = later(TOAST_MS, () => store.set(actions.toast(store.state, null)));
  }

  function drawBanner(shown: Banner | null): void {
    if (shown)
      banner.replaceChildren(
        el('span', { textContent: shown.text }),
        ...(shown.cancel ? [cancel] : []),
      );
    banner.hidden = !shown;
  }

  return {
    overlays: { banner, busy, toast },
    async working<T>(task: () => Promise<T>): Promise<T | undefined> {
      store.set(actions.busy(store.state, 1));
      try {
        return await task();
      } catch (error) {
        showToast((error as Error).message);
        return undefined;
      } finally {
        store.set(actions.busy(store.state, -1));
      }
    },
    toast: showToast,
    banner(text) {
      const shown: Banner = { text, cancel: false };
      store.set(actions.banner(store.state, shown));
      later(BANNER_MS, () => store.set(actions.hideBanner(store.state, shown)));
    },
    render(state, previous) {
      if (!previous || state.busy !== previous.busy) {
        busy.hidden = !state.busy;
        if (state.busy) root.dataset.busy = 'true';
        else delete root.dataset.busy;
      }
      if (state.ready) root.dataset.ready = 'true';
      if (!previous || state.toast !== previous.toast) {
        if (state.toast !== null) toast.textContent = state.toast;
        toast.hidden = state.toast === null;
      }
      if (!previous || state.banner !== previous.banner) drawBanner(state.banner);
    },
    teardown() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      listeners.dispose();
    },
  };
}
