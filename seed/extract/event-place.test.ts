import { describe, it, expect } from 'vitest';
import { findEvent } from './events';
import { splitSentences } from './sentences';
import { splitArticles } from './split';

function eventOf(text: string) {
  const [article] = splitArticles({ name: 'a.txt', text });
  return findEvent(article!, splitSentences(article!.text));
}
const cityOf = (text: string) => eventOf(text)?.city;

describe('the event city', () => {
  it('comes from a dateline, shouted or not, with the gazetteer country and coordinates', () => {
    const event = eventOf('Talk on Water\n\nNAIROBI:\n\nThe session was chaired by the dean.\n');
    expect(event).toMatchObject({ city: 'Nairobi', countryCode: 'KE', country: 'Kenya' });
    expect(event?.coordinates?.lat).toBeCloseTo(-1.28, 1);
    expect(cityOf('Club Meets\n\nLyon, 4 May – On Tuesday the club held its meeting.\n')).toBe(
      'Lyon',
    );
  });

  it('comes from an institution named for its city, and a UNITED NATIONS dateline', () => {
    expect(
      cityOf(
        'Fraudster Jailed\n\nThe hearing at Bristol Crown Court ended on Monday with a sentence.\n',
      ),
    ).toBe('Bristol');
    expect(
      cityOf(
        'Council Meets\n\nUNITED NATIONS, 3 June 2024 (AFP) - The Security Council held a meeting on famine.\n',
      ),
    ).toBe('New York');
  });

  it('is where the text says the event was held, over a dateline', () => {
    expect(
      cityOf('NAIROBI, May 3, 2022 /Wire/ — The summit was held in Kampala on Monday.\n'),
    ).toBe('Kampala');
  });

  it("is a venue's city and the city in the event's name", () => {
    expect(
      cityOf('Nurses Meet\n\nThe workshop was held at Lakeside Medical College Sharjah.\n'),
    ).toBe('Sharjah');
    expect(
      cityOf('Books Galore\n\nAt the Hobart Writers and Readers Festival, poets read.\n'),
    ).toBe('Hobart');
  });

  it('is the town after a green or square the event stood on', () => {
    expect(
      cityOf(
        'Lanterns Lit\n\nThree hundred people stood on Market Green, Todmorden, on Sunday for a vigil.\n\nThe vigil was organised by the Circuit, Calder Valley Churches Together and the Mytholm Faiths Forum.\n',
      ),
    ).toBe('Todmorden');
  });

  it('is not the place of another event the report looks ahead to', () => {
    expect(
      cityOf(
        'Rally\n\nDUNMORE HILL, Pa. - The candidate spoke to miners.\n\nHer rival will hold a rally in Pittsburgh next week.\n',
      ),
    ).toBe('Dunmore Hill');
  });

  it('is not a town whose name a lecture bears', () => {
    expect(
      cityOf('Full House\n\nHundreds came to hear the annual Selby Lecture given by a botanist.\n'),
    ).toBeUndefined();
  });

  it("is the dateline's city over a small town an event's name happens to share", () => {
    expect(
      cityOf(
        'Poets Gather\n\nSTIRLING - Hundreds came to the Lakeshore Book Festival on Saturday.\n',
      ),
    ).toBe('Stirling');
    expect(
      cityOf('Poets Gather\n\nSTIRLING - Hundreds came to the Durban Book Festival on Saturday.\n'),
    ).toBe('Durban');
  });

  it('is not the place of an event the one reported prepares for, and is where a committee sits', () => {
    expect(
      cityOf(
        'Glacier Talks\n\nGeneva (AFP) - Ministers met on Tuesday ahead of the climate summit in Dubai, which opens next week.\n',
      ),
    ).toBe('Geneva');
    expect(
      cityOf(
        'Ferry Inquiry\n\nThe former chief executive gave evidence to the Transport Committee in Wellington this morning.\n',
      ),
    ).toBe('Wellington');
  });

  it('comes from the headline when the body names none', () => {
    expect(cityOf('Choir Concert in Leeds\n\nThe choir held a concert on Sunday.\n')).toBe('Leeds');
  });

  it('is not where a speaker comes from or a company is based', () => {
    expect(
      cityOf(
        'Students Visit Institute\n\nThe institute hosted pupils from the Hilltop School in Leeds for a panel discussion.\n',
      ),
    ).toBeUndefined();
    expect(
      cityOf(
        'Court Seminar\n\nThe ministry held a seminar on the Hague-based court and the Rome Statute.\n',
      ),
    ).toBeUndefined();
  });

  it('is none for an event held online, whatever the dateline says', () => {
    expect(
      cityOf(
        'Salzkammer (RWH) The 12th Congress of the Federation was held online on 3 May 2021.\n',
      ),
    ).toBeUndefined();
    expect(cityOf('OSLO (Wire) - The board held its first webinar on Monday.\n')).toBeUndefined();
  });

  it('is the city for an event about something digital, held in a place', () => {
    expect(
      cityOf(
        'Forum Weighs Privacy\n\nA forum on digital privacy was held on 3 May 2021 at the town theatre in Porto.\n',
      ),
    ).toBe('Porto');
  });

  it('does not take a word that is also a city for one without a cue', () => {
    expect(
      cityOf('Phones Banned\n\nMobile phones were banned at the meeting held on Monday.\n'),
    ).toBeUndefined();
    expect(
      cityOf('Parish Meets\n\nThe meeting was held in August in the parish hall.\n'),
    ).toBeUndefined();
  });
});
