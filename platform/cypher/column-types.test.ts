import { describe, expect, it } from 'vitest';
import { ColumnTypeError, columnTypeScript } from './column-types';

describe('columnTypeScript', () => {
  it.each([
    ['string', 'string'],
    ['string?', 'string | null'],
    ['string[]', 'string[]'],
    ['node[]?', 'Node[] | null'],
    ['integer', 'Integer'],
    ['"out" | "in"', '"out" | "in"'],
    ['{r: relationship, m: node}[]', '({ r: Relationship; m: Node })[]'],
    ['[relationship?, node?][]', '([Relationship | null, Node | null])[]'],
    ['{id: string, name: string?}', '{ id: string; name: string | null }'],
  ])('reads %s as %s', (source, typeScript) => {
    expect(columnTypeScript(source)).toBe(typeScript);
  });

  it.each(['strng', 'string[', '{r relationship}', '"out" | in', 'string string', '', 'node$'])(
    'refuses %j',
    (source) => {
      expect(() => columnTypeScript(source)).toThrow(ColumnTypeError);
    },
  );
});
