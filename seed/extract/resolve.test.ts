import { describe, it, expect } from 'vitest';
import { EMPTY_CURATION } from './curation';
import { resolveOrganizations, resolvePeople } from './resolve';

describe('resolvePeople', () => {
  it('merges spelling variants across articles and keeps the others as aliases', () => {
    const items = [
      new Map([['Ingrid Betancourt', 2]]),
      new Map([['Ingrida Betancourt', 1]]),
      new Map([['Rama Yade', 1]]),
    ];
    const clusters = resolvePeople(items, (m) => m, EMPTY_CURATION);
    expect(clusters.map((c) => [c.name, c.aliases])).toEqual(
      expect.arrayContaining([
        ['Ingrid Betancourt', ['Ingrida Betancourt']],
        ['Rama Yade', []],
      ]),
    );
  });

  it('uses a curated spelling when the corpus is evenly split', () => {
    const items = [new Map([['Sid Ahmad Ghozali', 1]]), new Map([['Sid Ahmed Ghozali', 1]])];
    const curation = {
      ...EMPTY_CURATION,
      preferredNames: [{ name: 'Sid Ahmed Ghozali', why: 'test' }],
    };
    expect(resolvePeople(items, (m) => m, curation)[0]?.name).toBe('Sid Ahmed Ghozali');
  });
});

describe('resolveOrganizations', () => {
  const cluster = (clusters: ReturnType<typeof resolveOrganizations>, member: string) =>
    clusters.find((c) => c.members.includes(member));

  it('joins acronyms to long names by definition and by derivation', () => {
    const clusters = resolveOrganizations(
      [
        'National Council of Resistance of Iran',
        'NCRI',
        'People’s Mojahedin',
        'PMOI',
        'MEK',
        'People’s Mojahedin Organization of Iran',
        'Mujahedin-e Khalq',
        'United Nations',
        'UN',
      ],
      [
        ['People’s Mojahedin', 'PMOI'],
        ['People’s Mojahedin', 'MEK'],
        ['Mujahedin-e Khalq', 'MEK'],
      ],
      EMPTY_CURATION,
    );
    expect(cluster(clusters, 'NCRI')?.name).toBe('National Council of Resistance of Iran');
    expect(cluster(clusters, 'MEK')?.members.sort()).toEqual([
      'MEK',
      'Mujahedin-e Khalq',
      'PMOI',
      'People’s Mojahedin',
      'People’s Mojahedin Organization of Iran',
    ]);
    expect(cluster(clusters, 'UN')?.name).toBe('United Nations');
  });

  it('joins near-identical word sets and names prefixed by another organisation', () => {
    const clusters = resolveOrganizations(
      [
        'Committee of French Mayors for A Democratic Iran',
        'Committee of Mayors of France for a Democratic Iran',
        'UN',
        'United Nations',
        'UN Security Council',
        'Security Council',
        'Revolutionary Guards',
        'Iranian Revolutionary Guards Corps',
      ],
      [],
      EMPTY_CURATION,
    );
    expect(
      cluster(clusters, 'Committee of French Mayors for A Democratic Iran')?.members,
    ).toHaveLength(2);
    expect(cluster(clusters, 'Security Council')?.members).toContain('UN Security Council');
    expect(cluster(clusters, 'Revolutionary Guards')?.members).toContain(
      'Iranian Revolutionary Guards Corps',
    );
  });

  it('keeps different bodies apart and drops unexplained two-letter acronyms', () => {
    const clusters = resolveOrganizations(
      [
        'European Parliament',
        'Friends of a Free Iran in the European Parliament',
        'Human Rights Council',
        'Human Rights Commission',
        'WP',
      ],
      [],
      EMPTY_CURATION,
    );
    expect(clusters).toHaveLength(4);
    expect(cluster(clusters, 'WP')).toBeUndefined();
  });
});

describe('merge reasons', () => {
  it('says why each spelling joined a person: a letter apart, a middle name, the same folded name', () => {
    const items = [
      new Map([['Ingrid Betancourt', 2]]),
      new Map([['Ingrida Betancourt', 1]]),
      new Map([['Alfred de Zayas', 2]]),
      new Map([['Alfred-Maurice de Zayas', 1]]),
      new Map([['Jean François Legaret', 2]]),
      new Map([['Jean-François Legaret', 1]]),
      new Map([['Rama Yade', 1]]),
    ];
    const merges = resolvePeople(items, (m) => m, EMPTY_CURATION).flatMap((c) => c.merges);
    expect(merges).toEqual(
      expect.arrayContaining([
        { spelling: 'Ingrida Betancourt', with: 'Ingrid Betancourt', reason: 'edit-distance' },
        { spelling: 'Alfred-Maurice de Zayas', with: 'Alfred de Zayas', reason: 'middle-name' },
        { spelling: 'Jean-François Legaret', with: 'Jean François Legaret', reason: 'same-name' },
      ]),
    );
    expect(merges).toHaveLength(3);
  });

  it('records nothing for a person found in one article only (the resolver merged nothing)', () => {
    const items = [
      new Map([
        ['Ingrid Betancourt', 2],
        ['Ingrida Betancourt', 1],
      ]),
    ];
    expect(resolvePeople(items, (m) => m, EMPTY_CURATION)[0]?.merges).toEqual([]);
  });

  it('says why each name joined an organization, the strongest link first', () => {
    const clusters = resolveOrganizations(
      ['United Nations', 'UN', 'National Council of Resistance of Iran', 'NCRI'],
      [['National Council of Resistance of Iran', 'NCRI']],
      EMPTY_CURATION,
    );
    expect(clusters.flatMap((c) => c.merges)).toEqual(
      expect.arrayContaining([
        { spelling: 'UN', with: 'United Nations', reason: 'derived-acronym' },
        { spelling: 'NCRI', with: 'National Council of Resistance of Iran', reason: 'acronym' },
      ]),
    );
  });
});
