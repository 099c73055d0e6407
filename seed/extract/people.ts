/**
 * The people of one article: a registry that gathers full-name mentions found by any stage,
 * merges spelling variants inside the article and resolves surname-only references
 * ("Blackwell" → "Kenneth Blackwell") and titled descriptions ("the former foreign minister")
 * to the person already introduced. Cross-article identity is decided later by the resolver;
 * this module only ever sees one article.
 */
import { dropsLastSurname, isSurnameOf, sameFullName } from './name-match';
import { ORGANIZATION_HEAD_WORDS, cleanPersonName, isTitleWord } from './names';
import { foldName } from './text';
import { hasPatronymic, isPostNominal } from './vocab';
import { countriesOf } from './demonyms';

/** Words of a description that do not tell people apart. */
const DESCRIPTION_FILLER = new Set(['of', 'the', 'for', 'and', 'a', 'an', 'former', 'current']);

/** Whether a person's titles, taken together, hold a lower-case phrase as whole words. */
function titlesSay(person: LocalPerson): (phrase: string) => boolean {
  const titles = ` ${person.titles.join(' ; ').toLowerCase()} `;
  return (phrase) => titles.includes(` ${phrase} `);
}

export interface Span {
  start: number;
  end: number;
}

export interface LocalPerson {
  /** Index in the article registry; stable within one extraction. */
  index: number;
  /** Spellings as written, with how often each occurred. */
  variants: Map<string, number>;
  titles: string[];
  mentions: Span[];
  /** Spellings as written that were corrected before registration ("Julie ward"). */
  written?: string[];
  /** Whether compromise (rather than a genre pattern) first found this person. */
  viaNer?: boolean;
}

export class ArticlePeople {
  private readonly people: LocalPerson[] = [];

  /** Registers a full name (two words or more); returns the person it denotes. */
  addFull(name: string, span: Span): LocalPerson {
    // A shorter form ending a known name ("Felhmann Rielle") is a reference, not a variant.
    const longer = this.people.filter((person) =>
      [...person.variants.keys()].some(
        (variant) => isSurnameOf(name, variant) || dropsLastSurname(name, variant),
      ),
    );
    if (longer.length === 1) {
      const person = longer[0] as LocalPerson;
      this.addMention(person, span);
      return person;
    }
    const shorter = this.people.find((person) =>
      [...person.variants.keys()].every((variant) => isSurnameOf(variant, name)),
    );
    if (shorter) {
      shorter.variants = new Map([[name, 1]]);
      this.addMention(shorter, span);
      return shorter;
    }
    // Two readings of the words at one place ("Declan Mac" and "Declan Mac Giolla Phádraig"):
    // the shorter one stopped early, and names the same person.
    const atSameStart = (person: LocalPerson) =>
      person.mentions.some((m) => m.start === span.start);
    const cutShort = this.people.find(
      (person) =>
        atSameStart(person) &&
        [...person.variants.keys()].every((variant) => startsWithWords(name, variant)),
    );
    if (cutShort) {
      cutShort.variants = new Map([[name, 1]]);
      cutShort.mentions = cutShort.mentions.filter((m) => m.start !== span.start);
      this.addMention(cutShort, span);
      return cutShort;
    }
    const fuller = this.people.find(
      (person) =>
        atSameStart(person) &&
        [...person.variants.keys()].some((variant) => startsWithWords(variant, name)),
    );
    if (fuller) return fuller;
    const existing = this.people.find((person) =>
      [...person.variants.keys()].some((variant) => sameFullName(variant, name)),
    );
    const person = existing ?? {
      index: this.people.length,
      variants: new Map<string, number>(),
      titles: [],
      mentions: [],
    };
    if (!existing) this.people.push(person);
    person.variants.set(name, (person.variants.get(name) ?? 0) + 1);
    this.addMention(person, span);
    return person;
  }

