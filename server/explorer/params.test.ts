import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { checkDateRange } from './params';

describe('checkDateRange', () => {
  it('accepts from ≤ to and either end alone', () => {
    expect(checkDateRange('op', { from: '2017-01-01', to: '2017-01-01' })).toEqual({
      from: '2017-01-01',
      to: '2017-01-01',
    });
    expect(checkDateRange('op', { to: '2017-01-01' })).toEqual({ to: '2017-01-01' });
  });

  it('refuses from after to, naming both', () => {
    let error: unknown;
    try {
      checkDateRange('op', { from: '2017-12-01', to: '2017-01-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_argument');
    expect((error as AppError).details).toEqual({
      parameter: 'from',
      value: '2017-12-01',
      max: '2017-01-01',
    });
  });
});
