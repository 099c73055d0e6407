import { describe, it, expect } from 'vitest';
import { axisTicks } from './timeline-ticks';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const labels = (from: string, to: string) => axisTicks(day(from), day(to)).map((t) => t.label);

describe('axisTicks', () => {
  it('labels every month of a span of months, with the year on the first and on January', () => {
    expect(labels('2017-08-20', '2018-02-10')).toEqual([
      'Sep 2017',
      'Oct',
      'Nov',
      'Dec',
      'Jan 2018',
      'Feb',
    ]);
  });

  it('labels quarters for two years, years for eight, and every few years for decades', () => {
    expect(labels('2017-08-20', '2019-06-01')).toEqual([
      'Oct 2017',
      'Jan 2018',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2019',
      'Apr',
    ]);
    expect(labels('2017-08-20', '2025-10-09')).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(labels('1950-03-01', '2025-01-01')).toEqual(
      Array.from({ length: 12 }, (_, i) => String(1956 + i * 6)),
    );
  });

  it('never gives more than fourteen labels, and none outside the span', () => {
    for (const [from, to] of [
      ['2000-01-01', '2001-03-01'],
      ['1900-01-01', '2025-12-31'],
      ['2024-05-01', '2024-05-20'],
    ] as const) {
      const ticks = axisTicks(day(from), day(to));
      expect(ticks.length).toBeLessThanOrEqual(14);
      for (const t of ticks) {
        expect(t.day).toBeGreaterThan(day(from));
        expect(t.day).toBeLessThanOrEqual(day(to));
      }
    }
  });
});
