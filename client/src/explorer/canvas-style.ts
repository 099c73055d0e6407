/**
 * The Cytoscape stylesheet of the explorer canvas: per-label colour and shape (model/looks.ts),
 * size and community colour from per-node scratch values the metrics set, labels under nodes
 * on a light halo so they stay readable over edges, edge labels only on hover or selection,
 * and classes for filters, path highlighting, pinning and "N more" nodes. Labels are hidden
 * below a readable on-screen size (min-zoomed-font-size), which also keeps large graphs fast.
 */
import type { NodeSingular, EdgeSingular, StylesheetJson } from 'cytoscape';
import { LABEL_LOOKS, OTHER_LOOK, lookOf } from '../../../model/looks';
import { verbOf } from '../../../model/verbs';

export interface NodeLook {
  size?: number;
  color?: string;
}

/** Per-node values the metrics write and the stylesheet reads. */
export function nodeLook(node: NodeSingular): NodeLook {
  return (node.scratch('_kg') as NodeLook | undefined) ?? {};
}

/** What the relationship is, without its role: "spoke at". */
const edgeVerb = (edge: EdgeSingular): string => verbOf(String(edge.data('type') ?? ''));

function edgeLabel(edge: EdgeSingular): string {
  const type = String(edge.data('type') ?? '');
  const role = edge.data('role') as unknown;
  const weight = edge.data('weight') as unknown;
  if (type === 'SPOKE_ALONGSIDE') return `${String(weight)} shared event${weight === 1 ? '' : 's'}`;
  const verb = edgeVerb(edge);
  return typeof role === 'string' && role && role !== verb ? `${verb} (${role})` : verb;
}

const nodeSize = (node: NodeSingular) => nodeLook(node).size ?? lookOf(node.data('label')).size;

export function explorerStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: nodeSize,
        height: nodeSize,
        // Shape and border by label through selectors (below), not functions: Cytoscape keeps
        // two objects per element for each function-valued property, and makes them again on
        // every restyle (about 8 MB for the two at 100,000 elements).
        shape: OTHER_LOOK.shape as never,
        'background-color': (node: NodeSingular) =>
          nodeLook(node).color ?? lookOf(node.data('label')).color,
        'border-width': 1.5,
        'border-color': OTHER_LOOK.border,
        label: 'data(name)',
        'font-size': 12,
        'font-weight': 500,
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '84px',
        'text-overflow-wrap': 'whitespace',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.82,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 6,
      },
    },
    ...Object.entries(LABEL_LOOKS).map(([label, look]) => ({
      selector: `node[label = "${label}"]`,
      style: { shape: look.shape as never, 'border-color': look.border },
    })),
    {
      selector: 'node[label = "Claim"], node[label = "Assertion"], node[label = "Article"]',
      style: { 'text-wrap': 'ellipsis', 'text-max-width': '100px', 'font-size': 11 },
    },
    {
      selector: 'node[label = "Event"]',
      style: { 'font-weight': 600, 'text-max-width': '120px' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': '#c3cad6',
        'target-arrow-color': '#c3cad6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-size': 9,
        color: '#3d4657',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge[type = "SPOKE_ALONGSIDE"]',
      style: {
        width: 'mapData(weight, 1, 5, 1.5, 9)',
        'line-color': '#8fb3e6',
        'target-arrow-shape': 'none',
        opacity: 0.85,
      },
    },
    {
      selector: 'edge.hover, edge:selected, edge.labelled',
      style: { label: edgeLabel, 'line-color': '#7d8799', 'target-arrow-color': '#7d8799' },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': '#1d2330',
        'font-weight': 700,
        'z-index': 20,
      },
    },
    { selector: 'node.hover', style: { 'border-width': 3, 'z-index': 15 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    {
      selector: 'node.path',
      style: { 'border-width': 5, 'border-color': '#e8590c', 'z-index': 30, opacity: 1 },
    },
    {
      selector: 'edge.path',
      style: {
        width: 4,
        'line-color': '#e8590c',
        'target-arrow-color': '#e8590c',
        label: edgeLabel,
        'z-index': 30,
        opacity: 1,
        // A halo instead of a box: an opaque box as long as a short edge hides the edge.
        'text-background-opacity': 0,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'text-outline-opacity': 1,
        'font-size': 10,
        'font-weight': 600,
        color: '#8a3200',
        // A long role ("affiliated with (representative of the opposition …)") would outrun
        // its edge; the path's words in the panel give it whole.
        'text-wrap': 'ellipsis',
        'text-max-width': '190px',
      },
    },
    // A path edge whose label would lie over a name or outrun its line (path-labels.ts): the
    // verb alone, else the line alone.
    { selector: 'edge.path.path-label-short', style: { label: edgeVerb } },
    { selector: 'edge.path.path-label-off', style: { label: '' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5 } },
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        width: 'label',
        height: 18,
        padding: '4px',
        'background-color': '#ffffff',
        'border-style': 'dashed',
        'border-color': '#8a94a6',
        'border-width': 1,
        label: 'data(name)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 10,
        color: '#2f6fde',
        'text-background-opacity': 0,
      },
    },
    { selector: 'edge.more', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: '.filtered, .user-hidden, .out-of-range', style: { display: 'none' } },
  ] as StylesheetJson;
}
