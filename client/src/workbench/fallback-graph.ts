/**
 * A plain Cytoscape drawing of workbench results, used only until the explorer canvas wires
 * its own `showElements` hook into `mountWorkbench`: replace or add elements, lay them out,
 * colour nodes by label. Labels are Cytoscape text, never HTML. Returns a teardown.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { GraphElements } from './api';

const COLORS: Record<string, string> = {
  Person: '#2f6fde',
  Organization: '#8e44ad',
  Event: '#e67e22',
  Claim: '#16a085',
  Assertion: '#c0392b',
  Article: '#7f8c8d',
  Place: '#27ae60',
  Topic: '#d4ac0d',
};

export interface FallbackGraph {
  show(elements: GraphElements, mode: 'replace' | 'add'): void;
  /** The Cytoscape instance (created on first use), e.g. for the export menu. */
  core(): Core;
  teardown(): void;
}

export function createFallbackGraph(container: HTMLElement): FallbackGraph {
  const host = document.createElement('div');
  host.className = 'wb-fallback-graph';
  host.dataset.testid = 'workbench-graph';
  container.append(host);
  let cy: Core | undefined;

  const ensure = () =>
    (cy ??= cytoscape({
      container: host,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(name)',
            'background-color': (node) => COLORS[node.data('label') as string] ?? '#95a5a6',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            width: 18,
            height: 18,
          },
        },
        {
          selector: 'edge',
          style: {
            label: 'data(type)',
            'font-size': 8,
            color: '#5d6678',
            width: 1.5,
            'line-color': '#b8c0cc',
            'target-arrow-color': '#b8c0cc',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
      ],
    }));

  return {
    show(elements, mode) {
      const graph = ensure();
      if (mode === 'replace') graph.elements().remove();
      const fresh = {
        nodes: elements.nodes.filter((n) => graph.getElementById(n.data.id).empty()),
        edges: elements.edges.filter((e) => graph.getElementById(e.data.id).empty()),
      };
      graph.add([
        ...fresh.nodes.map((n) => ({ group: 'nodes' as const, data: n.data })),
        ...fresh.edges.map((e) => ({ group: 'edges' as const, data: e.data })),
      ]);
      graph.layout({ name: 'cose', animate: false, fit: true, padding: 30 }).run();
      host.dataset.nodes = String(graph.nodes().length);
      host.dataset.edges = String(graph.edges().length);
    },
    core: ensure,
    teardown() {
      cy?.destroy();
      host.remove();
    },
  };
}
