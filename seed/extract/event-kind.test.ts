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
    ['executives gave evidence to the Audit Committee', 'hearing'],
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

  it('does not take a common word or an organisation for a kind', () => {
    for (const text of [
      'the commencement of the works',
      'since the launch of the charity',
      'hearing from the families',
      'the retreat of the glaciers',
      'the reception of refugees',
      'a demonstration of the new pump',
      'She told Congress on Monday',
      'a member of the World Harbour Congress',
    ])
      expect(kindIn(text)).toBeUndefined();
  });

  it('names the congresses, launches and hearings that are events', () => {
    expect(kindIn('The 91st Congress of the Federation met')).toBe('congress');
    expect(kindIn('for the Online Congress 2020.')).toBe('congress');
    expect(kindIn('the annual congress of surgeons')).toBe('congress');
    expect(kindIn('at the launch of the report on rivers')).toBe('launch');
    expect(kindIn('a hearing on drug prices')).toBe('hearing');
  });
});
