/**
 * The date of an article's event, which is often not the page's: a release dated 3 March
 * about "the meeting on 26 February", a report dated Friday about what happened "on
 * Wednesday". Every day-level date mention in the text is a candidate (see `dates.ts`); each is
 * resolved against the article's own date line (`Article.published`) and scored by where it
 * stands: in the sentence that introduces the event, next to an event word ("held", "took
 * place", "met", a kind such as "conference"), before "at/in <Place>"; against it count the
 * dates of other things ("signed on", "booked for", "born", "since") and dates after the page's
 * date or more than a year before it. A day printed without a year takes it from the event's
 * name ("2022 AGM Report", "Online Congress 2020"), then the page's date, then the caller's
 * file year, and never from a guess: with none of them, and for a weekday or "today" with no
 * date line, the date is unknown. It does not pick the event's place or kind.
 */
import { addDays, completeDate, findDates, weekdayOf, type FoundDate } from './dates';
import { AHEAD_OF_ANOTHER, kindMatches } from './event-kind';
import type { Sentence } from './sentences';
import type { Article, Span } from './split';

export interface EventDate {
  /** ISO `YYYY-MM-DD`, when the text establishes the day. */
  date?: string;
  /** The mention the date was read from (or the dateline it fell back to). */
  evidence?: Span;
}

interface Candidate {
  mention: FoundDate;
  sentenceIndex: number;
  date?: string;
  score: number;
}

const EVENT_CUE_BEFORE =
  /\b(?:held|hold|holds|holding|took place|takes place|take place|met|meet|meets|hosted|hosts|host|opened|opens|convened|convenes|organi[sz]ed|gathered|gather|joined|began|begins|started|marked|celebrated|commemorated|came together|staged|attended|addressed|inaugurated|took part|spoke|commenced)\b[^.;!?]{0,40}$/i;
const DISTRACTOR_BEFORE =
  /\b(?:signed|adopted|ratified|born|died|founded|established|created|deadline|expires?|expired|since|until|till|published|posted|updated|elected|appointed|passed away|enacted|issued|released|dated)\b[^.;!?]{0,30}$/i;
/** "booked for", "the next meeting": another occurrence, unless the article announces this one. */
const SCHEDULE_BEFORE =
  /\b(?:booked|scheduled|rescheduled|postponed|next|due|planned)\b[^.;!?]{0,30}$/i;
const PLACE_AFTER = /^\s*,?\s*(?:at|in)\s+(?:the\s+)?\p{Lu}/u;
const FUTURE =
  /\b(?:will|shall|to be held|is scheduled|are scheduled|upcoming|is set to|are set to)\b/i;
const YEAR_BEFORE_KIND = /\b((?:19|20)\d{2})\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
const YEAR_AFTER_KIND = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+((?:19|20)\d{2})\b/u;

/** A year printed in an event's name: "2022 AGM Report", "Online Congress 2020". */
export function eventNameYear(texts: string[]): number | undefined {
  for (const text of texts)
    for (const kind of kindMatches(text)) {
      const year =
        YEAR_BEFORE_KIND.exec(text.slice(0, kind.start))?.[1] ??
        YEAR_AFTER_KIND.exec(text.slice(kind.end))?.[1];
      if (year) return Number(year);
    }
  return undefined;
}

/** The weekday's date nearest the page's date: before it, unless the text looks ahead. */
function resolveWeekday(mention: FoundDate, pageDate: string, future: boolean): string {
  const weekday = mention.weekday ?? 0;
  const pageWeekday = weekdayOf(pageDate);
  const back = (pageWeekday - weekday + 7) % 7;
  const ahead = (weekday - pageWeekday + 7) % 7;
  if (mention.modifier === 'last') return addDays(pageDate, -(back === 0 ? 7 : back));
  if (mention.modifier === 'next') return addDays(pageDate, ahead === 0 ? 7 : ahead);
  return future ? addDays(pageDate, ahead) : addDays(pageDate, -back);
}

/** The year that puts a year-less day nearest the page's date (and agrees with its weekday). */
function nearestYear(mention: FoundDate, pageDate: string): string | undefined {
  const year = Number(pageDate.slice(0, 4));
  const page = Date.parse(pageDate);
  let best: { date: string; distance: number } | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const date = completeDate(mention, y);
    if (!date) continue;
    const distance = Math.abs(Date.parse(date) - page);
    if (!best || distance < best.distance) best = { date, distance };
  }
  return best?.date;
}

interface Context {
  pageDate?: string;
  nameYear?: number;
  fileYear?: number;
  future: boolean;
}

