/**
 * Bench page: a bare Cytoscape canvas with the explorer's label looks (model/looks.ts) and the Export menu
 * mounted over it, so the image-export bench does not depend on the rest of the app.
 */
import cytoscape from 'cytoscape';
import { mountExportMenu } from '../../client/src/export/menu';
import { cyExportContext } from '../../client/src/export/context';
import { lookOf } from '../../model/looks';

const cy = cytoscape({
  container: document.getElementById('cy'),
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'background-color': (n) => lookOf(n.data('label')).color,
        shape: ((n: cytoscape.NodeSingular) => lookOf(n.data('label')).shape) as never,
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
