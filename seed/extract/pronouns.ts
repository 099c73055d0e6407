/**
 * Whether "he" or "she" can point back to a person, from an honorific ("Mrs", "Lord") or a
 * first name the lexicon knows as a woman's or a man's. Unknown names agree with both: the
 * test only rules out, it never picks. And the subject of the sentence before, the nearest
 * antecedent a pronoun has. Shared by the claim stages that follow pronouns.
 */
import nlp from 'compromise';
import { preferredVariant, type ArticlePeople, type LocalPerson } from './people';
import type { Sentence } from './sentences';
import { honorificGender, isHonorificWord } from './vocab';

/** The words the article writes right before and at each of `person`'s mentions ("Don" …). */
function wordsAround(person: LocalPerson, sentences: readonly Sentence[]): string[] {
  return person.mentions.flatMap((m) => {
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!s) return [];
    const at = m.start - s.start;
    const before = /(\S+)\s+$/u.exec(s.text.slice(0, at))?.[1];
    const first = /^\S+/u.exec(s.text.slice(at))?.[0];
    return [before, first].filter((w): w is string => w !== undefined);
  });
}

/**
 * Whether "he"/"she" can refer to `person`; with the article's sentences, a gendered honorific
 * written before any mention counts ("Don Feliciano Mamani Choque" is registered without it),
 * and outweighs the lexicon's reading of the given name ("Mrs. Laurence …"). With
 * `honorificsOnly`, the lexicon is not asked (it knows many given names as one sex's that
 * are both sexes', "Laurence", "Jean").
 */
export function genderAgrees(
  person: LocalPerson,
  pronoun: string,
  sentences: readonly Sentence[] = [],
  honorificsOnly = false,
): boolean {
  const words = preferredVariant(person.variants).split(/\s+/);
  const honorifics = [words[0] ?? '', ...wordsAround(person, sentences)];
  const she = /^she$/i.test(pronoun);
  const female = honorifics.some((w) => honorificGender(w) === 'female');
  const male = honorifics.some((w) => honorificGender(w) === 'male');
  if (female !== male) return she ? female : male;
  if (honorificsOnly) return true;
  // "Dr. Ximena Arancibia": past an honorific that tells nothing, to the given name.
  const at = words.findIndex((w, i) => i === words.length - 1 || !isHonorificWord(w));
  const doc = nlp(words[at] ?? '');
  const femaleName = doc.has('#FemaleName') && !doc.has('#MaleName');
  const maleName = doc.has('#MaleName') && !doc.has('#FemaleName');
  return she ? !maleName : !femaleName;
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
  return named && genderAgrees(named, pronoun, sentences) ? named : undefined;
}
