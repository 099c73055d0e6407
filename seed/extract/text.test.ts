import { describe, it, expect } from 'vitest';
import { editDistance, foldName, shortHash, slugify, truncateWords } from './text';

describe('text helpers', () => {
  it('slugifies with accents folded and a readable cut', () => {
    expect(slugify('Gérard Deprez')).toBe('gerard-deprez');
    expect(slugify('People’s Mojahedin Organization of Iran')).toBe(
      'peoples-mojahedin-organization-of-iran',
    );
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40), 50)).toBe('a'.repeat(30));
  });

  it('folds names so hyphens, accents and case do not matter', () => {
    expect(foldName('Jean-François Legaret')).toBe(foldName('jean francois LEGARET'));
  });

  it('measures edit distance, truncates at words, and hashes stably', () => {
    expect(editDistance('Ahmad', 'Ahmed')).toBe(1);
    expect(truncateWords('one two three four', 10)).toBe('one two…');
    expect(shortHash('x')).toBe(shortHash('x'));
    expect(shortHash('x')).not.toBe(shortHash('y'));
  });
});
