import { describe, expect, it } from 'vitest';
import { formatValue, idsOf } from './format-value';

const spoke = {
  $type: 'relationship',
  id: 'SPOKE_AT:person:ada->event:panel',
  type: 'SPOKE_AT',
  source: 'person:ada',
  target: 'event:panel',
  sourceName: 'Ada Lovelace',
  targetName: 'Panel at the Hall, Lyon',
  properties: { role: 'speaker' },
};

describe('table cells', () => {
  describe('formatValue', () => {
    it('names a node, or gives its label and id when it has no name', () => {
      expect(
        formatValue({ $type: 'node', id: 'person:ada', labels: ['Person'], name: 'Ada' }),
      ).toBe('Ada (Person)');
      expect(formatValue({ $type: 'node', id: 'x:1', labels: ['Thing'], name: '' })).toBe(
        '(Thing x:1)',
      );
    });

    it('reads a relationship by its ends’ names and its own properties', () => {
      expect(formatValue(spoke)).toBe(
        '(Ada Lovelace)-[:SPOKE_AT {role: speaker}]->(Panel at the Hall, Lyon)',
      );
    });

    it('falls back to the ends’ ids, and leaves out an empty property map', () => {
      const { sourceName: _s, targetName: _t, ...bare } = spoke;
      expect(formatValue({ ...bare, properties: {} })).toBe(
        '(person:ada)-[:SPOKE_AT]->(event:panel)',
      );
      // An older answer without properties.
      const { properties: _p, ...old } = bare;
      expect(formatValue(old)).toBe('(person:ada)-[:SPOKE_AT]->(event:panel)');
    });

    it('formats typed property values inside a relationship', () => {
      const dated = { ...spoke, properties: { since: { $type: 'date', value: '2017-09-14' } } };
      expect(formatValue(dated)).toContain('[:SPOKE_AT {since: 2017-09-14}]');
    });
  });

  describe('idsOf', () => {
    it('gives the ids behind nodes, relationships and paths, and nothing for scalars', () => {
      expect(idsOf({ $type: 'node', id: 'person:ada', labels: ['Person'], name: 'Ada' })).toBe(
        'person:ada',
      );
      expect(idsOf(spoke)).toBe('SPOKE_AT:person:ada->event:panel');
      const { id: _id, ...noId } = spoke;
      expect(idsOf(noId)).toBe('person:ada → event:panel');
      expect(idsOf({ $type: 'path', length: 1, nodes: ['a', 'b'] })).toBe('a → b');
      expect(idsOf('text')).toBeNull();
      expect(idsOf({ $type: 'date', value: '2017-09-14' })).toBeNull();
      expect(idsOf(null)).toBeNull();
    });
  });
});
