import { describe, it, expect } from 'vitest';
import { findAffiliations, organizationsInTitle } from './affiliations';
import { collectPeople } from './mentions';
import { ArticlePeople, preferredVariant } from './people';
import { splitSentences } from './sentences';

describe('organizationsInTitle', () => {
  it('names the organisations a title mentions, acronyms included', () => {
    expect(organizationsInTitle('NCRI’s U.S. Representative')).toEqual(['NCRI']);
    expect(
      organizationsInTitle('visiting scholar at the Norwegian Centre for Human Rights'),
    ).toEqual(['Norwegian Centre for Human Rights']);
    expect(organizationsInTitle('former Human Rights Minister of France')).toEqual([]);
  });

  it("keeps a role's portfolio out of the body's name, but not a body's own \"for …\"", () => {
    expect(
      organizationsInTitle('High Representative of the European Union for Foreign Affairs'),
    ).toEqual(['European Union']);
    expect(
      organizationsInTitle(
        "President of the European Parliament's Delegation for Relations with Iraq",
      ),
    ).toEqual(["European Parliament's Delegation for Relations with Iraq"]);
  });

  it('reads the body a post-nominal names by implication', () => {
    expect(organizationsInTitle('MEP')).toEqual(['European Parliament']);
  });
});

describe('findAffiliations', () => {
  it('links a person to the organisation of an apposition, with the title as role and its sentence as evidence', () => {
    const text =
      'Simin Nouri, President of the Association of Iranian Women in France, highlighted the toll.';
    const sentences = splitSentences(text);
    const people = new ArticlePeople();
    collectPeople(text, sentences, people);
    const [affiliation] = findAffiliations(text, sentences, people.all());
    expect(preferredVariant(affiliation!.person.variants)).toBe('Simin Nouri');
    expect(affiliation).toMatchObject({
      organization: 'Association of Iranian Women in France',
      role: 'President of the Association of Iranian Women in France',
    });
    expect(text.slice(affiliation!.evidence.start, affiliation!.evidence.end)).toBe(text);
  });

  it('takes "MEP" after a name as a title and links the person to the European Parliament', () => {
    const text = 'The meeting was moderated by Gérard Deprez MEP (ALDE Group), chair of FOFI.';
    const sentences = splitSentences(text);
    const people = new ArticlePeople();
    collectPeople(text, sentences, people);
    const found = findAffiliations(text, sentences, people.all());
    expect(found.map((a) => [a.organization, a.role])).toContainEqual([
      'European Parliament',
      'MEP',
    ]);
  });
});
