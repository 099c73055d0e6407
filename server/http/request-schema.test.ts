import { describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import type { AppError } from '../errors';
import { code, outcome } from './app-error-outcome';
import { CommaList, listPattern, withDefault } from '../../api/schema-kit';
import { NodeIdPath, IsoDateParam } from '../../api/params';
import { SearchQuery } from '../../api/explorer';
import { parsePath, parseQuery, type Query } from './request-schema';

const LABELS = ['Person', 'Event'];
const Lists = Type.Object({ labels: CommaList(LABELS, 'label', 'Only these labels') });
const Scalars = Type.Object({
  limit: withDefault(Type.Integer({ minimum: 1, maximum: 50 }), 10),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 5, pattern: '\\S' })),
  from: Type.Optional(IsoDateParam('From')),
  direction: withDefault(Type.Unsafe<'in' | 'out'>({ type: 'string', enum: ['in', 'out'] }), 'in'),
  includeArticles: withDefault(Type.Boolean(), false),
});

const scalars = (query: Query) => parseQuery('op', Scalars, query);

describe('comma lists and their OpenAPI pattern', () => {
  it('accept exactly the same strings', async () => {
    const pattern = new RegExp(listPattern(LABELS));
    for (const raw of [
      '',
      'Person',
      'Person,Event',
      ' Person , Event ',
      'Person,,Event,',
      ',',
      'Persn',
      'Person;Event',
      'person',
      'Person,Claim',
      'Person Event',
    ]) {
      const accepted =
        (await code(() => parseQuery('test', Lists, { labels: raw }))) === 'accepted';
      expect(pattern.test(raw), raw).toBe(accepted);
    }
  });

  it('give the distinct trimmed items', async () => {
    expect(await parseQuery('op', Lists, { labels: ' Event ,Person,,Event' })).toEqual({
      labels: ['Event', 'Person'],
    });
    expect(await parseQuery('op', Lists, {})).toEqual({});
  });

  it('name the unknown item and list the allowed values', async () => {
    expect(await outcome(() => parseQuery('op', Lists, { labels: 'Person,Nope' }))).toEqual({
      code: 'invalid_argument',
      details: { parameter: 'labels', value: 'Nope', allowed: LABELS },
    });
  });

  it('read the extra allowed items only for an item outside the model', async () => {
    let reads = 0;
    const extra = {
      labels: () => {
        reads += 1;
        return Promise.resolve(['Custom']);
      },
    };
    expect(await parseQuery('op', Lists, { labels: 'Person' }, extra)).toEqual({
      labels: ['Person'],
    });
    expect(reads).toBe(0);
    expect(await parseQuery('op', Lists, { labels: 'Custom,Event' }, extra)).toEqual({
      labels: ['Custom', 'Event'],
    });
    expect(reads).toBe(1);
  });

  it('refuse more than 20 items', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `L${i}`).join(',');
    const result = await outcome(() => parseQuery('op', Lists, { labels: many }));
    expect(result).toMatchObject({ code: 'invalid_argument', details: { max: 20 } });
  });
});

describe('scalar parameters', () => {
  it('take the default only when the parameter is absent', async () => {
    expect(await scalars({})).toEqual({ limit: 10, direction: 'in', includeArticles: false });
    expect(await code(() => scalars({ limit: '' }))).toBe('invalid_argument');
    expect(await code(() => scalars({ q: ' ' }))).toBe('invalid_argument');
    expect((await scalars({})).from).toBeUndefined();
  });

  it('coerce integers and booleans strictly, and trim free text', async () => {
    expect(await scalars({ limit: ' 7', q: ' ab ', includeArticles: 'true' })).toMatchObject({
      limit: 7,
      q: 'ab',
      includeArticles: true,
    });
    for (const value of ['yes', '1', 'TRUE', '']) {
      expect(await outcome(() => scalars({ includeArticles: value })), value).toMatchObject({
        details: { parameter: 'includeArticles', allowed: ['true', 'false'] },
      });
    }
  });

  it('refuse integers out of range, fractions, repeats and non-days', async () => {
    expect((await scalars({ limit: '50' })).limit).toBe(50);
    for (const value of ['0', '51', '2.5', '1e1', 'ten', ' 7x']) {
      expect(await outcome(() => scalars({ limit: value })), value).toEqual({
        code: 'invalid_argument',
        details: { parameter: 'limit', value, min: 1, max: 50 },
      });
    }
    expect(await code(() => scalars({ limit: ['1', '2'] }))).toBe('invalid_argument');
    expect((await scalars({ from: '2016-02-29' })).from).toBe('2016-02-29');
    for (const value of ['2017-02-29', '2017-13-01', '17-09-14', '2017-9-14', ' 2017-09-14']) {
      expect(await outcome(() => scalars({ from: value })), value).toEqual({
        code: 'invalid_argument',
        details: { parameter: 'from', value },
      });
    }
  });

  it('name the allowed values of an enum, and the limit of a string', async () => {
    expect(await outcome(() => scalars({ direction: 'up' }))).toEqual({
      code: 'invalid_argument',
      details: { parameter: 'direction', value: 'up', allowed: ['in', 'out'] },
    });
    expect(await outcome(() => scalars({ q: 'abcdef' }))).toEqual({
      code: 'invalid_argument',
      details: { parameter: 'q', value: 'abcdef', maxLength: 5 },
    });
  });

  it('say which required parameter is missing, before looking at the others', async () => {
    expect(await outcome(() => parseQuery('search', SearchQuery, { limit: '0' }))).toEqual({
      code: 'invalid_argument',
      details: { parameter: 'q', value: null },
    });
  });

  it('name the operation, the parameter and the bad value in the message', async () => {
    const error = (await parseQuery('search', SearchQuery, { q: 'x', limit: '99' }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error.message).toContain('search');
    expect(error.message).toContain('"limit"');
    expect(error.message).toContain('"99"');
    expect(error.message).toContain('1 to 50');
  });
});

describe('path parameters', () => {
  const Path = NodeIdPath('Model id, e.g. person:rama-yade');

  it('are taken as they are, never trimmed', () => {
    expect(parsePath('node', Path, { id: ' person:x ' })).toEqual({ id: ' person:x ' });
  });

  it('refuse an empty or over-long id naming the limit', async () => {
    expect(await outcome(() => parsePath('node', Path, { id: '' }))).toMatchObject({
      details: { parameter: 'id', value: '' },
    });
    expect(await outcome(() => parsePath('node', Path, { id: 'x'.repeat(301) }))).toMatchObject({
      details: { parameter: 'id', maxLength: 300 },
    });
  });

  it('refuse an id outside its pattern', async () => {
    const Saved = Type.Object({ id: Type.String({ pattern: '^[a-z]+$' }) });
    expect(await code(() => parsePath('saved query', Saved, { id: 'a b' }))).toBe(
      'invalid_argument',
    );
  });
});
