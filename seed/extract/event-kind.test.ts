import { describe, it, expect } from 'vitest';
import { EVENT_KINDS, kindIn } from './event-kind';

describe('kindIn', () => {
  it('keeps the kinds of the bundled corpus', () => {
    expect(EVENT_KINDS.slice(0, 2)).toEqual(['side event', 'panel']);
    for (const kind of ['exhibition', 'conference', 'hearing', 'seminar', 'summit', 'rally'])
      expect(EVENT_KINDS).toContain(kind);
    expect(kindIn('The Club held a side-event about wetlands')).toBe('side event');
    expect(kindIn('she addressed the Assembly of the Guild')).toBe('address');
  });

  it.each([
    ['2019 AGM Report', 'annual general meeting'],
    ['The Annual General Meeting of the Guild was held on Monday', 'annual general meeting'],
    ['the 12th convocation of the college', 'convocation'],
    ['a memorial service for the founder', 'memorial service'],
    ['a celebration of life for Ada Quill', 'celebration of life'],
    ['the town hall meeting on bus fares', 'town hall'],
    ['a press conference at the depot', 'press conference'],
    ['the Official Opening of Photo Exhibition at the library', 'exhibition opening'],
    ['a candlelight vigil outside the hall', 'vigil'],
    ['the award ceremony for young poets', 'award ceremony'],
    ['a webinar on soil health', 'webinar'],
    ['a roundtable on river rights', 'roundtable'],
    ['the Hillside Writers and Readers Festival', 'literary festival'],
  ])('names "%s" a %s', (text, kind) => {
    expect(kindIn(text)).toBe(kind);
  });

  it('takes the kind named first, and the longer name at the same place', () => {
    expect(kindIn('A panel discussion closed the conference')).toBe('panel');
    expect(kindIn('his first press conference since the summit')).toBe('press conference');
  });

  it('names no kind where the text names none', () => {
    expect(kindIn('Cats sleep a lot.')).toBeUndefined();
  });
});
