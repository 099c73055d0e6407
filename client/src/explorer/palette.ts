/**
 * How each model label looks on the canvas and in the legend: one colour and one shape per
 * label, chosen so that labels stay distinguishable in colour-blind simulation and in print
 * (shape differs too), and a palette for community colouring. Not the stylesheet itself
 * (canvas-style.ts), only the facts it and the legend share.
 */

export interface LabelLook {
  color: string;
  /** Darker shade for borders and selected text. */
  border: string;
  shape: string;
  /** Base node diameter before sizing by a metric. */
  size: number;
  /** One word for the legend. */
  plural: string;
}

export const LABEL_LOOKS: Record<string, LabelLook> = {
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

export const OTHER_LOOK: LabelLook = {
  color: '#a3abb9',
  border: '#6b7385',
  shape: 'ellipse',
  size: 24,
  plural: 'Other',
};

export const MODEL_LABELS = Object.keys(LABEL_LOOKS);

export const RELATIONSHIP_TYPES = [
  'SPOKE_AT',
  'ORGANIZED',
  'AFFILIATED_WITH',
  'HELD_IN',
  'CLAIMED',
  'MADE_AT',
  'ABOUT',
  'ASSERTS',
  'REPORTED_IN',
  'MENTIONS',
  'SPOKE_ALONGSIDE',
];

export function lookOf(label: unknown): LabelLook {
  return (typeof label === 'string' && LABEL_LOOKS[label]) || OTHER_LOOK;
}

/** Twelve well-separated colours for communities (Tableau 10 + two). */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#17becf',
  '#8c564b',
];

/** Relationship types in words, as the path API spells them. */
export const VERBS: Record<string, string> = {
  SPOKE_AT: 'spoke at',
  ORGANIZED: 'organized',
  AFFILIATED_WITH: 'affiliated with',
  HELD_IN: 'held in',
  CLAIMED: 'claimed',
  MADE_AT: 'made at',
  ABOUT: 'about',
  ASSERTS: 'asserts',
  REPORTED_IN: 'reported in',
  MENTIONS: 'mentions',
  SPOKE_ALONGSIDE: 'spoke alongside',
};

export function verbOf(type: string): string {
  return VERBS[type] ?? type.toLowerCase().replace(/_/g, ' ');
}
