import { describe, it, expect } from 'vitest';
import { RELATIONSHIP_TYPES } from './graph-document';
import { DERIVED_RELATIONSHIP_TYPES } from './relationship-types';
import { VERBS, verbOf } from './verbs';

describe('relationship verbs', () => {
  it('cover every stored and derived relationship type', () => {
    expect(Object.keys(VERBS).sort()).toEqual(
      [...RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES].sort(),
    );
  });

  it('spell the model types as the path API and the canvas show them', () => {
    expect(verbOf('SPOKE_AT')).toBe('spoke at');
    expect(verbOf('AFFILIATED_WITH')).toBe('affiliated with');
    expect(verbOf('REPORTED_IN')).toBe('reported in');
    expect(verbOf('SPOKE_ALONGSIDE')).toBe('spoke alongside');
  });

  it('read an unknown type as its name in lower case words', () => {
    expect(verbOf('WORKS_FOR')).toBe('works for');
    expect(verbOf('toString')).toBe('tostring');
    expect(verbOf('')).toBe('');
  });
});