  addTitle(person: LocalPerson, title: string): void {
    const clean = title
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/[\s,;:.]+$/, '')
      .trim();
    if (clean.length < 3) return;
    if (!person.titles.some((existing) => existing.toLowerCase() === clean.toLowerCase()))
      person.titles.push(clean);
  }

  private addMention(person: LocalPerson, span: Span): void {
    if (!person.mentions.some((m) => m.start === span.start && m.end === span.end))
      person.mentions.push(span);
  }

  /**
   * Resolves a name as captured in running text: a full name registers (or finds) a person; a
   * surname or honorific + surname finds the one person it ends. Returns undefined for names
   * that are neither.
   */
  resolve(raw: string, span: Span): LocalPerson | undefined {
    const clean = cleanPersonName(raw, { allowSingle: true });
    if (!clean) return undefined;
    const candidates = this.people.filter((person) =>
      [...person.variants.keys()].some(
        (variant) => isSurnameOf(clean.name, variant) || foldName(variant) === foldName(clean.name),
      ),
    );
    if (candidates.length === 1) {
      const person = candidates[0] as LocalPerson;
      this.addMention(person, span);
      return person;
    }
    if (clean.name.includes(' ')) return this.addFull(clean.name, span);
    return undefined;
  }

  /**
   * The people whose full name opens with `given`; with `onlyPatronymic`, only names that join
   * it to a father's name ("Hafiz bin Rahmat"), which are named again that way.
   */
  givenNameBearers(given: string, onlyPatronymic = false): LocalPerson[] {
    const folded = foldName(given);
    return this.people.filter((person) =>
      [...person.variants.keys()].some(
        (variant) =>
          variant.includes(' ') &&
          (!onlyPatronymic || hasPatronymic(variant)) &&
          foldName(variant.split(/\s+/)[0] ?? '') === folded,
      ),
    );
  }

  /**
   * "Sir Malcolm" after "Professor Sir Malcolm Reid": the one person whose full name opens
   * with this given name, with the mention recorded.
   */
  resolveGivenName(given: string, span: Span, onlyPatronymic = false): LocalPerson | undefined {
    const matches = this.givenNameBearers(given, onlyPatronymic);
    if (matches.length !== 1) return undefined;
    const person = matches[0] as LocalPerson;
    this.addMention(person, span);
    return person;
  }

  /** Finds the person whose recorded title contains `description` ("the former foreign minister"). */
  byDescription(description: string): LocalPerson | undefined {
    const wanted = description
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '')
      .replace(/^(?:former|current)\s+/, '')
      .trim();
    if (wanted.length < 5) return undefined;
    // "the party said", "the company added": a body speaks, not one of its titled members.
    if (ORGANIZATION_HEAD_WORDS.has(wanted.split(/\s+/).pop() ?? '')) return undefined;
    const matches = this.people.filter((person) =>
      person.titles.some((title) => title.toLowerCase().includes(wanted)),
    );
    if (matches.length > 0) return matches.length === 1 ? matches[0] : undefined;
    // Word by word across all of a person's titles, a nationality standing for its country:
    // "the former French Secretary of State" → "Secretary of State for …; Minister of France".
    const words = wanted.split(/\s+/).filter((word) => !DESCRIPTION_FILLER.has(word));
    if (words.length < 2) return undefined;
    const fits = this.people.filter((person) => {
      const has = titlesSay(person);
      return words.every((word) => has(word) || countriesOf(word).some(has));
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * Whether a description that fits nobody's titles word for word still names `person`'s
   * nationality ("the former French Secretary of State" and "Minister of France"): enough to
   * take it for the speaker just reported on, and for no one else.
   */
  sharesNationality(person: LocalPerson, description: string): boolean {
    const has = titlesSay(person);
    const nationalities = description
      .toLowerCase()
      .split(/\s+/)
      .map(countriesOf)
      .filter((countries) => countries.length > 0);
    return nationalities.length > 0 && nationalities.every((countries) => countries.some(has));
  }

  all(): LocalPerson[] {
    return this.people;
  }
}

/** The spelling to show: most frequent, then longest, then hyphenated (hyphens get lost, not added). */
export function preferredVariant(variants: Map<string, number>): string {
  return [...variants.entries()].sort(
    (a, b) =>
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      Number(b[0].includes('-')) - Number(a[0].includes('-')) ||
      a[0].localeCompare(b[0]),
  )[0]?.[0] as string;
}

/**
 * Whether `longer` opens with all of `shorter`'s words and goes on with more name words ("Ana
 * Luz Rey", "Ana Luz"); a title run on without a comma ("Mariam Suroor Director") or a post-nominal ("Jr") is no
 * longer name.
 */
function startsWithWords(longer: string, shorter: string): boolean {
  const a = longer.split(/\s+/);
  const b = shorter.split(/\s+/);
  return (
    b.length < a.length &&
    b.every((word, i) => word === a[i]) &&
    !a.slice(b.length).some((word) => isTitleWord(word) || isPostNominal(word))
  );
}
