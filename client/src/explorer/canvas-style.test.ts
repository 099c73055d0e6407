import cytoscape, { type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LABEL_LOOKS, lookOf } from '../../../model/looks';
import { explorerStyle } from './canvas-style';

describe('explorerStyle', () => {
  it("gives each node its label's shape and border, and the other look to any other label", () => {
    const labels: unknown[] = [...Object.keys(LABEL_LOOKS), 'Unknown', 7, undefined];
    const elements = labels.map((label, i) => ({ data: { id: `n${i}`, label, name: 'x' } }));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: explorerStyle(), elements });
    // The same look given by functions of the label, as the stylesheet did before.
    const byFunction = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        ...explorerStyle(),
        {
          selector: 'node',
          style: {
            shape: ((n: NodeSingular) => lookOf(n.data('label')).shape) as never,
            'border-color': (n: NodeSingular) => lookOf(n.data('label')).border,
          },
        },
      ],
      elements,
    });
    for (const node of cy.nodes()) {
      const other = byFunction.getElementById(node.id());
      expect(node.style('shape')).toBe(lookOf(node.data('label')).shape);
      expect(node.style('border-color')).toBe(other.style('border-color'));
    }
  });
});
