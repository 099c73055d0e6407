/**
 * Node labels as the apps name them: the graph model's labels (NODE_LABELS, from the graph
 * document) plus the app's own `SavedQuery`, most specific first, and `primaryLabel`, the one
 * rule that picks the label a node is shown, coloured and keyed by when it has several. It is
 * not the list of labels a database holds (that comes from the live schema).
 */
import { NODE_LABELS } from './graph-document';

/** Labels the apps know, most specific first: decides a node's primary label. */
export const MODEL_LABELS: readonly string[] = [...NODE_LABELS, 'SavedQuery'];

/** The label of a node that has none: the API, the Cypher statements and the canvas say `Node`. */
export const UNLABELLED = 'Node';

/**
 * The label a node is shown by: its first known label in MODEL_LABELS order, else its first
 * label (nodes made by hand in an external database), else UNLABELLED. One fallback for every
 * caller: a name, because every caller shows or keys by it; writers that must tell "no label"
 * apart (the Cypher script) look at `labels.length` themselves.
 */
export function primaryLabel(labels: readonly string[]): string {
  return MODEL_LABELS.find((l) => labels.includes(l)) ?? labels[0] ?? UNLABELLED;
}
