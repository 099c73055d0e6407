import { describe, it, expect } from 'vitest';
import { nodeStatement, relationshipStatement } from './templates';
import type { NodeLabel, RelationshipType } from '../../model/graph-document';

describe('loader templates', () => {
  it('fills labels and types from the graph model', () => {
    expect(nodeStatement('MERGE (n:__LABEL__ {id: 1})', 'Person')).toBe('MERGE (n:Person {id: 1})');
    expect(
      relationshipStatement('(a:__FROM__)-[:__TYPE__]->(b:__TO__)', 'SPOKE_AT', 'Person', 'Event'),
    ).toBe('(a:Person)-[:SPOKE_AT]->(b:Event)');
  });

  it('refuses any other name, so no document text reaches a statement', () => {
    expect(() => nodeStatement('__LABEL__', 'Person) DETACH DELETE (n' as NodeLabel)).toThrow(
      /unknown label/,
    );
    expect(() =>
      relationshipStatement('__TYPE__', 'KNOWS' as RelationshipType, 'Person', 'Person'),
    ).toThrow(/unknown relationship type/);
  });
});
