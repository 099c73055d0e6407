import { describe, it, expect } from 'vitest';
import { eventNameYear } from './event-date';
import { findEvent } from './events';
import { splitSentences } from './sentences';
import { splitArticles } from './split';

function dateOf(text: string, fileYear?: number) {
  const [article] = splitArticles({ name: 'a.txt', text });
  return findEvent(article!, splitSentences(article!.text), fileYear)?.date;
}

describe('the event date', () => {
  it('is the date of the event, not the page date, with the year from the page', () => {
    expect(
      dateOf(
        'Guild Reports on Its Meeting\n\n3 March 2021\n\nThe meeting on 26 February was held at the guild hall in Leeds. Members voted.\n',
      ),
    ).toBe('2021-02-26');
  });

  it('resolves a weekday against a dateline day without a year, the year from the by-line', () => {
    expect(
      dateOf(
        'Botanist Wins the Larch Medal\n\nBy Ana Vos | 9 May 2024\n\nLeeds, 8 May: The botanist Ruth Kerr received the Larch Medal on Monday at a ceremony in Leeds.\n',
      ),
    ).toBe('2024-05-06');
  });

  it('takes the year of a prize day from its title', () => {
    expect(
      dateOf(
        'Prize Day 2024: a hall full of pride\n\nOn Friday 28th June the hall of Larkfield School was full for the prize day.\n',
      ),
    ).toBe('2024-06-28');
  });

  it('is not the date of the event the one reported prepares for', () => {
    expect(
      dateOf(
        'Glacier Talks\n\nPublished 21/11/2023 at 18:40\n\nGeneva (AFP) - Ministers met on Tuesday in Geneva.\n\nThe dialogue opened ahead of the climate summit in Dubai, which opens on 30 November.\n',
      ),
    ).toBe('2023-11-21');
  });

  it('takes an act in the sentence that introduces the event for the event, not a distractor', () => {
    expect(
      dateOf(
        "Guild Elects Chair\n\nYORK, March 7, 2024 - Members of the Weavers Guild elected Ann Lowe as chair on Thursday at the guild's annual meeting.\n\nHer rival had withdrawn on Tuesday.\n",
      ),
    ).toBe('2024-03-07');
  });

  it('takes the year that puts a day nearest the page date, across a new year', () => {
    expect(
      dateOf(
        'Winter Fair Closes\n\nJanuary 5, 2020\n\nThe winter fair was held on December 30 in Leeds.\n',
      ),
    ).toBe('2019-12-30');
  });

  it('resolves a weekday against the date line printed below the lead', () => {
    expect(
      dateOf(
        'Neighbours Hold Vigil\n\nNeighbours on Wednesday held a vigil in Leeds for the flood victims.\n\nFriday, April 09, 2010\n\nCandles were lit.\n',
      ),
    ).toBe('2010-04-07');
  });

  it('resolves a weekday that is the page date itself, and "last Thursday" a week before', () => {
    const sameDay =
      'Seminar Opens\n\nPublished : Nov. 14, 2023 - 18:14\n\nThe ministry on Tuesday held a seminar in Daegu.\n';
    expect(dateOf(sameDay)).toBe('2023-11-14');
    const lastWeek =
      'Board Meets\n\nThursday, May 4, 2023\n\nThe board met last Thursday in Leeds to approve the budget.\n';
    expect(dateOf(lastWeek)).toBe('2023-04-27');
  });

  it('resolves "today" and "this morning" to the date opening the lead', () => {
    expect(
      dateOf('Nurses March\n\nJune 2, 2016- Hundreds of nurses held a rally today in Leeds.\n'),
    ).toBe('2016-06-02');
    expect(dateOf('OTTAWA, May 3, 2022 — A forum opened this morning at the Chateau.\n')).toBe(
      '2022-05-03',
    );
  });

  it('gives a range its first day', () => {
    expect(
      dateOf(
        'Forum Report\n\nThe Forum was held in Tallinn over three days, from 11th to the 13th of March 2015.\n',
      ),
    ).toBe('2015-03-11');
    expect(
      dateOf(
        'Nurses Meet\n\nThe workshop was held at the college in Leeds on 8th and 9th May 2014.\n',
      ),
    ).toBe('2014-05-08');
  });

  it('takes the year from the headline or the event name for a day printed without one', () => {
    expect(
      dateOf(
        '2021 Annual Meeting Report\n\nThe Annual Meeting of the Club was held on Thursday 14th October in the parish hall.\n',
      ),
    ).toBe('2021-10-14');
    expect(
      dateOf(
        'Rowing Body Meets Online\n\nOn October 3, delegates met online with the board for the Online Congress 2020.\n',
      ),
    ).toBe('2020-10-03');
  });

  it('refuses a headline year that disagrees with the printed weekday', () => {
    expect(
      dateOf(
        '2020 Annual Meeting Report\n\nThe Annual Meeting of the Club was held on Thursday 14th October in the parish hall.\n',
      ),
    ).toBeUndefined();
  });

  it('gives no date for a day without any year, a weekday without a date line, or "today" alone', () => {
    expect(
      dateOf('Choir Sings\n\nOn Friday, November 17, the choir held a concert in Leeds.\n'),
    ).toBeUndefined();
    expect(
      dateOf('Choir Sings\n\nThe choir held a concert on Saturday in Leeds.\n'),
    ).toBeUndefined();
    expect(dateOf('Choir Sings\n\nThe choir held a concert today in Leeds.\n')).toBeUndefined();
  });

  it('does not take the date of something else', () => {
    expect(
      dateOf(
        'Treaty Anniversary Marked\n\nThe convention, signed on 10 December 1984, was discussed at a conference held on 5 May 2019 in Leeds.\n',
      ),
    ).toBe('2019-05-05');
    expect(
      dateOf(
        '2022 AGM Report\n\nThe AGM was held on Wednesday 26th October in the hall. Next year’s show has been booked for Saturday 19th August.\n',
      ),
    ).toBe('2022-10-26');
  });

  it('prefers a date not after the page date in a report of a past event', () => {
    expect(
      dateOf(
        'Club Report\n\nMarch 28, 2019\n\nThe next meeting is on April 20. On March 20, the club hosted a panel in Leeds.\n',
      ),
    ).toBe('2019-03-20');
  });

  it('keeps a future date in an announcement', () => {
    expect(
      dateOf(
        'Panel Announced\n\nMarch 1, 2023\n\nThe club will host a panel on March 29 in Leeds.\n',
      ),
    ).toBe('2023-03-29');
  });

  it('falls back to a wire dateline when the text names no other day', () => {
    expect(
      dateOf(
        'OTTAWA, March 9, 2019 /PRNewswire/ — In a panel at the Chateau Laurier, lawyers spoke.\n',
      ),
    ).toBe('2019-03-09');
  });

  it('completes a year-less day from the file year the caller knows', () => {
    expect(
      dateOf(
        'Exhibition in Brussels\n\nAn exhibition was held in the Residence Palace, Brussels on August 30.\n',
        2017,
      ),
    ).toBe('2017-08-30');
  });
});

describe('eventNameYear', () => {
  it('reads a year printed with an event kind, not any year', () => {
    expect(eventNameYear(['2022 AGM Report'])).toBe(2022);
    expect(eventNameYear(['for the Online Congress 2020.'])).toBe(2020);
    expect(eventNameYear(['Speaks on the 1988 Massacre in Iran'])).toBeUndefined();
  });
});
