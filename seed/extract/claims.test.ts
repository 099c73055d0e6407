import { describe, it, expect } from 'vitest';
import { findClaims } from './claims';
import { collectPeople } from './mentions';
import { ArticlePeople, preferredVariant } from './people';
import { splitSentences } from './sentences';

function claims(text: string): { who: string; quote: string }[] {
  const sentences = splitSentences(text);
  const people = new ArticlePeople();
  collectPeople(text, sentences, people);
  return findClaims(text, sentences, people).map((c) => ({
    who: c.people.map((p) => preferredVariant(p.variants)).join('+'),
    quote: text.slice(c.quote.start, c.quote.end),
  }));
}

describe('findClaims', () => {
  it("reads a relative clause after an affiliation or an apposition as the named person's", () => {
    expect(
      claims(
        'The round table was led by Dr. Wanda Iles of the Coastal Research Council, who told the room that dunes were shrinking. Later they heard from Piet Zand, head of the Dune Trust, who said repairs were late.',
      ).map((c) => c.who),
    ).toEqual(['Wanda Iles', 'Piet Zand']);
  });

  it('reads "who told marchers he would …" as the named person\'s words', () => {
    expect(
      claims(
        'She was followed by councillor Dev Rao, who told marchers he would table a motion for a rent freeze.',
      ).map((c) => c.who),
    ).toEqual(['Dev Rao']);
  });

  it('reads "called him “…”" as words said, and "called a meeting" as none', () => {
    expect(
      claims(
        'President Ana Varga said the town was grieving. She called him "the man who taught us to count votes." She called a minute of silence.',
      ).map((c) => c.quote),
    ).toEqual([
      'President Ana Varga said the town was grieving.',
      'She called him "the man who taught us to count votes."',
    ]);
  });

  it("skips a body's name before a relative clause to find the person's", () => {
    expect(
      claims(
        'The summit, organized by the Coalition of City Leaders, opened with a keynote by Mayor Luis Ortega, who said his city had housed 5,000 people.',
      ).map((c) => c.who),
    ).toEqual(['Luis Ortega']);
  });

  it('reads a relative clause after two appositions, or after a noun before "who"', () => {
    expect(
      claims(
        'The keynote was delivered by Mr. Tariq Hamid, former Secretary, Ministry of Water Resources, who said that storage had fallen.',
      ).map((c) => c.who),
    ).toEqual(['Tariq Hamid']);
    expect(
      claims(
        'The first panellist, Dr. Amina Bello, a physician who has worked in camps for a decade, described the lack of care as "a silent emergency".',
      ).map((c) => c.who),
    ).toEqual(['Amina Bello']);
  });

  it('reads a host welcoming people as no claim, and a welcome given to a plan as one', () => {
    expect(claims('Chairman Robert Keane welcomed members and guests.')).toEqual([]);
    expect(
      claims('Chairman Robert Keane welcomed the plan but warned that it came late.').map(
        (c) => c.who,
      ),
    ).toEqual(['Robert Keane']);
  });

  it('gives "she said" to nobody when the sentence before opens on someone who is no speaker', () => {
    const found = claims(
      'Dr. Ana Roth said the pill was cheap. Dr. Ilka Moss, a doctor elsewhere, doubted it in an interview. "I would want it repeated," she said.',
    );
    expect(found.map((c) => c.who)).toEqual(['Ana Roth']);
  });

  it('gives "He said" to the speaker the sentence before names, not to the last one quoted', () => {
    const found = claims(
      'Dr. Anselm Roth said sales rose. Mr. Ivo Lind said the plant was ready. Roth, 61, founded the firm in 1990. He said he would retire soon.',
    );
    expect(found.map((c) => c.who)).toEqual(['Anselm Roth', 'Ivo Lind', 'Anselm Roth']);
  });

  it("reads a statement in a relative clause, or right after one, as the named person's", () => {
    expect(
      claims('The day ended with a reading by Ola Brun, who told guests that the pier would stay.'),
    ).toEqual([
      {
        who: 'Ola Brun',
        quote:
          'The day ended with a reading by Ola Brun, who told guests that the pier would stay.',
      },
    ]);
    expect(
      claims(
        'Mayor Ines Vaz, who chaired the meeting, opened it by promising that all would speak.',
      ).map((c) => c.who),
    ).toEqual(['Ines Vaz']);
  });

  it('reads "NAME, who said …" without a that', () => {
    expect(
      claims(
        'The day opened with a report from the treasurer, Ida Brandt, who said costs had risen.',
      ).map((c) => c.who),
    ).toEqual(['Ida Brandt']);
  });

  it('does not take an age for part of a name', () => {
    expect(claims('Ninety-year-old Tom Kerr said the town had changed.').map((c) => c.who)).toEqual(
      ['Tom Kerr'],
    );
  });

  it('takes the quoted words after "Title, Name, said," as the quote', () => {
    expect(
      claims('Former U.S. Ambassador to Bahrain, Adam Ereli, said, “Many are in power.”'),
    ).toEqual([{ who: 'Adam Ereli', quote: 'Many are in power.' }]);
  });

  it('attributes reported speech, surnames, pronouns and trailing "she said"', () => {
    const text =
      'Kirsty Brimelow took the floor to encourage states. Brimelow argued that Iran is unwilling. She argued that this is a crime. A remedy is urgently required, she added.';
    expect(claims(text).map((c) => c.who)).toEqual([
      'Kirsty Brimelow',
      'Kirsty Brimelow',
      'Kirsty Brimelow',
      'Kirsty Brimelow',
    ]);
  });

  it('takes "the former French …" for the speaker just reported on when her titles name France', () => {
    const text =
      'Rama Yade, former Human Rights Minister of France, took the floor. Yade argued that justice is due.\n\nThe former French Secretary of State outlined the risks for witnesses.';
    expect(claims(text).map((c) => c.who)).toEqual(['Rama Yade', 'Rama Yade', 'Rama Yade']);
    // A nationality the speaker's titles do not name is nobody we know.
    expect(
      claims(
        'Rama Yade, former Human Rights Minister of France, took the floor.\n\nThe former German Chancellor outlined the risks.',
      ).map((c) => c.quote),
    ).toEqual(['Rama Yade, former Human Rights Minister of France, took the floor.']);
  });

  it('does not take "spoke to those …" (a conversation) for a statement', () => {
    expect(
      claims(
        'Asma Jahangir said the toll is rising. Jahangir even spoke to those working at the BBC.',
      ),
    ).toEqual([{ who: 'Asma Jahangir', quote: 'Asma Jahangir said the toll is rising.' }]);
  });

  it('keeps a quotation spanning several sentences in one claim', () => {
    const text =
      'Former Director of the Office, Linda Chavez, referred to women. “It is no accident,” that the movement “is led by a woman. She stands firm.”';
    const found = claims(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.quote.endsWith('She stands firm.”')).toBe(true);
  });

  it('ignores words said in a report or a decree, and names mentioned inside a quote', () => {
    const text =
      'The UN Secretary General, Antonio Guterres, said in his November report that complaints arrived. Khomeini, the founder, in a fatwa, stated that all should die. Rama Yade said, “Bernard Kouchner argued well.”';
    expect(claims(text).map((c) => c.who)).toEqual(['Rama Yade']);
  });

  it('resolves a titled description to the person holding the title', () => {
    const text =
      'Alfred de Zayas, Independent Expert on the promotion of order, started his intervention by stating that he agreed. The Independent Expert reminded that resolutions exist.';
    expect(claims(text).map((c) => c.who)).toEqual(['Alfred de Zayas', 'Alfred de Zayas']);
  });

  it('binds a pronoun to a person named earlier in the same sentence', () => {
    const text =
      'Rama Yade argued that it matters. Mrs. Maryam Rajavi, President-elect of the Council,\n\nsent a video message to the conference, in which she declared, “Appeasement emboldened them.”';
    expect(claims(text).map((c) => c.who)).toEqual(['Rama Yade', 'Maryam Rajavi']);
  });
});
