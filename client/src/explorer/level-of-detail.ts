/**
 * Level of detail for very large graphs (more than `LOD_ABOVE` elements, e.g. a 100,000-element
 * Cypher result): the canvas is built with Cytoscape's viewport shortcuts (edges hidden and the
 * drawing kept as a texture while the user pans or zooms), one device pixel per CSS pixel,
 * straight "haystack" edges without arrows (far cheaper to draw than bezier curves), and
 * labels only once they are large on screen. Graphs below the threshold keep the full style.
 * Not here: the style itself (canvas-style.ts) or when the core is rebuilt (canvas.ts).
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';

/**
 * Above this many elements the canvas draws at the reduced level of detail. It was 20,000, so
 * the 20,000-element benchmark graph (strictly not above) panned in full detail at 3–4 s a frame
 * (canvas renderer, software rendering), while 5,000 elements in full detail pan at about
 * 20 ms; docs/large-graphs.md has the figures.
 */
export const LOD_ABOVE = 10_000;

/**
 * Whether `count` elements are drawn at the reduced level of detail: above `LOD_ABOVE`, or as
 * the URL switch `?detail=reduced|full` says (the benchmark measures both at one size).
 */
export function reducedDetail(count: number): boolean {
  const forced = new URLSearchParams(location.search).get('detail');
  if (forced === 'reduced' || forced === 'full') return forced === 'reduced';
  return count > LOD_ABOVE;
}

/** Core options of the reduced level of detail. */
export const lodOptions: Partial<CytoscapeOptions> = {
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  pixelRatio: 1,
};

/** Rules appended to the explorer's stylesheet at the reduced level of detail. */
export function lodStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'min-zoomed-font-size': 11, 'text-background-opacity': 0, 'border-width': 0 },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
    },
  ] as StylesheetJson;
}
