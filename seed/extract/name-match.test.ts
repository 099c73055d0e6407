import { describe, it, expect } from 'vitest';
import { isSurnameOf, sameFullName } from './name-match';

describe('sameFullName', () => {
  it.each([
    ['Ingrida Betancourt', 'Ingrid Betancourt'],
    ['Sid Ahmad Ghozali', 'Sid Ahmed Ghozali'],
    ['Jean François Legaret', 'Jean-François Legaret'],
    ['Alfred de Zayas', 'Alfred-Maurice de Zayas'],
    ['Julie ward', 'Julie Ward'],
    ['Gerard Deprez', 'Gérard Deprez'],
    ['TK Mensah', 'Tobias Kwame Mensah'],
    ['R. J. Okoro', 'Ruth Janet Okoro'],
  ])('treats %s and %s as one person', (a, b) => {
    expect(sameFullName(a, b)).toBe(true);
  });

  it.each([
    ['Maryam Rajavi', 'Massoud Rajavi'],
    ['Ali Khamenei', 'Ali Larijani'],
    ['Rama Yade', 'Yade'],
    ['TK Mensah', 'Tobias Mensah'],
    ['TK Mensah', 'Tobias Kwame Osei'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(sameFullName(a, b)).toBe(false);
  });
});

describe('isSurnameOf', () => {
  it('recognises one- and two-word surnames of a full name', () => {
    expect(isSurnameOf('Blackwell', 'Kenneth Blackwell')).toBe(true);
    expect(isSurnameOf('Felhmann Rielle', 'Laurence Felhmann Rielle')).toBe(true);
    expect(isSurnameOf('Rama', 'Rama Yade')).toBe(false);
  });
});
