/**
 * Whether "he" or "she" can point back to a person, from an honorific ("Mrs", "Lord") or a
 * first name the lexicon knows as a woman's or a man's. Unknown names agree with both: the
 * test only rules out, it never picks. And the subject of the sentence before, the nearest
 * antecedent a pronoun has. Shared by the claim stages that follow pronouns.
 */
import nlp from 'compromise';
import { preferredVariant, type ArticlePeople, type LocalPerson } from './people';
import type { Sentence } from './sentences';

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

/**
 * The person the sentence before `sentence`, in its paragraph, names first (its subject, as a
 * rule), when "he"/"she" agrees with them: "Dr. Goldberg, who was not involved, told us by
 * phone that … “…,” she said" is Goldberg's, however recently another woman spoke.
 */
export function subjectOfSentenceBefore(
  people: ArticlePeople,
  sentences: readonly Sentence[],
  sentence: Sentence,
  pronoun: string,
  /** The sentence opens its paragraph with a quotation: the paragraph before may hold its subject. */
  quotationOpens = false,
): LocalPerson | undefined {
  const before = sentences[sentences.indexOf(sentence) - 1];
  if (!before) return undefined;
  if (
    before.paragraph !== sentence.paragraph &&
    !(quotationOpens && before.paragraph === sentence.paragraph - 1)
  )
    return undefined;
  const first = (p: LocalPerson) =>
    Math.min(
      ...p.mentions
        .filter((m) => m.start >= before.start && m.end <= before.end)
        .map((m) => m.start),
    );
  const named = people
    .all()
    .filter((p) => Number.isFinite(first(p)))
    .sort((a, b) => first(a) - first(b))[0];
  return named && genderAgrees(named, pronoun) ? named : undefined;
}
