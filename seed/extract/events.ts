/**
 * The event an article reports: its kind (panel, conference, annual general meeting,
 * commemoration …, from `vocab/event-kinds.json`), date (`event-date.ts`), city with country
 * and coordinates (`event-place.ts`), venue and the organisations behind it with their role
 * (organizer, co-sponsor, host). Works from the headline and the sentence that introduces the
 * event ("… held a conference at …", "In a panel at … by …", "… addressed the … session"). An
 * article that shows any sign of an event (a kind, an event verb, a date or a place) gets one,
 * with what could not be established listed in `uncertain`. It does not find speakers: the
 * participation stage does.
 */
import { findEventDate } from './event-date';
import { kindIn, kindMatches } from './event-kind';
import { findEventPlace } from './event-place';
import { findDates } from './dates';
import { findOrganizations } from './organizations';
import { cityMentions } from './places';
import type { Span } from './people';
import { insideRegion, quotedRegions, type Sentence } from './sentences';
import type { Article } from './split';
import type { OrganizerRole } from '../../model/roles';

export interface EventOrganizer {
  name: string;
  /** `invited by` is a person's role (participation.ts), not an organization's. */
  role: Exclude<OrganizerRole, 'invited by'>;
  evidence: Span;
}

/** What findEvent could not establish; the strings are the article's review reasons. */
export const UNCERTAIN = {
  noDate: 'no event date',
  noPlace: 'no event place',
  kind: 'event kind uncertain',
} as const;

export type Uncertainty = (typeof UNCERTAIN)[keyof typeof UNCERTAIN];

/** The kind an event gets when the text names none of the known kinds. */
export const GENERIC_KIND = 'event';

export interface FoundEvent {
  kind: string;
  /** ISO date; undefined when the text does not establish the day. */
  date?: string;
  city?: string;
  /** The city's country: English name and ISO 3166-1 alpha-2 code, from the gazetteer. */
  country?: string;
  countryCode?: string;
  /** The city's coordinates, from the gazetteer. */
  coordinates?: { lat: number; lon: number };
  venue?: string;
  evidence: Span;
  /** Where the date and the city were read. */
  dateEvidence?: Span;
  cityEvidence?: Span;
  organizers: EventOrganizer[];
  /** What could not be established: empty when kind, date and place were all found. */
  uncertain: Uncertainty[];
}

const EVENT_VERB =
  /\b(?:held|took place|participated in|organi[sz]ed|hosted|addressed the|In a (?:panel|conference|meeting|hearing|briefing)|was made during)\b/;
/** Verbs that report a gathering even where no kind word is used. */
const GATHERING_VERB =
  /\b(?:held|took place|hosted|convened|gathered|met with|came together|commemorated|celebrated|inaugurated|rallied|marched)\b/;

const VENUE =
  /\b(?:at|in) the ((?:\d+(?:st|nd|rd|th)\s+|headquarters of the\s+|[\w-]+ session of the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|de|del|du|des|la|le)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)*)/u;
const ADDRESSED =
  /\baddressed the ((?:[\w-]+ session of the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)*)/u;

function organizersIn(sentence: Sentence, introducing: boolean): EventOrganizer[] {
  const out: EventOrganizer[] = [];
  const evidence = { start: sentence.start, end: sentence.end };
  const orgs = findOrganizations(sentence.text);
  const after = (regex: RegExp) => {
    const m = regex.exec(sentence.text);
    if (!m) return [];
    const from = (m.index ?? 0) + m[0].length;
    return orgs.filter((org) => org.start >= from && org.start <= from + 200);
  };
  for (const org of after(/\bco-?sponsored by\b/))
    out.push({ name: org.name, role: 'co-sponsor', evidence });
  for (const org of after(/(?<!co-)\b(?:organi[sz]ed|sponsored) by\b/).slice(0, 1))
    out.push({ name: org.name, role: 'organizer', evidence });
  for (const org of after(/\bhosted by\b/).slice(0, 1))
    out.push({ name: org.name, role: 'host', evidence });
  // "In a panel at the X by the Y (ACR)": the body "by" which the event was held.
  const by =
    /\b(?:panel|conference|meeting|hearing|briefing|event|exhibition)\b[^.]*?\bby the\b/.exec(
      sentence.text,
    );
  if (introducing && by && out.length === 0) {
    const org = orgs.find((o) => o.start >= (by.index ?? 0) + by[0].length);
    if (org) out.push({ name: org.name, role: 'organizer', evidence });
  }
  // "the X (ACR), held a conference"
  const held =
    /\b(?:held|organi[sz]ed|hosted) an? (?:side event|panel|conference|meeting|hearing|briefing|exhibition|seminar)\b/.exec(
      sentence.text,
    );
  if (introducing && held) {
    let before = orgs.filter((o) => o.end <= (held.index ?? 0)).pop();
    // Prefer the long name an acronym was just defined for: "the Friends of … (FOFI), held".
    const defined = before && orgs.find((o) => o.acronyms.includes(before?.name ?? ''));
    if (defined) before = defined;
    if (before && !/\b(?:was|were)\s*$/.test(sentence.text.slice(0, held.index)))
      out.push({ name: before.name, role: 'organizer', evidence });
  }
  return out;
}

