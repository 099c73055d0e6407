import { describe, it, expect } from 'vitest';
import { humanTime } from './human-time';

describe('humanTime', () => {
  it('writes an instant in words, in UTC', () => {
    expect(humanTime('2026-12-01T15:04:25.911Z')).toBe('1 December 2026, 15:04 UTC');
    expect(humanTime(new Date(Date.UTC(2017, 8, 14, 9, 5)))).toBe('14 September 2017, 09:05 UTC');
  });

  it('gives back text it cannot read', () => {
    expect(humanTime('yesterday')).toBe('yesterday');
  });
});
