import { describe, it, expect } from 'vitest';
import neo4j, {
  Date as Neo4jDate,
  DateTime,
  Duration,
  LocalDateTime,
  LocalTime,
  Node,
  Path,
  PathSegment,
  Point,
  Relationship,
  Time,
} from 'neo4j-driver';
import {
  TEMPORAL_KINDS,
  isTemporalKind,
  safeNumber,
  toPlain,
  valueKind,
  type ValueKind,
} from './values';

const person = new Node(neo4j.int(1), ['Person'], { id: 'person:a' }, '4:x:1');
const event = new Node(neo4j.int(2), ['Event'], { id: 'event:b' }, '4:x:2');
const spoke = new Relationship(
  neo4j.int(3),
  neo4j.int(1),
  neo4j.int(2),
  'SPOKE_AT',
  {},
  '5:x:3',
  '4:x:1',
  '4:x:2',
);

describe('driver values', () => {
  describe('valueKind', () => {
    const samples: [unknown, ValueKind][] = [
      [null, 'null'],
      [undefined, 'null'],
      [true, 'boolean'],
      [1.5, 'float'],
      [3, 'float'],
      [NaN, 'float'],
      [neo4j.int(3), 'integer'],
      [10n, 'integer'],
      ['text', 'string'],
      [new Neo4jDate(2017, 8, 17), 'date'],
      [new DateTime(2017, 8, 17, 10, 0, 0, 0, 0), 'datetime'],
      [new LocalDateTime(2017, 8, 17, 10, 0, 0, 0), 'localdatetime'],
      [new Time(10, 0, 0, 0, 3600), 'time'],
      [new LocalTime(10, 0, 0, 0), 'localtime'],
      [new Duration(0, 1, 0, 0), 'duration'],
      [new Point(neo4j.int(4326), 2.35, 48.85), 'point'],
      [person, 'node'],
      [spoke, 'relationship'],
      [new Path(person, event, [new PathSegment(person, spoke, event)]), 'path'],
      [new Uint8Array([1, 2]), 'bytes'],
      [[1, 2], 'list'],
      [{ a: 1 }, 'map'],
      [() => 1, 'other'],
      [Symbol('s'), 'other'],
    ];
    it.each(samples)('classifies %s as %s', (value, kind) => {
      expect(valueKind(value)).toBe(kind);
    });
  });

  describe('isTemporalKind', () => {
    it('holds for the six temporal kinds only', () => {
      expect(TEMPORAL_KINDS.every(isTemporalKind)).toBe(true);
      for (const kind of ['point', 'string', 'integer', 'map'] as const)
        expect(isTemporalKind(kind)).toBe(false);
    });
  });

  describe('safeNumber', () => {
    it('gives integers within 2^53 as numbers and refuses larger ones', () => {
      expect(safeNumber(neo4j.int(42))).toBe(42);
      expect(safeNumber(-7n)).toBe(-7);
      expect(safeNumber(neo4j.int('9007199254740993'))).toBeUndefined();
      expect(safeNumber(9007199254740993n)).toBeUndefined();
    });
  });

  describe('toPlain', () => {
    it('converts integers, temporals and points to JSON without losing digits', () => {
      expect(toPlain(neo4j.int(5))).toBe(5);
      expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
      expect(toPlain(new Neo4jDate(2017, 8, 17))).toBe('2017-08-17');
      expect(toPlain(new Point(neo4j.int(4326), 2.35, 48.85))).toEqual({
        srid: 4326,
        x: 2.35,
        y: 48.85,
      });
      expect(toPlain(new Point(neo4j.int(9157), 1, 2, 3))).toEqual({
        srid: 9157,
        x: 1,
        y: 2,
        z: 3,
      });
    });

    it('converts lists and maps deeply and graph values field by field', () => {
      expect(toPlain({ when: [new Neo4jDate(2017, 8, 17)], n: neo4j.int(1) })).toEqual({
        when: ['2017-08-17'],
        n: 1,
      });
      expect(toPlain(person)).toEqual({
        identity: 1,
        labels: ['Person'],
        properties: { id: 'person:a' },
        elementId: '4:x:1',
      });
      expect(toPlain(new Uint8Array([7, 8]))).toEqual({ 0: 7, 1: 8 });
    });
  });
});
