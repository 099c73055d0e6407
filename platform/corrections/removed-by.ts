/**
 * Which applied correction took an element out of the graph, from the before-states the
 * corrections keep: a rejected relationship or node (with the node's relationships), or the
 * node a merge folded into another. The engine uses it to answer a second analyst, who decided
 * on an element another correction removed meanwhile, with a 409 naming that correction rather
 * than a bare 404. Not how the removal is undone (actions.ts).
 */
import type { CorrectionRecord } from '../../model/corrections';
import type { Before } from './checks';

/** The newest applied correction whose effect removed `id`, if any. */
export function removedBy<T extends CorrectionRecord & { before: Before | null }>(
  corrections: readonly T[],
  id: string,
): T | undefined {
  const removes = (before: Before): boolean => {
    switch (before.kind) {
      case 'rel-removed':
        return before.rel.id === id;
      case 'node-removed':
        return before.node.id === id || before.node.relationships.some((r) => r.id === id);
      case 'merged':
        return before.from.id === id;
      default:
        return false;
    }
  };
  return [...corrections].reverse().find((c) => c.applied && c.before && removes(c.before));
}
