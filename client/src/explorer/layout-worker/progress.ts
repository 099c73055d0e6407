/**
 * The layout progress indicator: while a layout runs in the worker, a small bar over the
 * canvas says how many nodes are being laid out, what the worker is doing and for how long,
 * with a Cancel button (the canvas keeps the positions it shows). The page stays usable around
 * it. Not here: running or cancelling the layout (client.ts, canvas.ts).
 */
import { el, Listeners } from '../../dom';
import './progress.css';
import type { LayoutPhase, LayoutStep } from './protocol';

const PHASES: Record<LayoutPhase, string> = {
  building: 'reading the graph',
  layout: 'placing nodes',
  'layout-force-atlas': 'placing nodes by ForceAtlas2',
  isolated: 'placing unconnected nodes',
  drawing: 'preparing the drawing',
};

export interface LayoutProgress {
  show(nodes: number, onCancel: () => void): void;
  phase(phase: LayoutPhase, step?: LayoutStep): void;
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
    text.textContent = `Laying out ${count.toLocaleString('en')} nodes: ${doing}… ${seconds} s`;
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
