import { describe, it, expect } from 'vitest';
import { checkCorrectionInput } from './engine';
import { CorrectionError } from './errors';
import type { CorrectionInput } from '../../model/corrections';

function fieldOf(input: object): unknown {
  try {
    checkCorrectionInput(input as CorrectionInput);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(CorrectionError);
    return (error as CorrectionError).details.parameter;
  }
}

describe('checkCorrectionInput', () => {
  it.each([
    [{ action: 'reject' }, 'relationship'],
    [{ action: 'confirm', relationship: 'r', node: 'n' }, 'relationship'],
    [{ action: 'set-role', relationship: 'r' }, 'role'],
    [{ action: 'merge', into: 'a' }, 'from'],
    [
      {
        action: 'add-speaker',
        event: 'e',
        person: 'p',
        role: 'speaker',
        article: 'a',
        evidenceStart: 1,
      },
      'evidenceEnd',
    ],
    [
      {
        action: 'add-claim',
        person: { name: 'X' },
        article: 'a',
        evidenceStart: 1,
        evidenceEnd: 2,
      },
      'person',
    ],
    [{ action: 'undo-everything' }, 'action'],
  ])('%j is refused naming %s', (input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('accepts each action with the fields it needs', () => {
    expect(fieldOf({ action: 'reject', node: 'n' })).toBe(null);
    expect(fieldOf({ action: 'rename', node: 'n', name: 'N' })).toBe(null);
    expect(
      fieldOf({
        action: 'add-speaker',
        event: 'e',
        person: { name: 'X' },
        role: 'host',
        article: 'a',
        evidenceStart: 0,
        evidenceEnd: 3,
      }),
    ).toBe(null);
  });
});
