/**
 * What a correction touched, by id, and what those ids are called: the corrections log shows
 * names (a person's name, an article's title, "Rama Yade spoke at …" for a relationship) and an
 * undo redraws the elements it gave back. The ids come from the request and from the
 * before-state (a rejected node's relationships, a merged node's), the names from the graph as
 * it is now (cypher/corrections/touched.cypher), else from what the correction removed; a target
 * found in neither (orphaned) keeps no name and is shown by its id. Not how corrections apply.
 */
import type { Node, Relationship } from 'neo4j-driver';
import type { CorrectionInput, TouchedTarget } from '../../model/corrections';
import { displayName } from '../../model/display-name';
import { primaryLabel } from '../../model/labels';
import { verbOf } from '../../model/verbs';
import type { Before } from './checks';
import type { Props, RelState } from './graph-ops';

export interface Touched {
  nodes: string[];
  rels: string[];
}

const NODE_FIELDS = ['node', 'into', 'from', 'event', 'person', 'article'] as const;

/** Every node and relationship id a correction touches, from its request and before-state. */
export function touchedIds(payload: CorrectionInput, before: Before | null): Touched {
  const nodes = new Set<string>();
  const rels = new Set<string>();
  for (const field of NODE_FIELDS) {
    const value = payload[field];
    if (typeof value === 'string') nodes.add(value);
  }
  if (payload.relationship) rels.add(payload.relationship);
  const relState = (rel: RelState) => {
    rels.add(rel.id);
    nodes.add(rel.from).add(rel.to);
  };
  switch (before?.kind) {
    case 'rel-removed':
      relState(before.rel);
      break;
    case 'node-removed':
      nodes.add(before.node.id);
      before.node.relationships.forEach(relState);
      break;
    case 'merged':
      nodes.add(before.from.id).add(before.into.id);
      before.from.relationships.forEach(relState);
      break;
    case 'added-speaker':
      rels.add(before.relId);
      nodes.add(before.personId);
      break;
    case 'added-claim':
      nodes.add(before.claimId);
      break;
    case 'split':
      nodes.add(before.createdId);
      for (const rel of before.node.relationships) if (before.moved.includes(rel.id)) relState(rel);
      break;
  }
  return { nodes: [...nodes], rels: [...rels] };
}

/** What the graph holds now for some touched ids (the rows of corrections-touched). */
export interface TouchedNow {
  nodes: Node[];
  rels: Relationship[];
  ends: Node[];
}

interface Known {
  label: string;
  name: string;
}

/** Names every id it can: from the graph now, else from what corrections removed. */
export class TargetNames {
  private known = new Map<string, Known>();

  constructor(now: TouchedNow, befores: readonly (Before | null)[]) {
    const node = (id: string, label: string, props: Props) =>
      this.known.has(id) || this.known.set(id, { label, name: displayName(props, id) });
    for (const n of [...now.nodes, ...now.ends])
      node(String(n.properties.id), primaryLabel(n.labels), n.properties);
    const byElement = new Map(now.ends.map((n) => [n.elementId, String(n.properties.id)]));
    // Removed elements: named as they were, only where the graph has nothing newer.
    const removed: RelState[] = [];
    for (const before of befores) {
      if (before?.kind === 'node-removed') {
        node(before.node.id, before.node.label, before.node.properties);
        removed.push(...before.node.relationships);
      } else if (before?.kind === 'merged') {
        node(before.from.id, before.from.label, before.from.properties);
        removed.push(...before.from.relationships);
      } else if (before?.kind === 'rel-removed') removed.push(before.rel);
    }
    for (const r of now.rels) {
      const from = byElement.get(r.startNodeElementId);
      const to = byElement.get(r.endNodeElementId);
      if (from && to) this.rel(String(r.properties.id), r.type, from, to);
    }
    for (const r of removed) this.rel(r.id, r.type, r.from, r.to);
  }

  private rel(id: string, type: string, from: string, to: string): void {
    if (this.known.has(id)) return;
    this.known.set(id, {
      label: type,
      name: `${this.name(from)} ${verbOf(type)} ${this.name(to)}`,
    });
  }

  /** The name of an id, else the id itself (an orphaned target). */
  name(id: string): string {
    return this.known.get(id)?.name ?? id;
  }

  /** One entry per target id, `name: null` where it is found nowhere. */
  targets(ids: readonly string[]): TouchedTarget[] {
    return ids.map((id) => {
      const known = this.known.get(id);
      return { id, label: known?.label ?? null, name: known?.name ?? null };
    });
  }
}
