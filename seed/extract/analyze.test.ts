import { describe, expect, it } from 'vitest';
import { analyzeFile } from './index';
import { preferredVariant } from './people';

/** Who the whole pipeline takes for the event's speakers, in an invented report. */
function speakersOf(body: string): string[] {
  const text = `Drivers rally at the depot\n\nPublished 4 May 2025\n\n${body}\n`;
  const [analysis] = analyzeFile({ name: 'report.txt', text }).analyses;
  return (analysis?.participations ?? []).map((p) => preferredVariant(p.person.variants)).sort();
}

describe('analyzeArticle: people quoted with words given elsewhere', () => {
  it('takes no one quoted only from a statement for a speaker, however they are named next', () => {
    expect(
      speakersOf(
        [
          'Hundreds of drivers rallied outside the Harlow depot on Friday. Union organiser Petra Lund told the crowd that the rosters were unsafe.',
          'In a statement issued after the rally, Transport Minister Carys Holm said the rosters had been agreed. The minister said she remained open to talks.',
        ].join('\n\n'),
      ),
    ).toEqual(['Petra Lund']);
  });

  it('still takes them for a speaker when the report has them address the event too', () => {
    expect(
      speakersOf(
        [
          'Hundreds of drivers rallied outside the Harlow depot on Friday.',
          'In a statement issued before the rally, Transport Minister Carys Holm said the rosters had been agreed.',
          'Holm later addressed the rally, telling drivers that the minister would meet them on Monday.',
        ].join('\n\n'),
      ),
    ).toEqual(['Carys Holm']);
  });
});
