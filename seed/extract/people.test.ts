import { describe, it, expect } from 'vitest';
import { ArticlePeople, preferredVariant } from './people';

describe('ArticlePeople', () => {
  it('merges spelling variants and resolves surnames and honorific references', () => {
    const people = new ArticlePeople();
    const full = people.addFull('Ingrid Betancourt', { start: 0, end: 17 });
    expect(people.addFull('Ingrida Betancourt', { start: 30, end: 48 })).toBe(full);
    expect(people.resolve('Betancourt', { start: 60, end: 70 })).toBe(full);
    expect(people.resolve('Mrs. Betancourt', { start: 80, end: 95 })).toBe(full);
  });

  it('does not resolve a surname shared by two people', () => {
    const people = new ArticlePeople();
    people.addFull('Maryam Rajavi', { start: 0, end: 13 });
    people.addFull('Massoud Rajavi', { start: 20, end: 34 });
    expect(people.resolve('Rajavi', { start: 40, end: 46 })).toBeUndefined();
  });

  it('keeps a surname reference out of the spellings when the full name comes later', () => {
    const people = new ArticlePeople();
    const short = people.addFull('Felhmann Rielle', { start: 0, end: 15 });
    const full = people.addFull('Laurence Felhmann Rielle', { start: 20, end: 44 });
    expect(full).toBe(short);
    expect([...full.variants.keys()]).toEqual(['Laurence Felhmann Rielle']);
  });

  it('takes a longer reading of the words at the same place for the same person', () => {
    const people = new ArticlePeople();
    const short = people.addFull('Orla Nic', { start: 0, end: 8 });
    const full = people.addFull('Orla Nic Giolla Rua', { start: 0, end: 19 });
    expect(full).toBe(short);
    expect([...full.variants.keys()]).toEqual(['Orla Nic Giolla Rua']);
    expect(full.mentions).toHaveLength(1);
    expect(people.addFull('Orla Nic Giolla', { start: 0, end: 15 })).toBe(full);
    expect(people.all()).toHaveLength(1);
  });

  it('does not take a title run on without a comma for more of the name', () => {
    const people = new ArticlePeople();
    const person = people.addFull('Tomasz Wielgosz', { start: 0, end: 15 });
    const run = people.addFull('Tomasz Wielgosz Director', { start: 0, end: 24 });
    expect(run).not.toBe(person);
    expect([...person.variants.keys()]).toEqual(['Tomasz Wielgosz']);
  });

  it('finds a person by a title recorded for them', () => {
    const people = new ArticlePeople();
    const person = people.addFull('Bernard Kouchner', { start: 0, end: 16 });
    people.addTitle(person, 'former Foreign Minister');
    expect(people.byDescription('the former foreign minister')).toBe(person);
  });

  it('takes a description headed by a body for the body, not a titled member', () => {
    const people = new ArticlePeople();
    const person = people.addFull('Duarte Pinho', { start: 0, end: 12 });
    people.addTitle(person, "The party's youth leader");
    expect(people.byDescription('the party')).toBeUndefined();
    expect(people.byDescription('the youth leader')).toBe(person);
  });
});

describe('preferredVariant', () => {
  it('prefers the most frequent spelling, then the hyphenated one', () => {
    expect(
      preferredVariant(
        new Map([
          ['Ingrid Betancourt', 3],
          ['Ingrida Betancourt', 1],
        ]),
      ),
    ).toBe('Ingrid Betancourt');
    expect(
      preferredVariant(
        new Map([
          ['Jean François Legaret', 1],
          ['Jean-François Legaret', 1],
        ]),
      ),
    ).toBe('Jean-François Legaret');
  });
});
