/**
 * The event an article reports: its kind (panel, conference, side event, exhibition, address,
 * parliamentary meeting …), date, city, venue and the organisations behind it with their role
 * (organizer, co-sponsor, host). Works from the headline and the sentence that introduces the
 * event ("… held a conference at …", "In a panel at … by …", "… addressed the … session"). It
 * does not find speakers: the participation stage does.
 */
import nlp from 'compromise';
import { completeDate, findDates } from './dates';
import { findOrganizations } from './organizations';
import type { Span } from './people';
import type { Sentence } from './sentences';
import type { Article } from './split';

export interface EventOrganizer {
  name: string;
  role: 'organizer' | 'co-sponsor' | 'host';
  evidence: Span;
}

export interface FoundEvent {
  kind: string;
  /** ISO date; may be undefined when the article gives no date at all. */
  date?: string;
  city?: string;
  venue?: string;
  evidence: Span;
  organizers: EventOrganizer[];
}

const KINDS: [RegExp, string][] = [
  [/\bside[- ]event\b/i, 'side event'],
  [/\bpanel\b/i, 'panel'],
  [/\bexhibition\b/i, 'exhibition'],
  [/\bconference\b/i, 'conference'],
  [/\bhearing\b/i, 'hearing'],
  [/\bseminar\b/i, 'seminar'],
  [/\bsymposium\b/i, 'symposium'],
  [/\bsummit\b/i, 'summit'],
  [/\bbriefing\b/i, 'briefing'],
  [/\brally\b/i, 'rally'],
  [/\bmeeting\b/i, 'meeting'],
  [/\baddress(?:ed)? the\b/i, 'address'],
];

const EVENT_VERB =
  /\b(?:held|took place|participated in|organi[sz]ed|hosted|addressed the|In a (?:panel|conference|meeting|hearing|briefing)|was made during)\b/;

function kindIn(text: string): string | undefined {
  let best: { index: number; kind: string } | undefined;
  for (const [regex, kind] of KINDS) {
    const m = regex.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, kind };
  }
  return best?.kind;
}

/** Cities compromise knows, in order of appearance. */
function citiesIn(text: string): string[] {
  const doc = nlp(text);
  return (doc.match('(#City|#Region)+').out('array') as string[])
    .map((city) => city.replace(/[,.;:]+$/, ''))
    .filter((city) => !nlp(city).has('#Country'));
}

/** Year for dates printed without one: publication year, else the file's usual year, else the latest year named. */
function fallbackYear(article: Article, fileYear: number | undefined): number | undefined {
  if (article.published) return Number(article.published.slice(0, 4));
  if (fileYear !== undefined) return fileYear;
  const years = [...article.text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length > 0 ? Math.max(...years) : undefined;
}

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

/** The article's event, or undefined when no sentence introduces one. */
export function findEvent(
  article: Article,
  sentences: Sentence[],
  fileYear?: number,
): FoundEvent | undefined {
  const opening = sentences.slice(0, 12);
  const introducing =
    opening.find((s) => kindIn(s.text) && EVENT_VERB.test(s.text)) ??
    opening.find((s) => kindIn(s.text));
  if (!introducing) return undefined;
  let kind = kindIn(article.title) ?? kindIn(introducing.text) ?? 'event';
  const year = fallbackYear(article, fileYear);
  let date: string | undefined;
  const dates = findDates(introducing.text);
  if (dates[0]) date = completeDate(dates[0], year);
  else if (
    /\b(?:today|this morning|this evening|tonight)\b/i.test(introducing.text) &&
    article.published
  )
    date = article.published;
  else if (article.published) date = article.published;
  const rawCity =
    citiesIn(introducing.text)[0] ??
    article.datelineCity ??
    citiesIn(article.title)[0] ??
    citiesIn(
      sentences
        .slice(0, 4)
        .map((s) => s.text)
        .join(' '),
    )[0];
  // Datelines shout ("WASHINGTON"); places are stored in their usual case.
  const city =
    rawCity && rawCity === rawCity.toUpperCase()
      ? rawCity.charAt(0) + rawCity.slice(1).toLowerCase()
      : rawCity;
  const venueMatch =
    (kind === 'address' ? ADDRESSED : VENUE).exec(introducing.text) ?? VENUE.exec(introducing.text);
  let venue = venueMatch?.[1]?.replace(/\s+(?:of|the)$/, '');
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
  };
  if (date) event.date = date;
  if (city) event.city = city;
  if (venue) event.venue = venue;
  return event;
}
