import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { baselineFigures, dropsAgainst, type BaselineFigures } from './corpus-baseline';
import { evaluate, type Expectations } from './evaluate';
import { extractGraph } from './index';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the bundled corpus against its committed baseline', () => {
  const baseline = JSON.parse(read('../fixtures/corpus-baseline.json')) as BaselineFigures;
  const expected = JSON.parse(read('../fixtures/expected-corpus.json')) as Expectations;
  const corpus = read('../corpus/iran-1988-conferences-2017.txt');
  const current = baselineFigures(
    evaluate(extractGraph([{ name: 'iran-1988-conferences-2017.txt', text: corpus }]), expected),
  );

  it('drops no figure: as many right answers, no more wrong ones', () => {
    expect(dropsAgainst(baseline, current)).toEqual([]);
  });

  it('names a measure that got worse', () => {
    const worse = { ...current, speakers: { right: 35, wrong: 1, expected: 36 } };
    expect(dropsAgainst(baseline, worse)).toHaveLength(2);
    expect(dropsAgainst(baseline, { ...current, claims: undefined } as never)).toHaveLength(1);
  });
});
