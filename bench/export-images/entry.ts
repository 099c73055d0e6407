/**
 * Bench page: a bare Cytoscape canvas with the explorer-like label styles and the Export menu
 * mounted over it, so the image-export bench does not depend on the rest of the app.
 */
import cytoscape from 'cytoscape';
import { mountExportMenu } from '../../client/src/export/menu';
import { cyExportContext } from '../../client/src/export/context';

const COLOURS: Record<string, string> = {
  Person: '#4c8eda',
  Organization: '#8e6bd8',
  Event: '#f29d38',
  Claim: '#35a88f',
  Place: '#6aa84f',
};
const SHAPES: Record<string, string> = { Event: 'round-diamond', Organization: 'round-rectangle' };

const cy = cytoscape({
  container: document.getElementById('cy'),
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'background-color': (n) => COLOURS[n.data('label') as string] ?? '#999',
        shape: ((n: cytoscape.NodeSingular) =>
          SHAPES[n.data('label') as string] ?? 'ellipse') as never,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-wrap': 'wrap',
        'text-max-width': '80px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'border-width': 1.5,
        'border-color': '#333',
        width: 24,
        height: 24,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': '#c3cad6',
        'target-arrow-color': '#c3cad6',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
      },
    },
  ],
});
mountExportMenu(
  document.getElementById('toolbar')!,
  cyExportContext(() => cy),
);
