import { describe, it, expect } from 'vitest';
import neo4j from 'neo4j-driver';
import { decodeTyped, encodeTyped } from './typed-json';

describe('typed JSON of a before-state', () => {
  it('gives back Neo4j integers and dates as such, and floats as numbers', () => {
    const before = {
      evidenceStart: neo4j.int(2011),
      date: new neo4j.types.Date(2017, 9, 14),
      confidence: 0.9,
      aliases: ['A', 'B'],
      nested: [{ at: neo4j.int(3) }],
    };
    const back = decodeTyped<typeof before>(encodeTyped(before));
    expect(neo4j.isInt(back.evidenceStart)).toBe(true);
    expect(back.evidenceStart.toNumber()).toBe(2011);
    expect(String(back.date)).toBe('2017-09-14');
    expect(back.date).toBeInstanceOf(neo4j.types.Date);
    expect(back.confidence).toBe(0.9);
    expect(back.aliases).toEqual(['A', 'B']);
    expect(neo4j.isInt(back.nested[0]!.at)).toBe(true);
  });
});
