import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, editDistance, escapeLucene, matchedAlias } from './lucene';

describe('escapeLucene', () => {
  it('escapes every character with a meaning in Lucene query syntax', () => {
    const special = '+-!(){}[]^"~*?:\\/&|';
    const escaped = escapeLucene(special);
    expect(escaped).toBe([...special].map((c) => `\\${c}`).join(''));
    expect(escapeLucene('rama yade')).toBe('rama yade');
  });
});

describe('buildLuceneQuery', () => {
  it('searches each word exactly, as a prefix and fuzzily, with the phrase boosted', () => {
    expect(buildLuceneQuery('Ingrida Betancur')).toBe(
      '"ingrida betancur"^6 OR (ingrida^3 OR ingrida*^2 OR ingrida~2) OR (betancur^3 OR betancur*^2 OR betancur~2)',
    );
  });

  it('keeps punctuation inside a word for the exact term and splits it for prefix and fuzzy', () => {
    expect(buildLuceneQuery('30,000')).toBe('(30,000^3 OR 30*^2 OR 000*^2 OR 000~1)');
  });

  it('lower-cases operators and escapes what survives trimming', () => {
    const query = buildLuceneQuery('AND name:"x" (a||b)');
    expect(query).not.toMatch(/\bAND\b(?! )/);
    expect(query).toContain('name\\:\\"x');
    expect(query).toContain('a\\|\\|b');
    expect(query.startsWith('"and ')).toBe(true);
  });

  it('is empty when nothing is left to search', () => {
    expect(buildLuceneQuery('  ")(*  ')).toBe('');
  });

  it('uses a one-letter prefix only when it is the whole query', () => {
    expect(buildLuceneQuery('r')).toBe('(r^3 OR r*^2)');
    expect(buildLuceneQuery("Boumedra's")).not.toContain('s*');
  });
});

describe('matchedAlias', () => {
  it('names the alias when it is closer to the query than the name', () => {
    expect(matchedAlias('Ingrida', 'Ingrid Betancourt', ['Ingrida Betancourt'])).toBe(
      'Ingrida Betancourt',
    );
    expect(matchedAlias('Ghozali', 'Sid Ahmed Ghozali', ['Sid Ahmad Ghozali'])).toBeNull();
  });

  it('measures edit distance', () => {
    expect(editDistance('betancur', 'betancourt')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
