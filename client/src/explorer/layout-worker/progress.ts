/**
 * The layout progress indicator: while a layout runs in the worker, a small bar over the
 * canvas says how many nodes are being laid out, what the worker is doing and for how long,
 * with a Cancel button (the canvas keeps the positions it shows); before it, the same bar while a
 * large result is prepared, and, without Cancel, while a large canvas is put back (undo, or a
 * cancelled draw: there is no earlier canvas to go back to). The page stays usable around it. Not here: running or cancelling the layout (client.ts, canvas.ts).
 */
import { el, Listeners } from '../../dom';
import './progress.css';
import type { LayoutPhase, LayoutStep } from './protocol';

/** What the page itself does under the bar, outside the worker's phases. */
export type PagePhase = 'restoring';

const PHASES: Record<LayoutPhase | PagePhase, string> = {
  building: 'reading the graph',
  layout: 'placing nodes',
  'layout-force-atlas': 'placing nodes by ForceAtlas2',
  isolated: 'placing unconnected nodes',
  drawing: 'preparing the drawing',
  restoring: 'putting back the canvas',
};

export interface LayoutProgress {
  /** Shows the bar for `nodes` nodes; without `onCancel`, with no Cancel button. */
  show(nodes: number, onCancel: (() => void) | null): void;
  phase(phase: LayoutPhase | PagePhase, step?: LayoutStep): void;
  hide(): void;
  teardown(): void;
}

export function createLayoutProgress(container: HTMLElement): LayoutProgress {
  const listeners = new Listeners();
  const text = el('span', { className: 'ex-layout-progress-text' });
  const cancel = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Cancel',
    dataset: { action: 'cancel-layout' },
  });
  const root = el(
    'div',
    {
      className: 'ex-layout-progress',
      hidden: true,
      dataset: { testid: 'layout-progress' },
      attrs: { role: 'status', 'aria-live': 'polite' },
    },
    el('span', { className: 'ex-layout-spinner', attrs: { 'aria-hidden': 'true' } }),
    text,
    cancel,
  );
  container.append(root);
  let onCancel: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let started = 0;
  let count = 0;
  let doing = PHASES.building;
  listeners.on(cancel, 'click', () => onCancel?.());
  const draw = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const nodes = `${count.toLocaleString('en')} nodes`;
    text.textContent =
      doing === PHASES.restoring
        ? `Putting back the canvas of ${nodes}… ${seconds} s`
        : `Laying out ${nodes}: ${doing}… ${seconds} s`;
  };
  const hide = () => {
    clearInterval(timer);
    root.hidden = true;
    onCancel = null;
  };
  return {
    show(nodes, cancelled) {
      clearInterval(timer);
      count = nodes;
      doing = PHASES.building;
      started = performance.now();
      onCancel = cancelled;
      cancel.hidden = !cancelled;
      root.classList.toggle('ex-layout-progress-plain', !cancelled);
      draw();
      root.hidden = false;
      timer = setInterval(draw, 250);
    },
    phase(phase, step) {
      doing = step?.of
        ? `${PHASES[phase]}, iteration ${step.done} of at most ${step.of}`
        : PHASES[phase];
      draw();
    },
    hide,
    teardown() {
      hide();
      listeners.dispose();
      root.remove();
    },
  };
}
