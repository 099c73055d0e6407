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
});
