/**
 * The layout worker's computation, apart from its messages: builds a headless Cytoscape core
 * from a request's typed arrays (each node a box of the size the canvas measured) and runs the
 * same layout with the same options the canvas runs on small graphs (layouts.ts, fcose packing
 * components through cytoscape-layout-utilities), so a large graph looks like a small one, only
 * off the page's main thread. Nodes without relationships are tiled under the graph rather than
 * handed to fcose's draft quality (isolated.ts says why). Returns the positions in request
 * order. Plain code with no worker globals, so that it runs in Node (tests, bench). Not here:
 * posting messages (worker.ts), reading the canvas or applying the result (client.ts).
 */
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import { DRAFT_ABOVE, layoutOptions } from '../layouts';
import { tileBelow } from './isolated';
import { BOX_STRIDE, type LayoutPhase, type LayoutRequest } from './protocol';

/**
 * Above this many connected nodes fcose does not pack components: at 100,000 elements
 * (about 29,000 connected nodes) layout-utilities' polyomino grid ran out of a 3 GB heap in
 * Node, and a worker's out-of-memory ends the page in Chromium. Unpacked, fcose's draft lays
 * the whole graph out as one (components joined through a dummy node): 130 s and 1.4 GB there.
 */
export const PACK_MAX = 10_000;

cytoscape.use(fcose);
cytoscape.use(layoutUtilities);

function elementsOf(request: LayoutRequest): ElementDefinition[] {
  const { ids, boxes, positions, locked, edges } = request;
  const nodes: ElementDefinition[] = ids.map((id, i) => ({
    group: 'nodes',
    data: { id, w: boxes[i * BOX_STRIDE], h: boxes[i * BOX_STRIDE + 1] },
    position: {
      x: positions[2 * i]! + boxes[i * BOX_STRIDE + 2]!,
      y: positions[2 * i + 1]! + boxes[i * BOX_STRIDE + 3]!,
    },
    locked: locked[i] === 1,
  }));
  const links: ElementDefinition[] = [];
  for (let e = 0; e < edges.length; e += 2)
    links.push({
      group: 'edges',
      data: { id: `e${e / 2}`, source: ids[edges[e]!]!, target: ids[edges[e + 1]!]! },
    });
  return [...nodes, ...links];
}

export function layOut(
  request: LayoutRequest,
  phase: (name: LayoutPhase) => void = () => {},
): Float64Array {
  phase('building');
  const { settings } = request;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elementsOf(request),
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } },
    ],
  });
  let eles = cy.elements();
  const draft = request.name === 'fcose' && cy.nodes().length > DRAFT_ABOVE;
  const isolated =
    draft && settings.randomize ? cy.nodes().filter((n) => n.degree(false) === 0) : null;
  if (isolated?.nonempty()) eles = eles.not(isolated);
  if (request.name === 'fcose')
    cy.layoutUtilities({ desiredAspectRatio: settings.aspect, componentSpacing: 30 });
  const pack = eles.nodes().length <= PACK_MAX;
  phase(pack ? 'layout' : 'layout-unpacked');
  if (eles.nonempty()) {
    const options = layoutOptions(request.name, eles, {
      fit: false,
      randomize: settings.randomize,
      roots: settings.roots,
    });
    // The boxes already hold the labels the canvas measured.
    eles
      .layout({
        ...options,
        nodeDimensionsIncludeLabels: false,
        ...(pack ? {} : { packComponents: false }),
      } as LayoutOptions)
      .run();
  }
  if (isolated?.nonempty()) {
    phase('isolated');
    const sizes = new Float64Array(isolated.length * 2);
    isolated.forEach((n, i) => {
      sizes[2 * i] = n.width();
      sizes[2 * i + 1] = n.height();
    });
    const box = eles.nonempty() ? eles.nodes().boundingBox({}) : null;
    const tiled = tileBelow(box, sizes);
    isolated.forEach((n, i) => {
      if (!n.locked()) n.position({ x: tiled[2 * i]!, y: tiled[2 * i + 1]! });
    });
  }
  const out = new Float64Array(request.ids.length * 2);
  request.ids.forEach((id, i) => {
    const { x, y } = cy.getElementById(id).position();
    out[2 * i] = x - request.boxes[i * BOX_STRIDE + 2]!;
    out[2 * i + 1] = y - request.boxes[i * BOX_STRIDE + 3]!;
  });
  cy.destroy();
  return out;
}
