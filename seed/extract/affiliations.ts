/**
 * Affiliations from titles as the text states them: "Chair of the Bar Human Rights Committee
 * of England and Wales" → AFFILIATED_WITH {role: that title} → the committee; "NCRI’s U.S.
 * Representative" → NCRI; "UN Independent Expert" → UN. The role is the stated title, not a
 * normalised job. It does not judge whether a title is current or former: the words say so.
 */
import { findOrganizations } from './organizations';
import type { LocalPerson, Span } from './people';
import type { Sentence } from './sentences';

export interface FoundAffiliation {
  person: LocalPerson;
  organization: string;
  role: string;
  evidence: Span;
}

/** Titles that name their body only by implication. */
const BODY_OF_TITLE: Record<string, string> = { MEP: 'European Parliament' };

/** Organisations named in a title, by the organisation finder (acronyms included). */
export function organizationsInTitle(title: string): string[] {
  const implied = BODY_OF_TITLE[title];
  if (implied) return [implied];
  const names = findOrganizations(title).map((org) => org.name);
  return [...new Set(names)];
}

function sentenceAround(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

export function findAffiliations(
  text: string,
  sentences: Sentence[],
  people: LocalPerson[],
): FoundAffiliation[] {
  const found: FoundAffiliation[] = [];
  for (const person of people) {
    for (const title of person.titles) {
      const orgs = organizationsInTitle(title);
      if (orgs.length === 0) continue;
      // Evidence: the sentence where the title is written next to one of the person's mentions.
      let at = -1;
      for (const mention of person.mentions) {
        const window = text.slice(Math.max(0, mention.start - 300), mention.end + 300);
        const index = window.indexOf(title);
        if (index >= 0) {
          at = Math.max(0, mention.start - 300) + index;
          break;
        }
      }
      if (at < 0) at = text.indexOf(title);
      const sentence = at >= 0 ? sentenceAround(sentences, at) : undefined;
      if (!sentence) continue;
      for (const organization of orgs) {
        if (found.some((f) => f.person === person && f.organization === organization)) continue;
        found.push({
          person,
          organization,
          role: title,
          evidence: { start: sentence.start, end: sentence.end },
        });
      }
    }
  }
  return found;
}
