/**
 * Puts back the canvas of an undo step (undo, redo, or a large draw cancelled) and styles it
 * for the state's recipe. A step's JSON holds no sizes or colours (they are scratch), so the
 * restyle is part of putting it back. A large step (more than `ADD_IN_SLICES_ABOVE` elements)
 * is added and restyled a slice a task under the progress bar, as "Draw all" is: in one task
 * the 100,000-element canvas of before came back in seconds. Not here: which step (state.ts,
 * draw.ts) or what the passes do (render.ts, passes.ts).
 */
import { ADD_IN_SLICES_ABOVE } from './add-in-slices';
import type { Canvas } from './canvas';
import type { Step } from './history';
import type { CanvasStyle } from './render';
import type { ExplorerState } from './state';

/**
 * Resolves true once `step`'s canvas and viewport are back and styled for `recipe()` (read
 * when the restyle starts and, for a step put back in slices, again at the end, in case the
 * recipe changed meanwhile), false if another change of the canvas stopped it.
 */
export async function putBack(
  canvas: Canvas,
  style: CanvasStyle,
  step: Pick<Step, 'elements' | 'zoom' | 'pan'>,
  recipe: () => ExplorerState,
): Promise<boolean> {
  const viewport = () => canvas.core().viewport({ zoom: step.zoom, pan: step.pan });
  if (step.elements.length <= ADD_IN_SLICES_ABOVE) {
    canvas.restore(step.elements);
    viewport();
    style.refresh();
    return true;
  }
  const { outcome } = await canvas.restoreInSlices(step.elements, () =>
    style.refreshInSlices(recipe()),
  );
  if (outcome !== 'done') return false;
  viewport();
  // Nothing to do when the recipe is the one just styled for (in this task): see render.ts.
  style.refresh();
  return true;
}
