/**
 * The explorer's viewport: the zoom buttons (in, out, fit), fitting elements into the part of
 * the stage the legend card and the zoom buttons leave free, centring on a node, and layout
 * runs shaped for that region (the whole visible graph, or nudging new nodes in). Not here:
 * which layout is chosen (the State's recipe) or when to lay out (the commands decide). A fit
 * asked for while a layout runs in the worker waits for its positions.
 */
import type { Collection, Core } from 'cytoscape';
import { el, Listeners } from '../dom';
import { WORKER_ABOVE, type Canvas } from './canvas';
import { fitBoxOf } from './layout-worker/measure-in-slices';
import type { Store } from './state';

/** Margin kept around fitted elements, in pixels. */
const PAD = 28;

/** How `run` lays out the visible graph. */
interface RunOptions {
  fit?: boolean;
  randomize?: boolean;
  roots?: string[];
  /** The visible elements, when the caller has selected them already. */
  visible?: Collection;
  /** Keep the canvas's picture until a worker layout's result is drawn. */
  hold?: boolean;
}

export interface Viewport {
  /** The zoom buttons, to place on the stage. */
  readonly zoomBox: HTMLElement;
  /** Lays out the visible graph, shaped for the region `fit` fills. */
  run(opts: RunOptions): void;
  /** Lays out everything visible from the focus (or the events) and fits it. */
  layoutAll(fit?: boolean): void;
  /** Fits `eles` into the free region; zoom is capped so a handful of nodes is not blown up. */
  fit(eles: Collection, animate?: boolean, maxZoom?: number): void;
  fitVisible(animate?: boolean): void;
  /** Resolves once the layout running in the worker (if any) has placed the nodes. */
  settled(): Promise<void>;
  /** Animates to `id`, zooming in to at least 0.9. */
  centreOn(id: string | null): void;
  teardown(): void;
}

function sameView(c: Core, zoom: number, pan: { x: number; y: number }): boolean {
  const now = c.pan();
  const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
  return Math.abs(c.zoom() - zoom) < 1e-6 && close(now.x, pan.x) && close(now.y, pan.y);
}

export function createViewport(
  canvas: Canvas,
  store: Store,
  /** The legend card, which covers the stage's left side. */
  legendCard: HTMLElement,
  /** A strip over the stage's top when shown (the summary of a large graph). */
  rightCard?: HTMLElement,
): Viewport {
  const listeners = new Listeners();
  const cy = (): Core => canvas.core();
  const zoomBox = el('div', { className: 'ex-zoom' });

  /**
   * The part of the stage the legend card, the zoom buttons and the summary strip do not
   * cover, inside PAD.
   */
  function region(): { left: number; top: number; width: number; height: number } {
    const c = cy();
    const card = legendCard.offsetWidth;
    // Keep clear of the legend card and the zoom buttons only when the canvas can afford it.
    const roomy = c.width() > 2.5 * card;
    const left = roomy ? card + 24 : 0;
    const right = roomy ? zoomBox.offsetWidth : 0;
    // The summary is a strip along the top (summary-card.ts): the graph goes under it.
    const top = rightCard && !rightCard.hidden ? rightCard.offsetTop + rightCard.offsetHeight : 0;
    return {
      left: left + PAD,
      top: top + PAD,
      width: Math.max(c.width() - left - right - PAD * 2, 100),
      height: Math.max(c.height() - top - PAD * 2, 100),
    };
  }

  /** The layout running in the worker, if any: fits wait for it. */
  let pending: Promise<void> | undefined;
  /** The last fit asked for while it runs, done (without animation) once its positions come. */
  let queued: (() => void) | undefined;

  function fit(eles: Collection, animate = false, maxZoom = 1.3): void {
    const waited = pending;
    if (waited) {
      queued = () => fitNow(eles, false, maxZoom);
      void waited.then(() => fit(eles, animate, maxZoom));
    } else fitNow(eles, animate, maxZoom);
  }

  function fitNow(eles: Collection, animate: boolean, maxZoom = 1.3): void {
    const c = cy();
    if (eles.empty()) return;
    // The newest view wins: an animation still under way was aimed at the graph as it was
    // (before a layout moved it), and would otherwise finish after this fit and undo it.
    c.stop(true, false);
    // Graphs laid out in the worker: the nodes' box (fitBoxOf), since a bounding box of all
    // measures every edge curve at once (most of a second at 5,000 elements).
    const nodes = eles.nodes();
    const box =
      nodes.length > WORKER_ABOVE ? fitBoxOf(nodes) : eles.boundingBox({ includeLabels: true });
    const { left, top, width, height } = region();
    const zoom = Math.min(maxZoom, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
    const pan = {
      x: left + width / 2 - zoom * (box.x1 + box.w / 2),
      y: top + height / 2 - zoom * (box.y1 + box.h / 2),
    };
    if (animate) c.animate({ zoom, pan }, { duration: 250 });
    // The same view again (a fit done before a worker layout's result was drawn, asked again
    // once it is): setting it would redraw the whole graph (most of a second at 5,000 elements).
    else if (!sameView(c, zoom, pan)) c.viewport({ zoom, pan });
  }

  function run(opts: RunOptions): void {
    // A fit or centring under way was aimed at the positions this layout replaces.
    cy().stop(true, false);
    const { width, height } = region();
    queued = undefined;
    const running = canvas.layout(store.state.recipe.layout, {
      ...opts,
      aspect: width / height,
      // A fit asked for meanwhile is done before the result is drawn, so that it is drawn once.
      onPlaced: () => queued?.(),
    });
    pending = running?.finally(() => {
      if (pending === tracked) pending = undefined;
    });
    const tracked = pending;
  }

  const zoomBy = (factor: number) => {
    const c = cy();
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };
  const button = (text: string, label: string, title: string, click: () => void, action = '') => {
    const b = el('button', {
      type: 'button',
      className: 'ex-zoom-button',
      textContent: text,
      title,
      attrs: { 'aria-label': label },
      ...(action ? { dataset: { action } } : {}),
    });
    listeners.on(b, 'click', click);
    zoomBox.append(b);
  };
  button('+', 'Zoom in', 'Zoom in', () => zoomBy(1.3));
  button('−', 'Zoom out', 'Zoom out', () => zoomBy(1 / 1.3));
  button(
    '⤢',
    'Fit',
    'Fit the graph to the window',
    // At once, even while a layout runs: the user asked for this view.
    () => fitNow(cy().elements(':visible'), true),
    'fit',
  );

  return {
    zoomBox,
    run,
    fit,
    fitVisible: (animate = false) => fit(cy().elements(':visible'), animate),
    settled: () => pending ?? Promise.resolve(),
    layoutAll(doFit = true) {
      const { focus, layout } = store.state.recipe;
      // Only the hierarchy has roots; looking for the events among 33,333 nodes took 0.1 s.
      const roots =
        layout !== 'breadthfirst'
          ? undefined
          : focus
            ? [focus]
            : cy()
                .nodes('[label = "Event"]:visible')
                .map((n) => n.id());
      // Selected once for both: a `:visible` over 100,000 elements takes 60–140 ms.
      const visible = cy().elements(':visible');
      run({ fit: false, randomize: true, roots, visible });
      if (doFit) fit(visible);
    },
    centreOn(id) {
      if (!id) return;
      const c = cy();
      const node = c.getElementById(id);
      if (node.empty()) return;
      c.stop(true, false);
      c.animate({ zoom: Math.max(c.zoom(), 0.9), center: { eles: node } }, { duration: 300 });
    },
    teardown: () => listeners.dispose(),
  };
}
