import { describe, it, expect } from 'vitest';
import { UNCERTAIN, findEvent } from './events';
import { splitSentences } from './sentences';
import { splitArticles } from './split';

function eventOf(text: string, fileYear?: number) {
  const [article] = splitArticles({ name: 'a.txt', text });
  return findEvent(article!, splitSentences(article!.text), fileYear);
}

describe('findEvent', () => {
  it('reads kind, venue, city, date and organizer of a wire report', () => {
    const event = eventOf(
      'WASHINGTON, Dec. 4, 2017 /PRNewswire/ — In a panel at the National Press Club by the Washington Office of the National Council of Resistance of Iran (NCRI-US), experts spoke.\n',
    );
    expect(event).toMatchObject({
      kind: 'panel',
      date: '2017-12-04',
      city: 'Washington',
      venue: 'National Press Club',
    });
    expect(event?.organizers).toEqual([
      expect.objectContaining({
        name: 'National Council of Resistance of Iran',
        role: 'organizer',
      }),
    ]);
  });

  it('prefers the headline kind and dates "today" by the publication date', () => {
    const event = eventOf(
      'Paris Conference calls for justice\n\nParis Conference calls for justice\n\nAn exhibition and a conference were held today at the 5th District Municipality of Paris.\n\nThe conference was co-sponsored by the Committee to Support Human Rights in Iran and the Committee of French Mayors for A Democratic Iran.\n\n2017November 28\n',
    );
    expect(event).toMatchObject({ kind: 'conference', date: '2017-11-28', city: 'Paris' });
    expect(event?.organizers.map((o) => [o.name, o.role])).toEqual([
      ['Committee to Support Human Rights in Iran', 'co-sponsor'],
      ['Committee of French Mayors for A Democratic Iran', 'co-sponsor'],
    ]);
  });

  it('calls a conference a parliamentary group holds in its parliament a parliamentary meeting', () => {
    const event = eventOf(
      'Lawmakers Meet\n\nOn Wednesday, 13 September 2017, the Friends of a Free Iran in the European Parliament (FOFI), held a conference at the headquarters of the European Parliament in Strasbourg.\n',
    );
    expect(event).toMatchObject({
      kind: 'parliamentary meeting',
      city: 'Strasbourg',
      date: '2017-09-13',
    });
  });

  it('completes a year-less date from the year the caller supplies', () => {
    expect(
      eventOf(
        'Exhibition in Brussels\n\nAn exhibition was held in the Residence Palace, Brussels on August 30.\n',
        2017,
      )?.date,
    ).toBe('2017-08-30');
  });

  it('gives the country and coordinates of the city', () => {
    const event = eventOf(
      'OTTAWA, March 9, 2019 /PRNewswire/ — In a panel at the Chateau Laurier, lawyers spoke.\n',
    );
    expect(event).toMatchObject({ city: 'Ottawa', countryCode: 'CA', country: 'Canada' });
    expect(event?.coordinates?.lon).toBeCloseTo(-75.7, 1);
    expect(event?.uncertain).toEqual([]);
  });

  it('reads the kinds press reports use from the vocabulary', () => {
    expect(
      eventOf('Guild News\n\nThe Annual General Meeting of the Guild was held in Leeds.\n')?.kind,
    ).toBe('annual general meeting');
    expect(eventOf('Vigil for Flood Victims\n\nNeighbours gathered in Leeds.\n')?.kind).toBe(
      'vigil',
    );
  });

  it('returns an event with what it found and lists what it could not establish', () => {
    const meeting = eventOf('Residents Meet\n\nA meeting was held at the community hall.\n');
    expect(meeting).toMatchObject({
      kind: 'meeting',
      uncertain: [UNCERTAIN.noDate, UNCERTAIN.noPlace],
    });
    const gathering = eventOf(
      'Neighbours Gather\n\nNeighbours gathered in Leeds on 4 May 2019 to plant trees.\n',
    );
    expect(gathering).toMatchObject({
      kind: 'event',
      date: '2019-05-04',
      city: 'Leeds',
      uncertain: [UNCERTAIN.kind],
    });
  });

  it('returns undefined when the article shows no sign of an event', () => {
    expect(eventOf('Cats\n\nCats sleep a lot. They purr.\n')).toBeUndefined();
  });
});
