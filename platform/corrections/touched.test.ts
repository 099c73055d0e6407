import { describe, it, expect } from 'vitest';
import type { CorrectionRecord } from '../../model/corrections';
import type { Before } from './checks';
import type { RelState } from './graph-ops';
import { removedBy } from './removed-by';
import { TargetNames, touchedIds } from './touched';

const REL: RelState = {
  id: 'SPOKE_AT:person:a->event:e',
  type: 'SPOKE_AT',
  from: 'person:a',
  fromLabel: 'Person',
  to: 'event:e',
  toLabel: 'Event',
  properties: {},
};
const REJECTED_NODE: Before = {
  kind: 'node-removed',
  node: { id: 'person:a', label: 'Person', properties: { name: 'Ann A' }, relationships: [REL] },
};

function stored(id: string, before: Before | null, applied = true) {
  return { id, applied, before } as CorrectionRecord & { before: Before | null };
}

describe('touchedIds', () => {
  it("takes the request's ids and, from the before-state, a removed node's relationships and their ends", () => {
    expect(touchedIds({ action: 'reject', node: 'person:a' }, REJECTED_NODE)).toEqual({
      nodes: ['person:a', 'event:e'],
      rels: [REL.id],
    });
    expect(
      touchedIds(
        {
          action: 'add-speaker',
          event: 'event:e',
          person: { name: 'New One' },
          article: 'article:x',
        },
        { kind: 'added-speaker', relId: 'r1', personId: 'person:new-one', createdPerson: true },
      ),
    ).toEqual({ nodes: ['event:e', 'article:x', 'person:new-one'], rels: ['r1'] });
  });
});

describe('TargetNames', () => {
  it('names a removed node and its relationship from the before-state; an unknown id has no name', () => {
    const names = new TargetNames({ nodes: [], rels: [], ends: [] }, [REJECTED_NODE]);
    expect(names.targets(['person:a', REL.id, 'person:gone'])).toEqual([
      { id: 'person:a', label: 'Person', name: 'Ann A' },
      { id: REL.id, label: 'SPOKE_AT', name: 'Ann A spoke at event:e' },
      { id: 'person:gone', label: null, name: null },
    ]);
    expect(names.name('person:gone')).toBe('person:gone');
  });
});

describe('removedBy', () => {
  it('finds the newest applied correction that removed an element, its relationships too', () => {
    const list = [stored('c1', REJECTED_NODE, false), stored('c2', REJECTED_NODE)];
    expect(removedBy(list, 'person:a')?.id).toBe('c2');
    expect(removedBy(list, REL.id)?.id).toBe('c2');
    expect(removedBy(list, 'event:e')).toBeUndefined();
  });
});
