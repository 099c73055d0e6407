import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { CORPUS_TARGETS, evaluate, missedTargets, type Expectations } from './evaluate';
import { extractGraph } from './index';

describe('evaluation against the hand-checked corpus expectations', () => {
  const corpus = readFileSync(
    new URL('../corpus/iran-1988-conferences-2017.txt', import.meta.url),
    'utf8',
  );
  const expected = JSON.parse(
    readFileSync(new URL('../fixtures/expected-corpus.json', import.meta.url), 'utf8'),
  ) as Expectations;
  const result = evaluate(
    extractGraph([{ name: 'iran-1988-conferences-2017.txt', text: corpus }]),
    expected,
  );

  it('meets the speakers-at-events targets', () => {
    expect(result.speakers.precision).toBeGreaterThanOrEqual(CORPUS_TARGETS.speakersPrecision);
    expect(result.speakers.recall).toBeGreaterThanOrEqual(CORPUS_TARGETS.speakersRecall);
  });

  it('splits no person or organisation into two nodes and merges none', () => {
    expect(result.splitEntities).toEqual([]);
    expect(result.mergedEntities).toEqual([]);
  });

  it('keeps every claim quote verbatim at its offsets and gives every quoted speaker claims', () => {
    expect(result.quotesVerbatim.bad).toEqual([]);
    expect(result.quotedSpeakersWithoutClaims).toEqual([]);
  });

  it('finds every event and attributes claims to the right people', () => {
    expect(result.events.recall).toBe(1);
    expect(result.claims.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.claims.recall).toBeGreaterThanOrEqual(0.9);
    expect(missedTargets(result)).toEqual([]);
  });

  it('reports a missed target when the expectations are not met', () => {
    const stricter = {
      ...expected,
      speakers: [
        ...expected.speakers,
        { article: 'National Press Club', name: 'Nobody Here', role: 'speaker' },
      ],
    };
    const worse = evaluate(extractGraph([{ name: 'c.txt', text: corpus }]), stricter);
    expect(worse.speakers.recall).toBeLessThan(1);
    expect(missedTargets(worse, { ...CORPUS_TARGETS, speakersRecall: 1 })).not.toEqual([]);
  });
});
