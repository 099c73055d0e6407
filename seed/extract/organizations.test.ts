import { describe, it, expect } from 'vitest';
import { acronymFits, deriveAcronym, findOrganizations } from './organizations';

const names = (text: string) => findOrganizations(text).map((o) => o.name);

describe('findOrganizations', () => {
  it('finds headed names, dropping a role before them and a city after them', () => {
    expect(
      names(
        'Kirsty Brimelow, Chair of the Bar Human Rights Committee of England and Wales, spoke.',
      ),
    ).toEqual(['Bar Human Rights Committee of England and Wales']);
    expect(names('a side event at the United Nations Human Rights Council in Geneva')).toEqual([
      'United Nations Human Rights Council',
    ]);
    expect(names('Professor of International Law at Université libre de Bruxelles')).toEqual([
      'Université libre de Bruxelles',
    ]);
  });

  it('reads bracketed acronyms and expansions', () => {
    const found = findOrganizations(
      'the opposition People’s Mojahedin (PMOI or MEK) and the MEK [Mujahedin-e Khalq]',
    );
    expect(found.find((o) => o.name === 'People’s Mojahedin')?.acronyms).toEqual(['PMOI', 'MEK']);
    expect(found.find((o) => o.name === 'Mujahedin-e Khalq')?.acronyms).toEqual(['MEK']);
  });

  it('takes the tail an acronym defines and keeps offsets exact', () => {
    const text =
      'by the Washington Office of the National Council of Resistance of Iran (NCRI-US), experts';
    const [org] = findOrganizations(text);
    expect(org?.name).toBe('National Council of Resistance of Iran');
    expect(text.slice(org?.start, org?.end)).toBe(org?.name);
  });

  it('does not split "X and the Y" into one name nor take a shouted city for an acronym', () => {
    expect(
      names(
        'co-sponsored by the Committee to Support Human Rights in Iran and the Committee of French Mayors',
      ),
    ).toEqual(['Committee to Support Human Rights in Iran', 'Committee of French Mayors']);
    expect(names('OTTAWA, March 9 — the CCDR said')).toEqual(['CCDR']);
  });
});

describe('acronyms', () => {
  it('derives initials skipping small words and allows skipped articles when matching', () => {
    expect(deriveAcronym('National Council of Resistance of Iran')).toBe('NCRI');
    expect(deriveAcronym('United Nations')).toBe('UN');
    expect(acronymFits('FOFI', 'Friends of a Free Iran in the European Parliament')).toBe(true);
    expect(acronymFits('ISJ', 'In Search of Justice')).toBe(true);
    expect(acronymFits('NCRI', 'Washington Office')).toBe(false);
  });
});
