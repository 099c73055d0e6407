import { describe, expect, it } from 'vitest';
import { code } from '../http/app-error-outcome';
import { parseSavedQueryInput } from './model';

const base = { title: 'Speakers of an event', cypher: 'MATCH (p:Person) RETURN p LIMIT $n' };

describe('parseSavedQueryInput', () => {
  it('trims texts and counts the limits on the trimmed text', () => {
    const title = `  ${'t'.repeat(200)}   `;
    const input = parseSavedQueryInput({ ...base, title, description: ' two   words ' });
    expect(input.title).toBe('t'.repeat(200));
    expect(input.description).toBe('two words');
  });

  it('declares every $name of the Cypher when params are left out', () => {
    expect(parseSavedQueryInput(base).params).toEqual([{ name: 'n', type: 'any' }]);
  });

  it('splits, lower-cases and de-duplicates tags given as one string', () => {
    expect(parseSavedQueryInput({ ...base, tags: 'People, events,people,' }).tags).toEqual([
      'people',
      'events',
    ]);
  });

  it('gives a parameter without a type the type any', () => {
    const input = parseSavedQueryInput({ ...base, params: [{ name: 'n', default: 5 }] });
    expect(input.params).toEqual([{ name: 'n', type: 'any', default: 5 }]);
  });

  it.each([
    ['no title', { cypher: base.cypher }],
    ['an empty title after trimming', { ...base, title: '   ' }],
    ['a title over 200 characters', { ...base, title: 'x'.repeat(201) }],
    ['a parameter of an unknown type', { ...base, params: [{ name: 'n', type: 'date-ish' }] }],
    ['a parameter name that is not a Cypher name', { ...base, params: [{ name: 'a b' }] }],
    ['a parameter declared twice', { ...base, params: [{ name: 'n' }, { name: 'n' }] }],
    ['tags that are not strings', { ...base, tags: [1, 2] }],
    ['a body that is a list', [base]],
  ])('refuses %s as invalid_argument', async (_, body) => {
    expect(await code(() => parseSavedQueryInput(body))).toBe('invalid_argument');
  });
});
