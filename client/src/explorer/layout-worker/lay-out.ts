/**
 * The layout worker's computation, apart from its messages: builds a headless Cytoscape core
 * from a request's typed arrays (each node a box of the size the canvas measured) and runs the
 * same layout with the same options the canvas runs on small graphs (layouts.ts, fcose packing
 * components through cytoscape-layout-utilities), so a large graph looks like a small one, only
 * off the page's main thread. Nodes without relationships are tiled under the graph rather than
 * handed to fcose's draft quality (isolated.ts says why). Returns the positions in request
 * order. Above `FORCE_ATLAS_ABOVE` connected nodes the force layout is ForceAtlas2 on typed
 * arrays instead (force-atlas.ts), since fcose there needs minutes and more memory than a
 * worker that shares the page's process can have; its intermediate positions go to `partial`.
 * Plain code with no worker globals, so that it runs in Node (tests, bench). Not here:
 * posting messages (worker.ts), reading the canvas or applying the result (client.ts).
 */
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import { DRAFT_ABOVE, layoutOptions } from '../layouts';
import { spreadPositions } from '../label-spacing';
import { extent, forceAtlasLayout, type ForceAtlasChunk } from './force-atlas';
import { TILE_GAP, tileBelow } from './isolated';
import { BOX_STRIDE, type LayoutPhase, type LayoutRequest, type LayoutStep } from './protocol';

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

/** What lay-out.ts tells as it goes: the phase, and ForceAtlas2's positions so far. */
export interface LayoutNotes {
  phase?: (name: LayoutPhase, step?: LayoutStep) => void;
  /** Positions of every node in request order, as a Cancel would keep them. */
  partial?: (positions: Float64Array) => void;
}

