/**
 * Keeps the canvas in step with corrections made in the panel, the Review pane or the article
 * viewer, without redrawing it: a rejected relationship or node leaves the canvas, a merged-away
 * node too (expand the one kept to see its new relationships), a rename or a new role shows at
 * once. Undo does not redraw what comes back: expand or reload the view to see it.
 */
import type { Core } from 'cytoscape';
import { CHANGED_EVENT, type ChangeDetail } from './api';

export function syncCanvasWithCorrections(cy: () => Core): () => void {
  const onChange = (event: Event) => {
    const c = (event as CustomEvent<ChangeDetail>).detail?.correction;
    if (!c?.applied) return;
    const { payload } = c;
    const element = (id: string | undefined) => (id ? cy().getElementById(id) : null);
    if (c.action === 'reject') element(payload.relationship ?? payload.node)?.remove();
    else if (c.action === 'merge') element(payload.from)?.remove();
    else if (c.action === 'rename') element(payload.node)?.data('name', payload.name);
    else if (c.action === 'set-role') element(payload.relationship)?.data('role', payload.role);
  };
  window.addEventListener(CHANGED_EVENT, onChange);
  return () => window.removeEventListener(CHANGED_EVENT, onChange);
}
