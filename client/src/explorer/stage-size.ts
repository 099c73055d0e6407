/**
 * Follows the size of the explorer's stage (the Cypher dock opening, the details panel folding,
 * the window resized): tells Cytoscape to measure its container again, folds the legend on a
 * narrow canvas, and re-fits the graph when the width or height changed by more than a fifth,
 * so a graph laid out for a wide canvas does not run off a narrow one. One ResizeObserver,
 * removed by the returned teardown. Not here: the layouts themselves (viewport.ts).
 */
import type { Canvas } from './canvas';
import type { Legend } from './legend';
import type { Viewport } from './viewport';

/** Below this canvas width the legend folds to its title. */
const NARROW = 720;

export function followStageSize(
  stage: HTMLElement,
  parts: { canvas: Canvas; legend: Legend; viewport: Viewport },
): () => void {
  const { canvas, legend, viewport } = parts;
  // The size the graph was last fitted for; none until the stage is on the page. The observer
  // reports once as soon as it observes: that first size is the one the first view is laid out
  // and fitted for (replay.ts), so it is taken as it is, not answered with a second, animated
  // fit that would move the graph under the user's first click.
  let last: { width: number; height: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    const width = stage.clientWidth;
    const height = stage.clientHeight;
    if (!width || !height) return;
    legend.setNarrow(width < NARROW);
    const cy = canvas.core();
    cy.resize();
    const changed =
      last !== null &&
      (Math.abs(width - last.width) > last.width / 5 ||
        Math.abs(height - last.height) > last.height / 5);
    last = { width, height };
    if (changed && cy.nodes(':visible').nonempty()) viewport.fitVisible(true);
  };
  const observer = new ResizeObserver(() => {
    clearTimeout(timer);
    if (last === null) settle();
    else timer = setTimeout(settle, 120);
  });
  observer.observe(stage);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
