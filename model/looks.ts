/**
 * How each label looks wherever a graph is drawn: one colour, border, shape, base size and
 * legend word per model label, and one look for every other label. The canvas, its legend and
 * the exports drawn without the canvas's own colours (GEXF, HTML) all take them from here, so a
 * Person is the same blue on screen and in Gephi. Colours and shapes were chosen so that labels
 * stay apart in colour-blind simulation and in print (the shape differs too). Not a stylesheet
 * (client/src/explorer/canvas-style.ts builds that) and not the community colours of metrics.
 */
import type { NodeLabel } from './graph-document';

export interface LabelLook {
  /** Fill, as `#rrggbb`. */
  color: string;
  /** Darker shade for borders and selected text. */
  border: string;
  /** A Cytoscape node shape. */
  shape: string;
  /** Base node diameter before sizing by a metric. */
  size: number;
  /** One word for the legend. */
  plural: string;
}

export const LABEL_LOOKS: Readonly<Record<NodeLabel, LabelLook>> = {
  Person: { color: '#4c8eda', border: '#2b62a8', shape: 'ellipse', size: 22, plural: 'People' },
  Organization: {
    color: '#8e6bd8',
    border: '#5f43a6',
    shape: 'round-rectangle',
    size: 22,
    plural: 'Organizations',
  },
  Event: {
    color: '#f29d38',
    border: '#b86a12',
    shape: 'round-diamond',
    size: 40,
    plural: 'Events',
  },
  Claim: { color: '#35a88f', border: '#1f7461', shape: 'round-tag', size: 22, plural: 'Claims' },
  Assertion: {
    color: '#e0566b',
    border: '#a8283d',
    shape: 'star',
    size: 30,
    plural: 'Assertions',
  },
  Article: {
    color: '#8a94a6',
    border: '#5a6478',
    shape: 'rectangle',
    size: 24,
    plural: 'Articles',
  },
  Place: {
    color: '#58b368',
    border: '#2f7f3e',
    shape: 'round-triangle',
    size: 28,
    plural: 'Places',
  },
  Topic: {
    color: '#d4b028',
    border: '#937811',
    shape: 'round-hexagon',
    size: 26,
    plural: 'Topics',
  },
};

/** The look of any label outside the model (SavedQuery, a user's own labels, none). */
export const OTHER_LOOK: LabelLook = {
  color: '#a3abb9',
  border: '#6b7385',
  shape: 'ellipse',
  size: 24,
  plural: 'Other',
};

/** True for the labels that have a look of their own. */
export function hasOwnLook(label: unknown): label is NodeLabel {
  return typeof label === 'string' && Object.hasOwn(LABEL_LOOKS, label);
}

/** The look of a label; OTHER_LOOK for anything else (including a non-string). */
export function lookOf(label: unknown): LabelLook {
  return hasOwnLook(label) ? LABEL_LOOKS[label] : OTHER_LOOK;
}
