import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { dateParam, dateRange, intParam, listParam, listPattern, stringParam } from './params';

const LABELS = ['Person', 'Event'];

async function listAccepts(raw: string): Promise<boolean> {
  try {
    await listParam('test', { labels: raw }, 'labels', LABELS, 'label');
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_argument') return false;
    throw error;
  }
}

describe('listParam and its OpenAPI pattern', () => {
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
      expect(pattern.test(raw), raw).toBe(await listAccepts(raw));
    }
  });

  it('names the unknown item and lists the allowed values', async () => {
    const error = await listParam('op', { labels: 'Person,Nope' }, 'labels', LABELS, 'label').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({
      parameter: 'labels',
      value: 'Nope',
      allowed: LABELS,
    });
  });
});

describe('scalar parameters', () => {
  const bad = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof AppError ? error.code : 'other';
    }
    return 'accepted';
  };
  const limit = { min: 1, max: 50, fallback: 10 };

  it('take the default only when the parameter is absent', () => {
    expect(intParam('op', {}, 'limit', limit)).toBe(10);
    expect(bad(() => intParam('op', { limit: '' }, 'limit', limit))).toBe('invalid_argument');
    expect(bad(() => stringParam('op', { q: ' ' }, 'q', { maxLength: 5 }))).toBe(
      'invalid_argument',
    );
    expect(dateParam('op', {}, 'from')).toBeUndefined();
  });

  it('refuse integers out of range, fractions, repeats and non-days', () => {
    expect(intParam('op', { limit: '50' }, 'limit', limit)).toBe(50);
    for (const value of ['0', '51', '2.5', '1e1', 'ten', ' 7x']) {
      expect(
        bad(() => intParam('op', { limit: value }, 'limit', limit)),
        value,
      ).toBe('invalid_argument');
    }
    expect(bad(() => intParam('op', { limit: ['1', '2'] }, 'limit', limit))).toBe(
      'invalid_argument',
    );
    expect(dateParam('op', { from: '2016-02-29' }, 'from')).toBe('2016-02-29');
    for (const value of ['2017-02-29', '2017-13-01', '17-09-14', '2017-9-14']) {
      expect(
        bad(() => dateParam('op', { from: value }, 'from')),
        value,
      ).toBe('invalid_argument');
    }
    expect(bad(() => dateRange('op', { from: '2017-12-01', to: '2017-01-01' }))).toBe(
      'invalid_argument',
    );
  });
});
