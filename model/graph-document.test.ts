import { describe, it, expect } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './graph-document';
import schema from './graph-document.schema.json';

// The schema spells the lists a second time (JSON cannot import them); these tests keep the
// two spellings equal, so a label or type added to one and not the other fails here.
describe('the graph document schema and its TypeScript type', () => {
  const node = schema.definitions.node;
  const relationship = schema.definitions.relationship;

  it('list the same node labels', () => {
    expect(node.properties.label.enum).toEqual([...NODE_LABELS]);
  });

  it('list the same relationship types', () => {
    expect(relationship.properties.type.enum).toEqual([...RELATIONSHIP_TYPES]);
  });

  it("give every label an id prefix and the label's own rule", () => {
    const prefixes = /^\^\((.+)\):/.exec(node.properties.id.pattern)![1]!.split('|');
    expect(prefixes).toEqual(NODE_LABELS.map((l) => l.toLowerCase()));
    const ruled = node.allOf.map((rule) => rule.if.properties.label.const);
    expect(ruled).toEqual([...NODE_LABELS]);
  });

  it('require a role only on types the model gives one', () => {
    const withRole = relationship.allOf[0]!.if.properties.type.enum;
    expect(withRole).toEqual(['SPOKE_AT', 'AFFILIATED_WITH', 'ORGANIZED']);
    for (const type of withRole) expect(RELATIONSHIP_TYPES).toContain(type);
  });
});