function resolve(mention: FoundDate, sentenceYear: number | undefined, ctx: Context) {
  if (mention.iso) return mention.iso;
  if (mention.relativeDays !== undefined)
    return ctx.pageDate ? addDays(ctx.pageDate, mention.relativeDays) : undefined;
  if (mention.month === undefined) {
    return mention.weekday !== undefined && ctx.pageDate
      ? resolveWeekday(mention, ctx.pageDate, ctx.future)
      : undefined;
  }
  const nameYear = sentenceYear ?? ctx.nameYear;
  return (
    (nameYear !== undefined ? completeDate(mention, nameYear) : undefined) ??
    (ctx.pageDate ? nearestYear(mention, ctx.pageDate) : undefined) ??
    (ctx.fileYear !== undefined ? completeDate(mention, ctx.fileYear) : undefined)
  );
}

const DAY = 24 * 60 * 60 * 1000;

function score(
  mention: FoundDate,
  sentence: Sentence,
  index: number,
  introducing: boolean,
  date: string | undefined,
  ctx: Context,
): number {
  const before = sentence.text.slice(0, mention.start - sentence.start);
  const after = sentence.text.slice(mention.end - sentence.start);
  let s = -0.2 * index;
  if (introducing) s += 3;
  if (index < 3) s += 0.5;
  if (EVENT_CUE_BEFORE.test(before)) s += 2;
  const near = kindMatches(sentence.text).some(
    (k) =>
      k.end <= mention.start - sentence.start + 1 && mention.start - sentence.start - k.end < 60,
  );
  if (near) s += 1.5;
  if (PLACE_AFTER.test(after)) s += 1;
  if (/^\W*(?:on\s+)?$/i.test(before)) s += 0.5;
  // "signed on 10 December 1984" dates something else, but in the sentence that introduces
  // the event ("re-elected X as president on Thursday at the congress") the act is the event's.
  if (DISTRACTOR_BEFORE.test(before)) s -= introducing ? 2 : 5;
  if (AHEAD_OF_ANOTHER.test(before)) s -= 5;
  if (SCHEDULE_BEFORE.test(before) && !(introducing && ctx.future)) s -= 5;
  if (date && ctx.pageDate) {
    const gap = Date.parse(date) - Date.parse(ctx.pageDate);
    if (gap > 0 && !ctx.future) s -= 3;
    if (gap < -366 * DAY) s -= 2;
  }
  return s;
}

/**
 * The event's date. `introducing` is the sentence that introduces the event; `fileYear` a
 * year the caller knows the article's collection is from.
 */
export function findEventDate(
  article: Article,
  sentences: Sentence[],
  introducing: Sentence | undefined,
  fileYear?: number,
): EventDate {
  const ctx: Context = {
    future: FUTURE.test(introducing?.text ?? ''),
    ...(article.published ? { pageDate: article.published } : {}),
    ...(fileYear !== undefined ? { fileYear } : {}),
  };
  const nameYear = eventNameYear([article.title, introducing?.text ?? '']);
  if (nameYear !== undefined) ctx.nameYear = nameYear;
  const page = article.publishedSpan;
  const candidates: Candidate[] = [];
  // One chrono pass over the text; each mention belongs to the sentence it starts in.
  const mentions = findDates(article.text);
  // "Toronto, 4 June: … on Monday": a wire dateline's day without a year is the day the report
  // was filed, so it anchors the weekdays after it, with the year of the page or the event's name.
  const inDateline = (m: FoundDate) =>
    article.datelineSpan !== undefined &&
    m.start >= article.datelineSpan.start &&
    m.end <= article.datelineSpan.end;
  const filed = mentions.find((m) => inDateline(m) && m.month !== undefined && !m.iso);
  const filedDate = !filed
    ? undefined
    : ctx.pageDate
      ? nearestYear(filed, ctx.pageDate)
      : nameYear !== undefined
        ? completeDate(filed, nameYear)
        : undefined;
  if (filedDate) ctx.pageDate = filedDate;
  sentences.forEach((sentence, index) => {
    for (const mention of mentions) {
      if (mention.start < sentence.start || mention.start >= sentence.end) continue;
      // The page's own date line is the anchor, not a candidate.
      if (page && mention.start < page.end && mention.end > page.start) continue;
      if (filedDate && mention === filed) continue;
      const date = resolve(mention, eventNameYear([sentence.text]), ctx);
      const s = score(mention, sentence, index, sentence === introducing, date, ctx);
      candidates.push({ mention, sentenceIndex: index, score: s, ...(date ? { date } : {}) });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.mention.start - b.mention.start);
  const best = candidates[0];
  // The best-placed mention decides; an unresolvable one ("on Friday" with no date line) leaves
  // the date unknown rather than handing it to a worse-placed date of something else.
  const chosen = best?.date
    ? best
    : candidates.find((c) => c.date && best && c.score >= best.score - 1);
  if (chosen?.date)
    return {
      date: chosen.date,
      evidence: { start: chosen.mention.start, end: chosen.mention.end },
    };
  // A wire dateline dates the report of a same-day event when the text names no other day.
  if (!best && filed && filedDate)
    return { date: filedDate, evidence: { start: filed.start, end: filed.end } };
  if (
    !best &&
    article.published &&
    article.datelineSpan &&
    page &&
    page.start < article.datelineSpan.end
  )
    return { date: article.published, evidence: page };
  return {};
}
