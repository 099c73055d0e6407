import { describe, it, expect } from 'vitest';
import { matchSpans, snippet, wordMatches } from './snippet';

const marked = (s: { text: string; marks: [number, number][] }) =>
  s.marks.map(([a, b]) => s.text.slice(a, b));

describe('snippet', () => {
  it('matches words exactly, as a prefix and within the fuzzy distance the index allows', () => {
    expect(wordMatches('intimidated', 'intimidated')).toBe(true);
    expect(wordMatches('intimidation', 'intimid')).toBe(true);
    expect(wordMatches('khomeini', 'khomeni')).toBe(true);
    expect(wordMatches('fatwa', 'fatwas')).toBe(true);
    expect(wordMatches('cat', 'dog')).toBe(false);
  });

  it('gives the spans of every matching word', () => {
    const text = 'The Fatwa, a fatwa issued in 1988.';
    expect(matchSpans(text, 'fatwa').map(([a, b]) => text.slice(a, b))).toEqual(['Fatwa', 'fatwa']);
  });

  it('cuts a long text around the first match, at word boundaries, spans moved with it', () => {
    const text = `${'word '.repeat(100)}the witnesses were intimidated by guards ${'tail '.repeat(100)}`;
    const cut = snippet(text, 'intimidated', 120);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(122);
    expect(marked(cut)).toEqual(['intimidated']);
  });

  it('keeps a short text whole', () => {
    expect(snippet('Geneva, in September.', 'geneva')).toEqual({
      text: 'Geneva, in September.',
      marks: [[0, 6]],
    });
  });
});
