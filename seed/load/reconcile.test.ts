import { describe, it, expect } from 'vitest';
import { reconcileWithGraph, type KnownEntity } from './reconcile';
import type { GraphDocument } from '../../model/graph-document';

const provenance = {
  source: 'article:a',
  evidence: 'x',
  method: 'pattern' as const,
  confidence: 0.9,
};

const document: GraphDocument = {
  version: 1,
  inputs: ['a.txt'],
  nodes: [
    {
      id: 'event:e',
      label: 'Event',
      properties: { name: 'E', kind: 'panel', date: '2017-10-05', city: 'Rome' },
    },
    { id: 'organization:ncri', label: 'Organization', properties: { name: 'NCRI', aliases: [] } },
    {
      id: 'person:ingrida-betancourt',
      label: 'Person',
      properties: { name: 'Ingrida Betancourt', aliases: [], titles: [] },
    },
    {
      id: 'person:new-person',
      label: 'Person',
      properties: { name: 'New Person', aliases: [], titles: [] },
    },
  ],
  relationships: [
    {
      id: 'SPOKE_AT:person:ingrida-betancourt->event:e',
      type: 'SPOKE_AT',
      from: 'person:ingrida-betancourt',
      to: 'event:e',
      properties: { ...provenance, role: 'speaker' },
    },
    {
      id: 'SPOKE_AT:person:new-person->event:e',
      type: 'SPOKE_AT',
      from: 'person:new-person',
      to: 'event:e',
      properties: { ...provenance, role: 'speaker' },
    },
  ],
};

const known: KnownEntity[] = [
  {
    id: 'person:ingrid-betancourt',
    label: 'Person',
    name: 'Ingrid Betancourt',
    aliases: ['Ingrid Bétancourt'],
  },
  {
    id: 'organization:national-council-of-resistance-of-iran',
    label: 'Organization',
    name: 'National Council of Resistance of Iran',
    aliases: ['NCRI'],
  },
];

describe('reconcileWithGraph', () => {
  const { document: out, merged } = reconcileWithGraph(document, known);

  it('points a new spelling of a known person at the existing node and keeps the spelling as an alias', () => {
    const person = out.nodes.find((n) => n.id === 'person:ingrid-betancourt');
    expect(person?.properties.name).toBe('Ingrid Betancourt');
    expect(person?.properties.aliases).toEqual(['Ingrid Bétancourt', 'Ingrida Betancourt']);
    expect(out.nodes.some((n) => n.id === 'person:ingrida-betancourt')).toBe(false);
    expect(merged.map((m) => m.to)).toContain('person:ingrid-betancourt');
  });

  it('rewrites relationship endpoints and ids', () => {
    const rel = out.relationships.find((r) => r.from === 'person:ingrid-betancourt');
    expect(rel?.id).toBe('SPOKE_AT:person:ingrid-betancourt->event:e');
    expect(out.relationships.some((r) => r.from === 'person:ingrida-betancourt')).toBe(false);
  });

  it('matches an organization by a known alias', () => {
    expect(
      out.nodes.some((n) => n.id === 'organization:national-council-of-resistance-of-iran'),
    ).toBe(true);
  });

  it('leaves people it does not know alone', () => {
    expect(out.nodes.some((n) => n.id === 'person:new-person')).toBe(true);
    expect(merged.some((m) => m.from === 'person:new-person')).toBe(false);
  });

  it('keeps ids in code-unit order, the order the document validator checks', () => {
    const ids = ['topic:a_b', 'topic:a-b', 'topic:ab', 'topic:aB'];
    const withTopics: GraphDocument = {
      ...document,
      nodes: [
        ...document.nodes,
        ...ids.map((id) => ({ id, label: 'Topic' as const, properties: { name: id } })),
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    const reconciled = reconcileWithGraph(withTopics, []).document.nodes.map((n) => n.id);
    // What the validator requires of every document: each id below the next, by code unit.
    expect(reconciled.every((id, i) => i === 0 || (reconciled[i - 1] as string) < id)).toBe(true);
  });
});
