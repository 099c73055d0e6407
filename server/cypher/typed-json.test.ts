import { describe, it, expect } from 'vitest';
import neo4j from 'neo4j-driver';
import { decodeParams, decodeValue, encodeValue } from './typed-json';
import { AppError } from '../errors';

describe('typed JSON for Cypher values', () => {
  const samples: unknown[] = [
    null,
    true,
    'text',
    42,
    -7,
    1.25,
    { $type: 'float', value: 3 },
    { $type: 'float', value: 'NaN' },
    { $type: 'integer', value: '-9223372036854775808' },
    { $type: 'date', value: '2017-06-30' },
    { $type: 'time', value: '12:30:00+02:00' },
    { $type: 'localtime', value: '12:30:00.123456789' },
    { $type: 'datetime', value: '2017-06-30T12:30:00+02:00' },
    { $type: 'datetime', value: '2017-06-30T12:30:00[Europe/Paris]' },
    { $type: 'localdatetime', value: '2017-06-30T12:30:00' },
    { $type: 'duration', value: 'P1Y2M3DT4H5M6.5S' },
    { $type: 'point', srid: 7203, x: 1, y: 2 },
    { $type: 'point', srid: 4979, x: 1, y: 2, z: 3 },
    { $type: 'map', value: { $type: 'user data' } },
    [1, [2, { a: { $type: 'date', value: '2020-01-01' } }]],
  ];

  it('decodes and re-encodes every sample to an equal value', () => {
    for (const sample of samples) {
      const decoded = decodeValue(sample, 'x');
      const again = encodeValue(decoded);
      const twice = encodeValue(decodeValue(again, 'x'));
      expect(twice, JSON.stringify(sample)).toEqual(again);
    }
    expect(encodeValue(decodeValue({ $type: 'duration', value: 'P1Y2M3DT4H5M6.5S' }, 'x'))).toEqual(
      {
        $type: 'duration',
        value: 'P1Y2M3DT4H5M6.500000000S',
      },
    );
  });

  it('sends integral JSON numbers as Neo4j integers and fractions as floats', () => {
    expect(neo4j.isInt(decodeValue(3, 'x'))).toBe(true);
    expect(decodeValue(3.5, 'x')).toBe(3.5);
    expect(decodeValue({ $type: 'float', value: 3 }, 'x')).toBe(3);
  });

  it('keeps integers beyond 2^53 exact', () => {
    const big = decodeValue({ $type: 'integer', value: '9007199254740993' }, 'x');
    expect(String(big)).toBe('9007199254740993');
    expect(encodeValue(big)).toEqual({ $type: 'integer', value: '9007199254740993' });
  });

  it('encodes a relationship with its id, its ends by id and name, and its own properties only', () => {
    const rel = new neo4j.types.Relationship(
      neo4j.int(1),
      neo4j.int(2),
      neo4j.int(3),
      'SPOKE_AT',
      {
        id: 'SPOKE_AT:person:ada->event:panel',
        role: 'speaker',
        since: new neo4j.types.Date(2017, 9, 14),
        source: 'article:one',
        evidence: 'Ada spoke at the panel.',
        evidenceStart: neo4j.int(0),
        evidenceEnd: neo4j.int(23),
        method: 'pattern',
        confidence: 0.9,
      },
      'r1',
      'n2',
      'n3',
    );
    const refs: Record<string, { id: string; name: string }> = {
      n2: { id: 'person:ada', name: 'Ada' },
    };
    expect(encodeValue(rel, (elementId) => refs[elementId])).toEqual({
      $type: 'relationship',
      id: 'SPOKE_AT:person:ada->event:panel',
      type: 'SPOKE_AT',
      source: 'person:ada',
      target: 'neo4j-element:n3',
      sourceName: 'Ada',
      properties: { role: 'speaker', since: { $type: 'date', value: '2017-09-14' } },
    });
  });

  it('refuses unknown tags, bad dates and out-of-range integers with invalid_argument', () => {
    for (const bad of [
      { $type: 'uuid', value: 'x' },
      { $type: 'date', value: 'yesterday' },
      { $type: 'integer', value: '99999999999999999999' },
      { $type: 'point', x: 1 },
    ]) {
      expect(() => decodeParams({ p: bad })).toThrow(AppError);
    }
    expect(() => decodeParams([1])).toThrow(AppError);
  });
});
