import { describe, it, expect } from 'vitest';
import { findDateline, findDateLine } from './dateline';

describe('findDateline', () => {
  it.each([
    ['OTTAWA, March 9, 2019 /PRNewswire/ — A panel met.', 'Ottawa', '2019-03-09'],
    ['VIENNA (21 October 2019) - Delegates gathered.', 'Vienna', '2019-10-21'],
    ['Lyon, 4 May – On Tuesday 2 May the club met.', 'Lyon', undefined],
    ['OSLO, 5 June (Reuters) - The council voted.', 'Oslo', undefined],
    ['KYIV, Ukraine (AP) — The mayor spoke.', 'Kyiv', undefined],
    ['SAN FRANCISCO, Calif. — A forum opened.', 'San Francisco', undefined],
    ['ST. PAUL, Minn. — The council met.', 'St. Paul', undefined],
    ['BRAMBLE HOLLOW, Vt. - The fair opened.', 'Bramble Hollow', undefined],
    ['WASHINGTON, D.C. — The council met.', 'Washington', undefined],
    ['NAIROBI:\n\nThe summit closed.', 'Nairobi', undefined],
  ])('reads "%s"', (text, city, date) => {
    const found = findDateline(text);
    expect(found?.city).toBe(city);
    expect(found?.date).toBe(date);
  });

  it('takes a country of several words after the town ("Bosnia and Herzegovina")', () => {
    expect(
      findDateline('KRALJEVAC, Bosnia and Herzegovina, May 3 (Wire) — Hundreds gathered.')?.city,
    ).toBe('Kraljevac');
  });

  it('takes a shouted town alone before a dash, not a label or an acronym that recurs', () => {
    expect(findDateline('HOLLINGFORD - Hollingford Town beat the leaders.')?.city).toBe(
      'Hollingford',
    );
    expect(findDateline('BREAKING - The council has resigned.')).toBeUndefined();
    expect(
      findDateline('UNOCA – The envoy spoke on Monday.\n\nUNOCA said the talks would go on.'),
    ).toBeUndefined();
  });

  it('reads a date opening the lead, with the city that may follow it', () => {
    expect(findDateline('June 2, 2016- Hundreds of nurses marched today.')).toMatchObject({
      date: '2016-06-02',
    });
    expect(findDateline('date 2019-11-02 Nagpur: At the tenth convocation …')).toMatchObject({
      date: '2019-11-02',
      city: 'Nagpur',
    });
  });

  it('looks past a subhead but not deep into the body', () => {
    const text = 'Officials talk about water.\n\nLAGOS:\n\nOne.\n\nTwo.\n\nThree.\n\nFour.';
    expect(findDateline(text)?.city).toBe('Lagos');
    expect(findDateline('One.\n\nTwo.\n\nThree.\n\nFour.\n\nLAGOS:\n\nFive.')).toBeUndefined();
  });

  it('does not take a heading, a label or a sentence for a dateline', () => {
    for (const text of [
      'NOTE: Tickets are free.',
      'Speakers: Ana Reyes and Tom Voss.',
      'Mobile: 0123 456 789',
      'Members of the choir, friends from the town and guests — all sang.',
      'Paris Conference calls for justice',
    ])
      expect(findDateline(text)).toBeUndefined();
  });
});

describe('findDateLine', () => {
  it.each([
    ['Friday, April 09, 2010', '2010-04-09'],
    ['Published : Nov. 14, 2023 - 18:14', '2023-11-14'],
    ['Posted on June 5, 2018 by admin', '2018-06-05'],
    ['By Jane Doe | June 5, 2018', '2018-06-05'],
    ['Updated: 14 June 2019 09:12 GMT', '2019-06-14'],
    ['Harbour Friends Society, 27 June 2018', '2018-06-27'],
    ['2017November 28', '2017-11-28'],
    ['Published: 10:04 EDT, 5 March 2019 | Updated: 11:20 EDT, 6 March 2019', '2019-03-05'],
    ['March 5, 2019 at 10:04 a.m. EST', '2019-03-05'],
    ['Lower Fen Baptist Association – News – 18 November 2025', '2025-11-18'],
    ['News | Office of Press and Public Affairs | 14.11.2024', '2024-11-14'],
  ])('reads the line "%s"', (line, date) => {
    expect(findDateLine(`Body of the report.\n\n${line}\n\nMore body.`)?.date).toBe(date);
  });

  it('does not take a line that says more than a date', () => {
    expect(findDateLine('The fair opened on 5 May 2019.')).toBeUndefined();
    expect(findDateLine('Conference on 5 May 2019')).toBeUndefined();
    expect(findDateLine('On 5 June')).toBeUndefined();
  });
});
