import { describe, it, expect } from 'vitest';
import { recurringAssertions, type AssertionClaim } from './recurring-assertions';

const names = new Set(['lena', 'ortiz', 'tom', 'reyes']);
const claim = (id: string, by: string, quote: string): AssertionClaim => ({
  id,
  by: [by],
  quote,
  nameWords: names,
  bodyNames: ['green ports alliance'],
});
// Filler claims so that a shared phrase is rare among all claims, as in a real corpus.
const filler = Array.from({ length: 30 }, (_, i) =>
  claim(`claim:f${i}`, `person:f${i}`, `Harbour number ${i} reported quieter berths overall.`),
);

describe('recurringAssertions', () => {
  it('links claims of different speakers that share a rare phrase, named by the longest', () => {
    const found = recurringAssertions([
      ...filler,
      claim('claim:a', 'person:lena', 'Europe needs a carbon border tax before 2030.'),
      claim('claim:b', 'person:tom', 'A carbon border tax would protect the steel towns.'),
      claim('claim:c', 'person:ana', 'Nobody here wants a carbon border tax on fertiliser.'),
    ]);
    expect(found).toEqual([
      {
        id: 'assertion:shared-carbon-border-tax',
        text: 'carbon border tax',
        claims: ['claim:a', 'claim:b', 'claim:c'],
        speakers: 3,
      },
    ]);
  });

  it('counts a figure written two ways as one', () => {
    const found = recurringAssertions([
      ...filler,
      claim('claim:a', 'person:lena', 'Some 12,000 dock workers lost their jobs.'),
      claim('claim:b', 'person:tom', 'We know 12.000 dock workers were laid off.'),
    ]);
    expect(found.map((a) => a.id)).toEqual(['assertion:shared-12000-dock-worker']);
  });

  it('ignores one speaker repeating themself, names, bodies, dates and the report’s words', () => {
    expect(
      recurringAssertions([
        ...filler,
        claim('claim:a', 'person:lena', 'The carbon border tax is overdue.'),
        claim('claim:b', 'person:lena', 'I repeat: the carbon border tax is overdue.'),
        claim(
          'claim:c',
          'person:tom',
          'Lena Ortiz Reyes was right, thanks to the Green Ports Alliance.',
        ),
        claim(
          'claim:d',
          'person:ana',
          'Lena Ortiz Reyes was right about the Green Ports Alliance.',
        ),
        claim('claim:e', 'person:tom', 'In the summer of 2019 the welcome remarks ran long.'),
        claim('claim:f', 'person:ana', 'By the summer of 2019 the welcome remarks ran long.'),
      ]),
    ).toEqual([]);
  });

  it('proposes nothing a curated assertion already covers', () => {
    const claims = [
      ...filler,
      claim('claim:a', 'person:lena', 'A carbon border tax now.'),
      claim('claim:b', 'person:tom', 'A carbon border tax soon.'),
    ];
    expect(recurringAssertions(claims, [new Set(['claim:a', 'claim:b'])])).toEqual([]);
  });
});
