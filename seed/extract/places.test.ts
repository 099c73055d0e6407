import { describe, it, expect } from 'vitest';
import { cityMentions, citiesNamed, foldPlace, lookupCity } from './places';

const cities = (text: string) => cityMentions(text).map((m) => m.name);
const cues = (text: string) => cityMentions(text).map((m) => `${m.name}:${m.cue}`);

describe('the gazetteer', () => {
  it('gives a city its country and coordinates', () => {
    const found = lookupCity('Nairobi');
    expect(found?.city.country).toBe('KE');
    expect(found?.city.lat).toBeCloseTo(-1.28, 1);
    expect(found?.city.lon).toBeCloseTo(36.82, 1);
  });

  it('knows English names the gazetteer lists otherwise, and shows the English one', () => {
    expect(lookupCity('Geneva')).toMatchObject({ name: 'Geneva', city: { country: 'CH' } });
    expect(lookupCity('Washington DC')).toMatchObject({
      name: 'Washington',
      city: { name: 'Washington, D.C.' },
    });
    expect(lookupCity('New York')?.city.name).toBe('New York City');
  });

  it('matches without diacritics and prefers the most populous city of a name', () => {
    expect(foldPlace('Zürich')).toBe(foldPlace('Zurich'));
    expect(lookupCity('Zurich')?.city.country).toBe('CH');
    expect(citiesNamed('Paris')[0]?.country).toBe('FR');
    expect(citiesNamed('Paris', 'US')[0]?.country).toBe('US');
  });
});

describe('cityMentions', () => {
  it('reads the cue that makes a word a place', () => {
    expect(cues('The summit was held in Lisbon on Monday.')).toEqual(['Lisbon:held-in']);
    expect(cues('The choir met at the Town Hall in Lisbon.')).toEqual(['Lisbon:held-in']);
    expect(cues('She spoke in Lisbon about tides.')).toEqual(['Lisbon:in']);
    expect(cues('A panel at the Palacio Real, Madrid, drew a crowd.')).toEqual(['Madrid:venue-in']);
    expect(cues('Lisbon hosts the fishery talks')).toEqual(['Lisbon:hosts']);
    expect(cues('At the Lisbon Book Fair, poets read.')).toEqual(['Lisbon:event-name']);
    expect(cues('a talk held at the Museum of Lisbon')).toEqual(['Lisbon:of-venue']);
    expect(cues('The Whitby Town Council heard from residents.')).toEqual(['Whitby:venue-in']);
  });

  it('takes the country after a comma to tell cities of one name apart', () => {
    const [canadian] = cityMentions('The forum met in London, Canada, last spring.');
    expect(canadian?.city.country).toBe('CA');
    expect(cityMentions('The forum met in London last spring.')[0]?.city.country).toBe('GB');
  });

  it('does not take a city that is part of another name or a modifier', () => {
    expect(cities('They cited the Rome Statute of the court.')).toEqual([]);
    expect(cities('a Hague-based court and a London-listed firm')).toEqual([]);
    expect(cities('Jane Lawrence and Mr. Lincoln spoke.')).toEqual([]);
    expect(cities('The award went to John Dallas, a nurse.')).toEqual([]);
    expect(cities('a pastor at Plymouth Congregational Church')).toEqual([]);
  });

  it('does not take a word that only shortens a city\'s name ("National" of National City)', () => {
    expect(cities('National seminar on soils held at the college')).toEqual([]);
    expect(cities('The Kansas City forum opened.')).toEqual(['Kansas City']);
    expect(cities('The workshop was held in Ajman on Monday.')).toHaveLength(1);
  });

  it('does not take where people come from, live or travel to for the place', () => {
    expect(cities('pupils from the Hilltop School in Leeds joined')).toEqual([]);
    expect(cities('a scholar from Leeds University in York spoke')).toEqual([]);
    expect(cities('She was born in Leeds and lives in York.')).toEqual([]);
    expect(cities('the ambassador to London, Ola Berg')).toEqual([]);
  });

  it('needs a preposition for a city whose name is also a word or a first name', () => {
    expect(cities('Mobile phones were banned. Reading is fun. Of course.')).toEqual([]);
    expect(cities('The fair was held in Reading.')).toEqual(['Reading']);
    expect(cities('Lawrence thanked the choir.')).toEqual([]);
    expect(cities('Neighbours gathered in Lawrence on Sunday.')).toEqual(['Lawrence']);
  });

  it('needs a large city where the name stands alone', () => {
    expect(cities('The Bath orchestra played.')).toEqual([]);
    expect(cities('Tourists love Nairobi, the guide said.')).toEqual(['Nairobi']);
  });

  it('never takes a region, a country, a month or a weekday for a city', () => {
    expect(cities('a Florida pastor visited Indiana')).toEqual([]);
    expect(cities('The show was held in August and again in May.')).toEqual([]);
    expect(cities('The meeting was held in Jordan.')).toEqual([]);
    expect(cities('The forum was held in Singapore and the fair in Hong Kong.')).toEqual([
      'Singapore',
      'Hong Kong',
    ]);
  });
});
