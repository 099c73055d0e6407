/**
 * What the export menu needs from the canvas that hosts it, as one small interface, plus a
 * ready implementation over any Cytoscape core (`cyExportContext`) and the helpers every
 * implementation shares: the legend as drawn (label → colour and shape, read from the
 * rendered style, so it always matches the picture) and the canvas layout the server's GEXF,
 * HTML and JSON writers accept. Not a canvas: nothing here draws or lays out the main graph.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { UNLABELLED } from '../../../model/labels';
import type { ImportedElements } from './json-import';

export interface LegendEntry {
  /** The model label (Person, Event, …), shown as text. */
  label: string;
  /** CSS colour of the nodes with that label, as rendered. */
  color: string;
  /** Cytoscape node shape (ellipse, round-rectangle, …). */
  shape: string;
}

/** The query (and its parameters) behind what the canvas shows, when there is one. */
export interface QuerySource {
  query: string;
  params: Record<string, unknown>;
  /** Saved query title, when the result came from one. */
  title?: string;
}

/** Canvas positions and colours by node id: the `layout` of `POST /api/export`. */
export type ExportLayout = Record<string, { x: number; y: number; color: string; size: number }>;

export interface ExportContext {
  /** The Cytoscape core of the canvas (for PNG, SVG, positions and colours). */
  cy(): Core;
  /** Ids of the selected nodes. */
  selectionIds(): string[];
  /** Ids of every node visible on the canvas. */
  visibleIds(): string[];
  /** Ids of the relationships drawn among `nodeIds` (so an export holds what is drawn). */
  edgeIdsAmong?(nodeIds: string[]): string[];
  /** The last Cypher or saved-query result drawn on the canvas, or null. */
  lastQuery(): QuerySource | null;
  /** Draws imported elements (positions kept when the file has them). */
  importElements(elements: ImportedElements, mode: 'replace' | 'add'): void;
  /** One entry per node label on the canvas, as drawn. */
  legend(): LegendEntry[];
}

function nodeLabel(node: NodeSingular): string {
  const label = node.data('label') as unknown;
  return typeof label === 'string' && label ? label : UNLABELLED;
}

/** The legend of the visible nodes, in order of first appearance, colours as rendered. */
export function legendFromCy(cy: Core): LegendEntry[] {
  const seen = new Map<string, LegendEntry>();
  cy.nodes(':visible').forEach((node) => {
    const label = nodeLabel(node);
    if (seen.has(label)) return;
    seen.set(label, {
      label,
      color: String(node.style('background-color')),
      shape: String(node.style('shape')),
    });
  });
  return [...seen.values()];
}

/** Positions, rendered colours and sizes of the given nodes (default: the visible ones). */
export function layoutFromCy(cy: Core, ids?: string[]): ExportLayout {
  const layout: ExportLayout = {};
  const nodes = ids ? cy.nodes().filter((n) => ids.includes(n.id())) : cy.nodes(':visible');
  nodes.forEach((node) => {
    const { x, y } = node.position();
    layout[node.id()] = {
      x,
      y,
      color: String(node.style('background-color')),
      size: node.width(),
    };
  });
  return layout;
}

/**
 * Adds imported elements to a core: replace empties it first; nodes already on the canvas are
 * kept as they are. Positions from the file are used when every new node has one, else the
 * new elements are laid out.
 */
export function addImported(cy: Core, elements: ImportedElements, mode: 'replace' | 'add'): void {
  if (mode === 'replace') cy.elements().remove();
  const nodes = elements.nodes.filter((n) => cy.getElementById(n.data.id).empty());
  const edges = elements.edges.filter((e) => cy.getElementById(e.data.id).empty());
  const added = cy.add([
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: n.data,
      ...(n.position ? { position: { ...n.position } } : {}),
    })),
    ...edges.map((e) => ({ group: 'edges' as const, data: e.data })),
  ]);
  const placed = nodes.every((n) => n.position);
  if (!placed && added.nonempty()) {
    (mode === 'replace' ? cy.elements() : added)
      .layout({ name: 'cose', animate: false, fit: false, padding: 30 })
      .run();
  }
  cy.fit(undefined, 30);
}

/**
 * An ExportContext over a Cytoscape core: selection and visibility from Cytoscape itself;
 * `lastQuery` and `importElements` from the host when it has better ones.
 */
export function cyExportContext(
  core: () => Core,
  host: {
    lastQuery?: () => QuerySource | null;
    importElements?: (elements: ImportedElements, mode: 'replace' | 'add') => void;
  } = {},
): ExportContext {
  return {
    cy: core,
    selectionIds: () =>
      core()
        .nodes(':selected')
        .map((n) => n.id()),
    visibleIds: () =>
      core()
        .nodes(':visible')
        .map((n) => n.id()),
    lastQuery: host.lastQuery ?? (() => null),
    importElements:
      host.importElements ?? ((elements, mode) => addImported(core(), elements, mode)),
    legend: () => legendFromCy(core()),
  };
}