/** Whether the sentence is the page's date line ("World Uyghur Congress, 27 June 2018"). */
function isDateLine(article: Article, sentence: Sentence): boolean {
  const page = article.publishedSpan;
  return (
    !!page &&
    sentence.start < page.end &&
    sentence.end > page.start &&
    sentence.end - sentence.start < 100
  );
}

/** The first kind named in the title, the introducing sentence, or else the opening. */
function kindOf(article: Article, introducing: Sentence, opening: Sentence[]): string {
  return (
    kindIn(article.title) ??
    kindIn(introducing.text) ??
    opening
      .slice(0, 6)
      .filter((s) => !isDateLine(article, s))
      .map((s) => kindIn(s.text))
      .find((k) => k !== undefined) ??
    GENERIC_KIND
  );
}

/**
 * The sentence that introduces the event: among the opening ones, the one with the most of a
 * kind word, an event verb, a date and a city, earlier ones first. The page's date line
 * ("World Uyghur Congress, 27 June 2018") is not a sentence of the report.
 */
function introducingSentence(article: Article, sentences: Sentence[]): Sentence | undefined {
  let best: { sentence: Sentence; score: number } | undefined;
  const titleKind = kindIn(article.title);
  sentences.slice(0, 12).forEach((sentence, index) => {
    if (isDateLine(article, sentence)) return;
    const sentenceKind = kindIn(sentence.text);
    const kind = sentenceKind !== undefined;
    const verb = EVENT_VERB.test(sentence.text) || GATHERING_VERB.test(sentence.text);
    if (!kind && !verb) return;
    const score =
      (kind ? 2 : 0) +
      (EVENT_VERB.test(sentence.text) ? 2 : verb ? 1.5 : 0) +
      (findDates(sentence.text).length > 0 ? 1 : 0) +
      (cityMentions(sentence.text).length > 0 ? 1 : 0) +
      (titleKind && kindMatches(sentence.text).some((k) => k.kind === titleKind) ? 1 : 0) -
      0.3 * index;
    if (!best || score > best.score) best = { sentence, score };
  });
  return best?.sentence;
}

/** Whether the article shows a date or a city in its opening: a report of something. */
function reportsSomething(article: Article, sentences: Sentence[]): Sentence | undefined {
  if (article.published || article.datelineCity) return sentences[0];
  return sentences
    .slice(0, 6)
    .find((s) => findDates(s.text).length > 0 || cityMentions(s.text).length > 0);
}

/**
 * The article's event, or undefined when the article shows no sign of one (no kind, no event
 * verb, no date, no place). `fileYear` completes a year-less date when nothing in the article
 * gives its year (a collection of one year's reports).
 */
export function findEvent(
  article: Article,
  sentences: Sentence[],
  fileYear?: number,
): FoundEvent | undefined {
  const opening = sentences.slice(0, 12);
  const found = introducingSentence(article, sentences);
  const introducing =
    found ?? (kindIn(article.title) ? sentences[0] : reportsSomething(article, sentences));
  if (!introducing) return undefined;
  let kind = kindOf(article, introducing, opening);
  const when = findEventDate(article, sentences, found, fileYear);
  const where = findEventPlace(article, sentences, found);
  const city = where.city;
  const venueMatch =
    (kind === 'address' ? ADDRESSED : VENUE).exec(introducing.text) ?? VENUE.exec(introducing.text);
  let venue = venueMatch?.[1]?.replace(/\s+(?:of|the)$/, '');
  // "a service, “Interfaith Solidarity in the Wake of 9/11,”": a quoted title, not a venue.
  const venueAt = introducing.start + (venueMatch?.index ?? 0);
  if (venue && insideRegion(quotedRegions(article.text), venueAt)) venue = undefined;
  if (venue && city && venue === city) venue = undefined;
  const organizers = opening.flatMap((s) => organizersIn(s, s === introducing));
  // A conference or meeting a parliamentary group holds in its parliament is a parliamentary meeting.
  if (
    (kind === 'conference' || kind === 'meeting') &&
    /\bParliament\b/.test(venue ?? '') &&
    organizers.some((o) => /Parliament/.test(o.name))
  ) {
    kind = 'parliamentary meeting';
  }
  const event: FoundEvent = {
    kind,
    evidence: { start: introducing.start, end: introducing.end },
    organizers,
    uncertain: [],
  };
  if (when.date) event.date = when.date;
  else event.uncertain.push(UNCERTAIN.noDate);
  if (when.evidence) event.dateEvidence = when.evidence;
  if (city) {
    event.city = city;
    if (where.country) event.country = where.country;
    if (where.countryCode) event.countryCode = where.countryCode;
    if (where.coordinates) event.coordinates = where.coordinates;
    if (where.evidence) event.cityEvidence = where.evidence;
  } else event.uncertain.push(UNCERTAIN.noPlace);
  if (kind === GENERIC_KIND) event.uncertain.push(UNCERTAIN.kind);
  if (venue) event.venue = venue;
  return event;
}
