import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { evaluate, type Expectations } from './evaluate';
import { extractGraph } from './index';
import { InputError } from './input-error';
import { validateGraphDocument } from './validate';

const read = (path: string) => ({
  name: path,
  text: readFileSync(new URL(path, import.meta.url), 'utf8'),
});
const fixtures = [
  read('../fixtures/articles/ottawa-panel.txt'),
  read('../fixtures/articles/madrid-and-brussels.txt'),
];

describe('extractGraph', () => {
  describe('on articles it has never seen (seed/fixtures/articles)', () => {
    const document = extractGraph(fixtures);
    const expected = JSON.parse(
      readFileSync(new URL('../fixtures/expected-fixtures.json', import.meta.url), 'utf8'),
    ) as Expectations;
    const result = evaluate(document, expected);

    it('finds every event and every speaker with the right role, and nobody else', () => {
      expect(result.events).toMatchObject({ precision: 1, recall: 1 });
      expect(result.speakers.missing).toEqual([]);
      expect(result.speakers.unexpected).toEqual([]);
    });

    it('attributes the claims to the right people with verbatim quotes', () => {
      expect(result.claims.recall).toBeGreaterThanOrEqual(0.9);
      expect(result.claims.precision).toBeGreaterThanOrEqual(0.9);
      expect(result.quotesVerbatim.bad).toEqual([]);
    });

    it('splits and merges no entity', () => {
      expect(result.splitEntities).toEqual([]);
      expect(result.mergedEntities).toEqual([]);
    });
  });

  it('is deterministic and valid', () => {
    const a = extractGraph(fixtures);
    const b = extractGraph(fixtures);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(validateGraphDocument(a).ok).toBe(true);
    expect(a.inputs).toEqual(['ottawa-panel.txt', 'madrid-and-brussels.txt']);
  });

  it('puts provenance on every relationship', () => {
    for (const rel of extractGraph(fixtures).relationships) {
      expect(rel.properties.source).toMatch(/^article:/);
      expect(['pattern', 'ner', 'curation']).toContain(rel.properties.method);
      expect(rel.properties.confidence).toBeGreaterThan(0);
      expect(rel.properties.evidenceEnd).toBeGreaterThan(rel.properties.evidenceStart ?? Infinity);
    }
  });

  it('raises an input error naming the file and line for an article with no event', () => {
    const attempt = () =>
      extractGraph([
        { name: 'cats.txt', text: 'All About Cats\n\nCats sleep a lot. They purr.\n' },
      ]);
    expect(attempt).toThrow(InputError);
    try {
      attempt();
    } catch (error) {
      expect((error as InputError).code).toBe('no-event');
      expect((error as InputError).line).toBe(3);
    }
  });

  it('raises an input error for an event with no named participant, unless lenient', () => {
    const text = 'A Quiet Panel\n\nA panel was held in Geneva on 3 May 2018. Nobody was named.\n';
    expect(() => extractGraph([{ name: 'quiet.txt', text }])).toThrow(
      expect.objectContaining({ code: 'no-participants' }),
    );
    expect(
      extractGraph([{ name: 'quiet.txt', text }], { strict: false }).nodes.some(
        (n) => n.label === 'Event',
      ),
    ).toBe(true);
  });

  it('raises an input error for an empty file', () => {
    expect(() => extractGraph([{ name: 'empty.txt', text: '  \n' }])).toThrow(
      expect.objectContaining({ code: 'empty-file' }),
    );
  });
});
