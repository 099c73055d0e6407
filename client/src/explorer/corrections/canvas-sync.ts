/**
 * Keeps the canvas in step with corrections made in the panel, the Review pane or the article
 * viewer, without redrawing it: a rejected relationship or node leaves the canvas, a merged-away
 * node too (expand the one kept to see its new relationships), a rename or a new role shows at
 * once. An undo puts back what it gave back, from the server's answer (the elements as they are
 * now): the nodes this canvas lost to corrections return where they stood, a node the undone
 * correction rejected or merged away returns beside its neighbours on the canvas, relationships
 * return where both ends are drawn (a merge's moved ones go back to their first end), changed
 * data (a name, a role) is written over, and what the undone correction had added leaves.
 */
import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { CorrectionUndone } from '../../../../api';
import { CHANGED_EVENT, type ChangeDetail } from './api';

/** Where a node stood when a correction took it off this canvas, by id. */
type Gone = Map<string, Position>;

function removeTracked(cy: Core, gone: Gone, id: string | undefined): void {
  const element = id ? cy.getElementById(id) : null;
  if (!element?.nonempty()) return;
  if (element.isNode()) gone.set(element.id(), { ...element.position() });
  element.remove();
}

/** Around the given nodes' centre, a little off it, so a returning node does not cover one. */
function beside(cy: Core, ids: string[]): Position | null {
  const drawn = ids.map((id) => cy.getElementById(id)).filter((n) => n.nonempty() && n.isNode());
  if (!drawn.length) return null;
  const x = drawn.reduce((sum, n) => sum + n.position().x, 0) / drawn.length;
  const y = drawn.reduce((sum, n) => sum + n.position().y, 0) / drawn.length;
  const angle = Math.random() * 2 * Math.PI;
  return { x: x + 80 * Math.cos(angle), y: y + 80 * Math.sin(angle) };
}

/** Data to write over an element's: its identity (id, ends) cannot change in Cytoscape. */
function mutable(data: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, source: _source, target: _target, ...rest } = data;
  return rest;
}

function redrawUndone(cy: Core, gone: Gone, { undone, elements, removed }: CorrectionUndone): void {
  const { payload } = undone;
  // The node the undone correction took out of the graph itself, whether or not it was drawn.
  const brought = new Set(
    [undone.action === 'reject' ? payload.node : undefined, payload.from].filter(
      (id): id is string => typeof id === 'string',
    ),
  );
  cy.batch(() => {
    for (const id of removed) cy.getElementById(id).remove();
    const add: ElementDefinition[] = [];
    for (const { data } of elements.nodes) {
      const node = cy.getElementById(data.id);
      if (node.nonempty()) node.data(mutable(data));
      else if (gone.has(data.id) || brought.has(data.id)) {
        const neighbours = elements.edges
          .filter((e) => e.data.source === data.id || e.data.target === data.id)
          .map((e) => (e.data.source === data.id ? e.data.target : e.data.source));
        const position = gone.get(data.id) ?? beside(cy, neighbours);
        gone.delete(data.id);
        if (position) add.push({ group: 'nodes', data: { ...data }, position });
      }
    }
    cy.add(add);
    for (const { data } of elements.edges) {
      const edge = cy.getElementById(data.id);
      // A merge moved it to another node under the same id: it goes back to its first end.
      if (
        edge.nonempty() &&
        (edge.source().id() !== data.source || edge.target().id() !== data.target)
      )
        edge.remove();
      if (cy.getElementById(data.id).nonempty()) cy.getElementById(data.id).data(mutable(data));
      else if (
        cy.getElementById(data.source).nonempty() &&
        cy.getElementById(data.target).nonempty()
      )
        cy.add({ group: 'edges', data: { ...data } });
    }
  });
}

export function syncCanvasWithCorrections(cy: () => Core): () => void {
  const gone: Gone = new Map();
  const onChange = (event: Event) => {
    const detail = (event as CustomEvent<ChangeDetail>).detail;
    if (detail?.undone) return redrawUndone(cy(), gone, detail.undone);
    const c = detail?.correction;
    if (!c?.applied) return;
    const { payload } = c;
    const element = (id: string | undefined) => (id ? cy().getElementById(id) : null);
    if (c.action === 'reject') removeTracked(cy(), gone, payload.relationship ?? payload.node);
    else if (c.action === 'merge') removeTracked(cy(), gone, payload.from);
    else if (c.action === 'rename') element(payload.node)?.data('name', payload.name);
    else if (c.action === 'set-role') element(payload.relationship)?.data('role', payload.role);
  };
  window.addEventListener(CHANGED_EVENT, onChange);
  return () => window.removeEventListener(CHANGED_EVENT, onChange);
}