export function layOut(request: LayoutRequest, notes: LayoutNotes = {}): Float64Array {
  const phase = notes.phase ?? (() => {});
  if (request.name === 'fcose') {
    const connected = connectedNodes(request);
    if (request.settings.forceAtlas ?? usesForceAtlas(request.name, connected.length))
      return layOutForceAtlas(request, connected, notes);
  }
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
  // A draft always starts afresh (layouts.ts), so its unconnected nodes are tiled apart.
  const isolated = draft ? cy.nodes().filter((n) => n.degree(false) === 0) : null;
  if (isolated?.nonempty()) eles = eles.not(isolated);
  if (request.name === 'fcose')
    cy.layoutUtilities({ desiredAspectRatio: settings.aspect, componentSpacing: 30 });
  phase('layout');
  if (eles.nonempty()) {
    const options = layoutOptions(request.name, eles, {
      fit: false,
      randomize: settings.randomize,
      roots: settings.roots,
    });
    // The boxes already hold the labels the canvas measured.
    eles.layout({ ...options, nodeDimensionsIncludeLabels: false } as LayoutOptions).run();
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
  // Names kept apart here, as label-spacing.ts does after a layout on the page (small graphs).
  if (settings.includeLabels) spreadPositions(request.boxes, out, request.locked);
  return out;
}

/**
 * Above this many connected nodes (nodes with a relationship) the force layout is ForceAtlas2
 * (force-atlas.ts) rather than fcose. Measured in Node on the benchmark graphs
 * (docs/large-graphs.md): at 5,883 connected nodes (20k elements) fcose took 12 s and 360 MB,
 * so it keeps mid-sized graphs and their familiar picture; at 29,547 (100k elements) fcose
 * in the worker ended the page, while ForceAtlas2 took 133 s and 344 MB.
 */
export const FORCE_ATLAS_ABOVE = 10_000;

/** Whether a layout of `connected` connected nodes runs ForceAtlas2 rather than fcose. */
export function usesForceAtlas(name: LayoutRequest['name'], connected: number): boolean {
  return name === 'fcose' && connected > FORCE_ATLAS_ABOVE;
}

/** Indexes of the request's nodes that have at least one relationship to another node. */
function connectedNodes(request: LayoutRequest): Uint32Array {
  const linked = new Uint8Array(request.ids.length);
  const { edges } = request;
  for (let e = 0; e < edges.length; e += 2)
    if (edges[e] !== edges[e + 1]) linked[edges[e]!] = linked[edges[e + 1]!] = 1;
  const out: number[] = [];
  for (let i = 0; i < linked.length; i++) if (linked[i]) out.push(i);
  return Uint32Array.from(out);
}

/** A deterministic start: the connected nodes strewn over a square of their total area. */
function seed(count: number, spacing: number): Float64Array {
  // An LCG in 32-bit integer arithmetic (in floating point the product loses its low bits
  // and the sequence falls into a short cycle, putting many nodes on the same spots).
  let state = 1988;
  const rand = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 2 ** 31;
  const side = Math.sqrt(count) * spacing;
  const out = new Float64Array(count * 2);
  for (let i = 0; i < out.length; i++) out[i] = (rand() - 0.5) * side;
  return out;
}

function layOutForceAtlas(
  request: LayoutRequest,
  connected: Uint32Array,
  notes: LayoutNotes,
): Float64Array {
  const phase = notes.phase ?? (() => {});
  phase('building');
  const { ids, boxes, edges, locked } = request;
  const count = ids.length;
  const local = new Int32Array(count).fill(-1);
  connected.forEach((node, i) => (local[node] = i));
  const pairs = new Uint32Array(edges.length);
  let kept = 0;
  for (let e = 0; e < edges.length; e += 2) {
    if (edges[e] === edges[e + 1]) continue;
    pairs[kept++] = local[edges[e]!]!;
    pairs[kept++] = local[edges[e + 1]!]!;
  }
  const widths = Array.from(connected, (node) => boxes[node * BOX_STRIDE]!).sort((a, b) => a - b);
  const box = widths[widths.length >> 1] ?? 30;
  const dense = edges.length / 2 > 2 * count;
  // fcose's idealEdgeLength (layouts.ts) is measured between the nodes' borders.
  const edgeLength = (dense ? 110 : 30) + box;
  const fixed = Uint8Array.from(connected, (node) => locked[node]!);
  // A new layout starts from a seed; a layout of a graph already placed goes on from there.
  const fresh = request.settings.randomize || samePlace(request.positions);
  const start = seed(connected.length, edgeLength);
  connected.forEach((node, i) => {
    if (fixed[i] || !fresh)
      start.set([request.positions[2 * node]!, request.positions[2 * node + 1]!], 2 * i);
  });
  const isolated: number[] = [];
  for (let i = 0; i < count; i++) if (local[i] === -1) isolated.push(i);
  const sizes = new Float64Array(isolated.length * 2);
  isolated.forEach((node, i) => {
    sizes[2 * i] = boxes[node * BOX_STRIDE]!;
    sizes[2 * i + 1] = boxes[node * BOX_STRIDE + 1]!;
  });
  const whole = (placed: Float64Array) => {
    const out = new Float64Array(count * 2);
    connected.forEach((node, i) => {
      out[2 * node] = placed[2 * i]! - boxes[node * BOX_STRIDE + 2]!;
      out[2 * node + 1] = placed[2 * i + 1]! - boxes[node * BOX_STRIDE + 3]!;
    });
    const tiled = tileBelow(extent(placed), sizes);
    isolated.forEach((node, i) => {
      const keep = locked[node] === 1 || !fresh;
      out[2 * node] = keep ? request.positions[2 * node]! : tiled[2 * i]!;
      out[2 * node + 1] = keep ? request.positions[2 * node + 1]! : tiled[2 * i + 1]!;
    });
    return out;
  };
  phase('layout-force-atlas', { done: 0, of: 0 });
  const placed = forceAtlasLayout(
    {
      count: connected.length,
      edges: pairs.subarray(0, kept),
      start,
      fixed,
      edgeLength,
      // As much room as isolated.ts gives a tiled node.
      cell: box + TILE_GAP,
    },
    (chunk: ForceAtlasChunk) => {
      phase('layout-force-atlas', { done: chunk.iterations, of: chunk.cap });
      notes.partial?.(whole(chunk.positions));
    },
  );
  phase('isolated');
  return whole(placed);
}

/** True when every position is the same spot (nodes never laid out). */
function samePlace(positions: Float64Array): boolean {
  for (let i = 2; i < positions.length; i += 2)
    if (positions[i] !== positions[0] || positions[i + 1] !== positions[1]) return false;
  return true;
}
