/**
 * Synthetic press reports for the extraction benchmark: invented events (conferences, panels,
 * hearings, vigils, …) in real cities on varied dates, with 2–8 invented speakers who carry
 * titles and affiliations, printed in the genre's constructions: speaker lists ("Speakers
 * included A, title; B, title; and C, title"), "moderated by", "delivered remarks", "X said, “…”",
 * inverted attributions, reported speech, datelines and several paragraphs; 1.5–4 kB of UTF-8
 * each. Every sentence is composed here from our own phrase lists by a seeded generator, so the
 * same seed gives the same articles on every run. It is load, not gold data: nothing records
 * what an extractor should find in these texts, and they are not test fixtures.
 */
import { seededRandom, type Random } from './seeded-random';
import {
  FIRST,
  LAST,
  ORGANIZATIONS,
  POSITIONS,
  OFFICES,
  HONORIFICS,
  KINDS,
  CITIES,
  VENUES,
  TOPICS,
  MONTHS,
  WEEKDAYS,
  SUBJECTS,
  VERBS,
  OBJECTS,
  OPENERS,
  REPORTING,
} from './synthetic-words';

export interface SyntheticArticle {
  /** A file name, as the extractor's callers give it. */
  name: string;
  /** The headline line, a blank line, then the body. */
  text: string;
}

/** Size bounds of one article, in UTF-8 bytes. */
export const MIN_BYTES = 1500;
export const MAX_BYTES = 4000;

const random = seededRandom;

const pick = <T>(rand: Random, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)] as T;

interface Speaker {
  name: string;
  surname: string;
  /** "director of the Harbour Foundation", "Senator". */
  title: string;
}

function speakerOf(rand: Random, used: Set<string>): Speaker {
  for (;;) {
    const first = pick(rand, FIRST);
    const surname = pick(rand, LAST);
    const name = `${rand() < 0.25 ? `${pick(rand, HONORIFICS)} ` : ''}${first} ${surname}`;
    if (used.has(surname)) continue;
    used.add(surname);
    const title =
      rand() < 0.3 ? pick(rand, OFFICES) : `${pick(rand, POSITIONS)} ${pick(rand, ORGANIZATIONS)}`;
    return { name, surname, title };
  }
}

function statement(rand: Random): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const indefinite = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function quote(rand: Random): string {
  const forms = [
    () => `${capital(statement(rand))}.`,
    () =>
      `We cannot ask ${pick(rand, SUBJECTS)} to wait another decade for ${pick(rand, OBJECTS)}.`,
    () => `${capital(pick(rand, TOPICS))} is not a luxury; it is where ${statement(rand)}.`,
    () => `What we saw this year shows that ${statement(rand)}. That is the whole story.`,
  ];
  return pick(rand, forms)();
}

