/**
 * The canvas renderer's drawing order of all elements, computed a slice a task instead of in
 * one sort. Cytoscape sorts every element with a comparator that reads three style values of
 * both sides on each comparison (`zIndexSort`, cytoscape 3.35: compound depth, nodes above
 * edges unless `z-index-compare: manual`, `z-index`, then the order of addition): 70 ms at
 * 20,000 elements on this machine, several hundred at 100,000, in the first frame that draws
 * after elements were added. The order is total, so any way of reaching it gives the same
 * list: here each element's three values are read a slice at a time and the elements, taken
 * in the order of addition, are put in one bucket per distinct triple (a handful), which are
 * then joined in the triples' order. The result is stored where the renderer keeps its own
 * (`cachedZSortedEles`, with its `interactive` list and drag split), so its next frame does not
 * sort. Not here: the drawing (draw-in-slices.ts).
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { indexesInSlices, type Slices } from './slices';

type Sorted = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

interface ZRenderer {
  cachedZSortedEles?: Sorted | null;
  getCachedZSortedEles?: () => Sorted;
  updateCachedGrabbedEles?: () => void;
}

/** An element's computed style value (Cytoscape's `pstyle`, not in its typings). */
const styleOf = (ele: SingularElementArgument, name: string): unknown =>
  (ele as unknown as { pstyle(name: string): { value: unknown } }).pstyle(name).value;

/** The three values `zIndexSort` compares, in its order (zsort.mjs). */
function zKey(ele: SingularElementArgument, compound: boolean): [number, number, number] {
  const depth = styleOf(ele, 'z-compound-depth');
  const d =
    depth === 'auto'
      ? compound
        ? (ele as unknown as { zDepth(): number }).zDepth()
        : 0
      : depth === 'bottom'
        ? -1
        : depth === 'top'
          ? Number.MAX_SAFE_INTEGER
          : 0;
  const kind = styleOf(ele, 'z-index-compare') === 'auto' && ele.isNode() ? 1 : 0;
  return [d, kind, Number(styleOf(ele, 'z-index'))];
}

/**
 * Computes the renderer's z-order of `cy`'s elements in slices and stores it for the renderer;
 * `done` resolves false (and nothing is stored) when the renderer is not the one this was
 * written against.
 */
export function zOrderInSlices(cy: Core): Slices {
  const r = (cy as unknown as { renderer(): ZRenderer | null }).renderer();
  if (!r || typeof r.getCachedZSortedEles !== 'function' || !r.updateCachedGrabbedEles)
    return { done: Promise.resolve(false), stop: () => undefined };
  const all = (cy as unknown as { mutableElements(): SingularElementArgument[] }).mutableElements();
  const compound = (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
  const buckets = new Map<
    string,
    { key: number[]; eles: SingularElementArgument[]; interactive: SingularElementArgument[] }
  >();
  const slices = indexesInSlices(all.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const ele = all[i]!;
      const key = zKey(ele, compound);
      const name = key.join(' ');
      let bucket = buckets.get(name);
      if (!bucket) buckets.set(name, (bucket = { key, eles: [], interactive: [] }));
      bucket.eles.push(ele);
      if ((ele as unknown as { interactive(): boolean }).interactive())
        bucket.interactive.push(ele);
    }
  });
  const done = slices.done.then((finished) => {
    if (!finished) return false;
    const order = [...buckets.values()].sort(
      (a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!,
    );
    const sorted: Sorted = order.flatMap((b) => b.eles);
    sorted.interactive = order.flatMap((b) => b.interactive);
    r.cachedZSortedEles = sorted;
    r.updateCachedGrabbedEles!();
    return true;
  });
  return { done, stop: () => slices.stop() };
}
