import { describe, expect, it } from 'vitest';
import { isCaption } from './captions';

describe('isCaption', () => {
  it('knows a wire caption by its FILE opener or its photo credit', () => {
    expect(
      isCaption('FILE - Vice Chair Tom Halvorsen speaks during a news conference, June 3, 2023.'),
    ).toBe(true);
    expect(isCaption('FILE PHOTO: Delegates arrive for the summit in Lisbon.')).toBe(true);
    expect(
      isCaption('Mayor Ana Ruiz waves to supporters on Monday. (Meridian Photo/Carl Benz)'),
    ).toBe(true);
    expect(isCaption('Ministers pose for a group photo. REUTERS/Ana Lima')).toBe(true);
    expect(isCaption('Photo: Carl Benz/Meridian')).toBe(true);
    // A line crediting the reporters names who wrote the report.
    expect(isCaption('— With reports from Jerome Cruz')).toBe(true);
    expect(isCaption('(Reporting by Ana Lima in Lyon; Editing by Tom Baird)')).toBe(true);
    expect(isCaption('Reporting by the council showed a deficit.')).toBe(false);
  });

  it('leaves report paragraphs alone, photos and files named in them included', () => {
    expect(isCaption('Files seen by the committee showed the warnings were ignored.')).toBe(false);
    expect(isCaption('"It is a photo finish," said the mayor, Ana Ruiz.')).toBe(false);
    expect(isCaption('Photographers waited outside as Ruiz arrived at 9 a.m.')).toBe(false);
    expect(isCaption('The hearing heard from the photo editor of the Daily Post.')).toBe(false);
    expect(isCaption('Left-wing members walked out of the chamber.')).toBe(false);
  });
});
