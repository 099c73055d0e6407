/**
 * The canvas's own colours: the palette for colouring nodes by community (metrics.ts). How
 * each label looks and how relationship types read are the model's (model/looks.ts,
 * model/verbs.ts), shared with the exports; `lookOf` and `verbOf` are re-exported here only
 * until index.ts, being split, imports them from model/ directly.
 */
export { lookOf } from '../../../model/looks';
export { verbOf } from '../../../model/verbs';

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
