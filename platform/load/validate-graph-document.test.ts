import { describe, it, expect } from 'vitest';
import type { GraphDocument } from '../../model/graph-document';
import { validateGraphDocument } from './validate-graph-document';

function sample(): GraphDocument {
  const text = 'Rama Yade spoke at the panel.';
  return {
    version: 1,
    inputs: ['a.txt'],
    nodes: [
      { id: 'article:a', label: 'Article', properties: { title: 'A', text } },
      {
        id: 'event:2017-01-01-paris-panel',
        label: 'Event',
        properties: { name: 'Panel', kind: 'panel', date: '2017-01-01', city: 'Paris' },
      },
      {
        id: 'person:rama-yade',
        label: 'Person',
        properties: { name: 'Rama Yade', aliases: [], titles: [] },
      },
    ],
    relationships: [
      {
        id: 'SPOKE_AT:person:rama-yade->event:2017-01-01-paris-panel',
        type: 'SPOKE_AT',
        from: 'person:rama-yade',
        to: 'event:2017-01-01-paris-panel',
        properties: {
          source: 'article:a',
          evidence: text,
          evidenceStart: 0,
          evidenceEnd: text.length,
          method: 'pattern',
          confidence: 0.9,
          role: 'speaker',
        },
      },
    ],
  };
}

describe('validateGraphDocument', () => {
  it('accepts a well-formed document', () => {
    expect(validateGraphDocument(sample())).toEqual({ ok: true, errors: [] });
  });

  it('rejects a document that breaks the schema', () => {
    const doc = sample() as unknown as { version: number };
    doc.version = 2;
    expect(validateGraphDocument(doc).ok).toBe(false);
  });

  it('rejects a relationship to a missing node or between the wrong labels', () => {
    const missing = sample();
    missing.relationships[0]!.to = 'event:nowhere';
    expect(validateGraphDocument(missing).ok).toBe(false);
    const wrong = sample();
    wrong.relationships[0]!.type = 'HELD_IN';
    expect(validateGraphDocument(wrong).ok).toBe(false);
  });

  it('rejects evidence that is not verbatim at its offsets', () => {
    const shifted = sample();
    shifted.relationships[0]!.properties.evidenceStart = 1;
    expect(validateGraphDocument(shifted).ok).toBe(false);
    const invented = sample();
    invented.relationships[0]!.properties.evidence = 'Rama Yade shouted.';
    expect(validateGraphDocument(invented).ok).toBe(false);
  });

  it('rejects unsorted nodes', () => {
    const doc = sample();
    doc.nodes.reverse();
    expect(validateGraphDocument(doc).ok).toBe(false);
  });
});