/** One speaker list: "A, title; B, title; and C, title." */
function list(speakers: Speaker[]): string {
  const items = speakers.map((s) => `${s.name}, ${s.title}`);
  return items.length === 1
    ? (items[0] as string)
    : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1] as string}`;
}

/** A paragraph about one speaker, in one of the genre's attribution forms. */
function speakerParagraph(rand: Random, s: Speaker, topic: string): string {
  const forms = [
    () => `${s.name} said, “${quote(rand)} ${quote(rand)}”`,
    () => `“${quote(rand).slice(0, -1)},” said ${s.name}, ${s.title}. “${quote(rand)}”`,
    () => `${s.surname} told the audience that ${statement(rand)}, and that ${statement(rand)}.`,
    () =>
      `According to ${s.name}, ${statement(rand)}. ${capital(statement(rand))}, ${s.surname} said.`,
    () =>
      `${s.name}, ${s.title}, delivered remarks on ${topic}. “${quote(rand).slice(0, -1)},” ${s.surname} ${pick(rand, REPORTING)}.`,
    () => `${pick(rand, OPENERS)}, ${s.name} ${pick(rand, REPORTING)}: “${quote(rand)}”`,
  ];
  return pick(rand, forms)();
}

function narrative(rand: Random, kind: string, city: string): string {
  const forms = [
    () =>
      `The ${kind} was organised by ${pick(rand, ORGANIZATIONS)} with the support of ${pick(rand, ORGANIZATIONS)}.`,
    () =>
      `More than ${50 + Math.floor(rand() * 400)} people attended, among them students, lawyers and officials from ${city}.`,
    () =>
      `The discussion then turned to ${pick(rand, TOPICS)}, a subject on which ${statement(rand)}, several participants argued.`,
    () =>
      `Questions from the audience focused on ${pick(rand, TOPICS)} and on how ${statement(rand)}.`,
    () =>
      `A report published last month found that ${statement(rand)}; its authors called for a review by the end of the year.`,
  ];
  return pick(rand, forms)();
}

interface Setting {
  kind: string;
  city: string;
  topic: string;
  venue: string;
  date: string;
  year: number;
  /** The dateline and the date phrase the lead uses with it. */
  dateline: string;
  when: string;
}

function setting(rand: Random): Setting {
  const year = 2015 + Math.floor(rand() * 9);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const monthName = MONTHS[month] as string;
  const city = pick(rand, CITIES);
  const date = rand() < 0.5 ? `${monthName} ${day}, ${year}` : `${day} ${monthName} ${year}`;
  const shape = Math.floor(rand() * 3);
  // A dateline with the date lets the lead say "on Tuesday"; without one the lead dates itself.
  const dateline =
    shape === 0
      ? `${city.toUpperCase()}, ${monthName.slice(0, 3)}. ${day}, ${year} /Newswire/ — `
      : shape === 1
        ? `${city} (Press Service) – `
        : '';
  const when = shape === 0 ? `on ${pick(rand, WEEKDAYS)}` : `on ${date}`;
  return {
    kind: pick(rand, KINDS),
    city,
    topic: pick(rand, TOPICS),
    venue: pick(rand, VENUES),
    date,
    year,
    dateline,
    when,
  };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function article(rand: Random, index: number): SyntheticArticle {
  const s = setting(rand);
  const used = new Set<string>();
  const speakers = Array.from({ length: 2 + Math.floor(rand() * 7) }, () => speakerOf(rand, used));
  const [moderator, ...others] = speakers as [Speaker, ...Speaker[]];
  const headline = `${s.city} ${s.kind} weighs ${s.topic}`;
  const leads = [
    `${capital(indefinite(s.kind))} on ${s.topic} was held ${s.when} at ${s.venue} in ${s.city}.`,
    `${capital(pick(rand, ORGANIZATIONS))} hosted ${indefinite(s.kind)} titled “The Future of ${capital(s.topic)}” ${s.when} in ${s.city}.`,
  ];
  const paragraphs = [`${s.dateline}${pick(rand, leads)}`];
  paragraphs.push(
    rand() < 0.5 ? `Speakers included ${list(others)}.` : `The ${s.kind} featured ${list(others)}.`,
  );
  paragraphs.push(
    rand() < 0.5
      ? `The ${s.kind} was moderated by ${moderator.name}, ${moderator.title}.`
      : `${moderator.name}, ${moderator.title}, moderated the discussion and delivered opening remarks.`,
  );
  const target = MIN_BYTES + rand() * (MAX_BYTES - MIN_BYTES);
  let size = bytes(`${headline}\n\n${paragraphs.join('\n\n')}\n`);
  // Speaker paragraphs in turn, with narrative between, until the drawn size is reached; a
  // paragraph that would pass the maximum is skipped for a (usually shorter) next one.
  for (let turn = 0, misses = 0; size < target && misses < 20; turn += 1) {
    const next =
      turn % 3 === 2
        ? narrative(rand, s.kind, s.city)
        : speakerParagraph(rand, speakers[turn % speakers.length] as Speaker, s.topic);
    const grown = size + bytes(next) + 2;
    if (grown > MAX_BYTES) {
      misses += 1;
      continue;
    }
    paragraphs.push(next);
    size = grown;
  }
  const text = `${headline}\n\n${paragraphs.join('\n\n')}\n`;
  return { name: `synthetic-${String(index).padStart(5, '0')}.txt`, text };
}

/** `count` articles, the same ones for the same seed; each is 1.5–4 kB of UTF-8. */
export function syntheticArticles(count: number, seed = 2017): SyntheticArticle[] {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => article(rand, i));
}
