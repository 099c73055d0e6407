import { describe, it, expect } from 'vitest';
import { completeDate, findDates } from './dates';

describe('findDates', () => {
  it.each([
    ['WASHINGTON, Dec. 4, 2017 /X/', '2017-12-04'],
    ['on Thursday, August 17, 2017.', '2017-08-17'],
    ['on 14 September 2017', '2017-09-14'],
    ['Geneva, Switzerland 14/09/2017', '2017-09-14'],
    ['2017November 28', '2017-11-28'],
  ])('reads %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('completes a date printed without a year from the given year', () => {
    const [date] = findDates('in New York on October 25, to discuss');
    expect(date?.iso).toBeUndefined();
    expect(completeDate(date!, 2017)).toBe('2017-10-25');
  });
});
