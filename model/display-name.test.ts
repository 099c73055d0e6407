import { describe, it, expect } from 'vitest';
import { MAX_NAME_LENGTH, displayName, shortName } from './display-name';

describe('displayName', () => {
  it('takes the name, else the title, else the text', () => {
    expect(displayName({ name: 'Rama Yade', title: 't', text: 'x' }, 'person:r')).toBe('Rama Yade');
    expect(displayName({ title: 'Paris conference', text: 'x' }, 'article:a')).toBe(
      'Paris conference',
    );
    expect(displayName({ text: '30,000 executed' }, 'assertion:a')).toBe('30,000 executed');
  });

  it('skips empty and non-string values and falls back to the id', () => {
    expect(displayName({ name: '', title: 7, text: 'the text' }, 'claim:c')).toBe('the text');
    expect(displayName({ name: null, aliases: ['x'] }, 'topic:t')).toBe('topic:t');
    expect(displayName({}, 'neo4j-element:4:abc:1')).toBe('neo4j-element:4:abc:1');
  });

  it('cuts a name longer than 120 characters to 117 and an ellipsis', () => {
    const long = 'a'.repeat(121);
    expect(displayName({ text: long }, 'claim:c')).toBe(`${'a'.repeat(117)}…`);
    expect(shortName('b'.repeat(MAX_NAME_LENGTH))).toBe('b'.repeat(120));
    expect(shortName('short')).toBe('short');
  });
});
