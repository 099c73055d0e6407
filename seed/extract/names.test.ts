import { describe, it, expect } from 'vitest';
import { nameCandidates } from './name-candidates';
import { cleanPersonName, compromisePeople } from './names';

describe('cleanPersonName', () => {
  it('strips honorifics, titles and nationality words', () => {
    expect(cleanPersonName('former Algerian Prime Minister Sid Ahmed Ghozali')?.name).toBe(
      'Sid Ahmed Ghozali',
    );
    expect(cleanPersonName('Mrs. Maryam Rajavi')).toMatchObject({
      name: 'Maryam Rajavi',
      honorific: 'Mrs.',
    });
    expect(cleanPersonName('Attorney William Bourdon')).toMatchObject({
      name: 'William Bourdon',
      title: 'Attorney',
    });
    expect(cleanPersonName('Gérard Deprez MEP')?.name).toBe('Gérard Deprez');
  });

  it('drops a sentence adverb before a surname ("Afterwards Mair said")', () => {
    expect(cleanPersonName('Afterwards Mair', { allowSingle: true })?.name).toBe('Mair');
    expect(cleanPersonName('Later Duncan Mair')?.name).toBe('Duncan Mair');
  });

  it('drops "Cllr" and a bracket after the name ("Devon Ashford (Ind, Westfield)")', () => {
    expect(cleanPersonName('Cllr Devon Ashford')?.name).toBe('Devon Ashford');
    expect(cleanPersonName('Devon Ashford (Ind')?.name).toBe('Devon Ashford');
  });

  it('keeps particles and hyphenated names whole', () => {
    expect(cleanPersonName('Alfred de Zayas')?.name).toBe('Alfred de Zayas');
    expect(cleanPersonName('Dr. Alejo Vidal-Quadras')?.name).toBe('Alejo Vidal-Quadras');
  });

  it('rejects organisations, bare titles and single words unless asked', () => {
    expect(cleanPersonName('National Council of Resistance')).toBeUndefined();
    expect(cleanPersonName('The Independent Expert')).toBeUndefined();
    expect(cleanPersonName('Kestrel Police')).toBeUndefined();
    expect(cleanPersonName('Yade')).toBeUndefined();
    expect(cleanPersonName('Yade', { allowSingle: true })?.name).toBe('Yade');
  });

  it('fixes the case of a lowercase surname only when the caller vouches for it', () => {
    expect(cleanPersonName('Julie ward')).toBeUndefined();
    expect(cleanPersonName('Julie ward', { fixCase: true })?.name).toBe('Julie Ward');
  });
});

describe('compromisePeople', () => {
  it('extends names compromise cuts at a hyphen and drops honorifics', () => {
    const names = compromisePeople('Dr. Alejo Vidal-Quadras and Mrs. Maryam Rajavi spoke.').map(
      (n) => n.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Alejo Vidal-Quadras', 'Maryam Rajavi']));
  });
});

describe('nameCandidates', () => {
  it('keeps a hyphenated part with its own prefix and capital ("Okonjo-McIlroy")', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names("The head boy, Tunde Abara-McLeish, thanked Ruth Kerr-O'Dea.")).toEqual([
      'Tunde Abara-McLeish',
      "Ruth Kerr-O'Dea",
    ]);
  });

  it('keeps a given name with a surname a tagger reads as a place ("Ward", "Field")', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('Dr. Helen Achebe-Ward spoke, then Grace Field.')).toEqual([
      'Helen Achebe-Ward',
      'Grace Field',
    ]);
  });

  it('takes no place opened by "Port", "Fort", "Mount" or "Lake" for a person', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('The mayor of Port Ellery, Dana Quill, opened the fair.')).toEqual(['Dana Quill']);
    expect(
      names('Rangers of Mount Kessel and Lake Orrin met Tomas Vey.').filter((n) => n.includes(' ')),
    ).toEqual(['Tomas Vey']);
  });

  it('reads Irish particles and takes no party bracket for a person', () => {
    const names = (text: string) =>
      nameCandidates(text)
        .filter((c) => !c.single)
        .map((c) => c.name);
    expect(names('Tomás Ó Ceallacháin and Nuala Ní Bhriain spoke.')).toEqual([
      'Tomás Ó Ceallacháin',
      'Nuala Ní Bhriain',
    ]);
    expect(names('Cllr Brian Foxley (Lib Dem, Eastgate) proposed the objection.')).toEqual([
      'Brian Foxley',
    ]);
  });

  it('reads an acronym before a title as the body of the title ("ABC Secretary-General")', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('ABC Secretary-General Marten van Dijk opened the fair.')).toEqual([
      'Marten van Dijk',
    ]);
    expect(names('IRU Director-General Sofia Brandt spoke.')).toEqual(['Sofia Brandt']);
  });

  it('keeps a surname that only opens a longer honorific ("Tan" of "Tan Sri") in the name', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('Organiser Wei Ling Tan said the rosters were unsafe.')).toEqual(['Wei Ling Tan']);
    expect(names('Dr. Amy Suroor Director of Nursing said it.')[0]).toBe('Amy Suroor');
  });

  it('keeps role words out of names ("Shareholder", "Officer Commanding")', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('Shareholder Ivo Brandl asked about the yard.')).toEqual(['Ivo Brandl']);
    expect(names('It rained. Plumber Tom Bly told the hearing.')).toEqual(['Tom Bly']);
    expect(names('Amara Tom Ashe spoke, and Ngozi Ada Obi spoke.')).toEqual([
      'Amara Tom Ashe',
      'Ngozi Ada Obi',
    ]);
    expect(names('Major Tess Orme, Officer Commanding at Camp Hale, gave the address.')).toEqual([
      'Tess Orme',
    ]);
  });

  it('reads Arabic, Nigerian and Chinese title forms ("bint", "Eng.", "Vice Premier")', () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('It was addressed by H.E. Dr. Salma bint Rashid Al Ketbi.')).toEqual([
      'Salma bint Rashid Al Ketbi',
    ]);
    expect(names('H.E. Eng. Omar Al Hosani spoke.')).toEqual(['Omar Al Hosani']);
    expect(
      names('Vice Premier Zhao Lin spoke, then Ms. R. Devi, Assistant Professor, spoke.'),
    ).toEqual(['Zhao Lin', 'R. Devi']);
  });

  it('takes the last word of a body named before a name for the body\'s ("of Trade and Industry X")', () => {
    const full = nameCandidates('The Minister of Trade and Industry Adi Purnomo spoke.').filter(
      (c) => !c.single,
    );
    expect(full.map((c) => c.name)).toEqual(['Adi Purnomo']);
  });

  it("reads a country for no one's name", () => {
    const names = (text: string) => nameCandidates(text).map((c) => c.name);
    expect(names('The delegate of the United States and Sierra Leone said so.')).toEqual([]);
  });
});
