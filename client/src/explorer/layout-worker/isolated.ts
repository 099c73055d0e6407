/**
 * Places nodes without relationships in rows under the laid-out graph, as fcose's own tiling
 * does for its default quality. In its draft quality fcose leaves every isolated node a
 * component of its own, and its component packing (cytoscape-layout-utilities' polyominoes)
 * grows about with the cube of the number of components: 200 isolated nodes cost it 1.9 s,
 * 600 cost 31 s, and the 20,000-element benchmark graph (about a thousand) nearly ten minutes.
 * Pure, so that it is tested without a browser.
 */

export interface Area {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Model units between two tiled nodes, and between the graph and the first row. */
export const TILE_GAP = 20;

/**
 * Centres for boxes of `sizes` (width, height pairs) in rows under `above`, as wide as it
 * (or as a square of the boxes when that is wider), left-aligned with it.
 */
export function tileBelow(above: Area | null, sizes: Float64Array): Float64Array {
  const count = sizes.length / 2;
  const out = new Float64Array(sizes.length);
  if (!count) return out;
  let cell = 0;
  for (let i = 0; i < sizes.length; i++) cell = Math.max(cell, sizes[i]!);
  cell += TILE_GAP;
  const left = above ? above.x1 : 0;
  const top = above ? above.y2 + TILE_GAP * 2 : 0;
  const width = Math.max(above ? above.x2 - above.x1 : 0, Math.ceil(Math.sqrt(count)) * cell);
  const perRow = Math.max(1, Math.floor(width / cell));
  for (let i = 0; i < count; i++) {
    out[2 * i] = left + (i % perRow) * cell + cell / 2;
    out[2 * i + 1] = top + Math.floor(i / perRow) * cell + cell / 2;
  }
  return out;
}
