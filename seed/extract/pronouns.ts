/**
 * Whether "he" or "she" can point back to a person, from an honorific ("Mrs", "Lord") or a
 * first name the lexicon knows as a woman's or a man's. Unknown names agree with both: the
 * test only rules out, it never picks. Shared by the claim stages that follow pronouns.
 */
import nlp from 'compromise';
import { preferredVariant, type LocalPerson } from './people';

const FEMALE = /^(?:Mrs|Ms|Miss|Madame|Mme|Dame|Lady|Baroness|Sister|Queen|Princess)\.?$/;
const MALE = /^(?:Mr|Sir|Lord|Baron|Father|Brother|King|Prince)\.?$/;

/** Whether "he"/"she" can refer to `person`. */
export function genderAgrees(person: LocalPerson, pronoun: string): boolean {
  const name = preferredVariant(person.variants);
  const first = name.split(/\s+/)[0] ?? '';
  const doc = nlp(first);
  const female = FEMALE.test(first) || (doc.has('#FemaleName') && !doc.has('#MaleName'));
  const male = MALE.test(first) || (doc.has('#MaleName') && !doc.has('#FemaleName'));
  return /^she$/i.test(pronoun) ? !male : !female;
}
