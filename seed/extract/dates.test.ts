import { describe, it, expect } from 'vitest';
import { completeDate, findDates } from './dates';

const first = (text: string) => findDates(text)[0];

describe('findDates', () => {
  it.each([
    ['WASHINGTON, Dec. 4, 2017 /X/', '2017-12-04'],
    ['on Thursday, August 17, 2017.', '2017-08-17'],
    ['on 14 September 2017', '2017-09-14'],
    ['Geneva, Switzerland 14/09/2017', '2017-09-14'],
    ['Caption 04.05.2018', '2018-05-04'],
    ['2017November 28', '2017-11-28'],
    ['date 2021-02-20 Harbourton:', '2021-02-20'],
    ['Friday, April 09, 2010', '2010-04-09'],
  ])('reads %s', (text, iso) => {
    expect(first(text)?.iso).toBe(iso);
  });

  it('refuses days that do not exist', () => {
    expect(findDates('The vote was set for February 30, 2017 by mistake.')).toEqual([]);
    expect(findDates('on 31/04/2019')).toEqual([]);
  });

  it('does not read a count after "May" as a date', () => {
    expect(findDates('May 5 people join the choir next year?')).toEqual([]);
    expect(first('The fair opened on May 5 with music.')).toMatchObject({ month: 5, day: 5 });
  });

  it('reads a range with a weekday before each day as its first day', () => {
    expect(findDates('met on Tuesday 9th and Wednesday 10th March.')).toMatchObject([
      { day: 9, month: 3 },
    ]);
  });

  it('reads a range as its first day', () => {
    expect(first('The forum ran from 11th to the 13th of March 2015 in Tallin.')?.iso).toBe(
      '2015-03-11',
    );
    expect(first('held on 8th and 9th May')).toMatchObject({ day: 8, month: 5 });
    expect(first('a summit on June 3-4')).toMatchObject({ day: 3, month: 6 });
    expect(first('the congress of 23 and 24 May 2008')?.iso).toBe('2008-05-23');
    expect(first('from May 3 to May 5, 2019')?.iso).toBe('2019-05-03');
  });

  it('keeps a printed weekday with its day, also when the date follows in brackets', () => {
    expect(first('on Wednesday 26th October')).toMatchObject({ day: 26, month: 10, weekday: 3 });
    expect(first('The vigil on Tuesday (Jan 12) drew a crowd.')).toMatchObject({
      day: 12,
      month: 1,
      weekday: 2,
    });
  });

  it('reads weekdays and relative days without resolving them', () => {
    expect(first('They met on Saturday.')).toMatchObject({ weekday: 6 });
    expect(first('the board met last Thursday')).toMatchObject({ weekday: 4, modifier: 'last' });
    expect(first('Hundreds gathered this morning')).toMatchObject({ relativeDays: 0 });
    expect(first('The choir sang yesterday')).toMatchObject({ relativeDays: -1 });
    expect(first('They met on Saturday.')?.iso).toBeUndefined();
  });

  it('reads "sat", "sun" and "wed" in lower case as words, a capital abbreviation as a weekday', () => {
    expect(findDates('The governor sat in the front row.')).toEqual([]);
    expect(findDates('They wed in the chapel where the choir sang.')).toEqual([]);
    expect(first('The fair opens Sat. with music.')).toMatchObject({ weekday: 6 });
  });

  it('ignores months alone, years alone, times, durations and words chrono reads as dates', () => {
    for (const text of [
      'in the month of June',
      'founded in 1984',
      'at 7.30pm',
      'Right now, the hall is full.',
      'over the weekend',
      'Nine years after the flood',
      'a 4/5 majority',
    ])
      expect(findDates(text)).toEqual([]);
  });
});

describe('completeDate', () => {
  it('completes a date printed without a year from the given year', () => {
    const date = first('in New York on October 25, to discuss');
    expect(date?.iso).toBeUndefined();
    expect(completeDate(date!, 2017)).toBe('2017-10-25');
  });

  it('refuses a year that disagrees with the printed weekday', () => {
    const date = first('held on Wednesday 26th October')!;
    expect(completeDate(date, 2022)).toBe('2022-10-26');
    expect(completeDate(date, 2021)).toBeUndefined();
  });

  it('gives nothing without a year', () => {
    expect(completeDate(first('on 5 June')!)).toBeUndefined();
  });
});
