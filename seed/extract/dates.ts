/**
 * Date mentions in press-report text, read with chrono-node plus the genre's own forms: full
 * dates ("Dec. 4, 2017", "14 September 2017", "14/09/2017" day first, "2021-02-20"), dates
 * without a year ("October 25", "Wednesday 26th October"), ranges read as their first day
 * ("June 3-4", "from 24th to the 26th of January 2017", "on 8th and 9th May"), a by-line
 * date with its space lost ("2017November 28"), weekdays ("on Wednesday", "last Thursday") and
 * relative days ("today", "this morning", "yesterday"). Each mention keeps what the text
 * prints (day, month, year, weekday) and its offsets; it does not decide which date is the
 * event's, nor resolve a weekday or a missing year: `event-date.ts` does, against the page's
 * date line. Month-only or year-only mentions, times and durations are not returned.
 */
import * as chrono from 'chrono-node';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /** The printed parts; `month` and `day` come together or not at all. */
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday is printed. */
  weekday?: number;
  /** "last Thursday" / "next Monday" / "this Friday". */
  modifier?: 'last' | 'next' | 'this';
  /** Days from the page's date: 0 for "today", "this morning"; -1 for "yesterday". */
  relativeDays?: number;
  /** ISO `YYYY-MM-DD` when day, month and year are all printed. */
  iso?: string;
}

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

/** A real calendar day (chrono's own parsers refuse "February 30"; ours must too). */
export function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Leap-year-safe check without a year: 29 February passes. */
function isValidMonthDay(month: number, day: number): boolean {
  return isValidDay(2000, month, day);
}

export function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Weekday (0 = Sunday) of an ISO date. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

/** Days added to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// "Thursday 12th and Friday 13th October": a weekday before either day of a range.
const RANGE_WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+`;
// "from 24th to the 26th of January 2017", "23rd and 24th May 2008", "8 – 9 May": the first day.
// chrono alone reads only the second day of these.
const dayRangeParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      String.raw`\b(?:from\s+)?(?:${RANGE_WEEKDAY})?(?:the\s+)?(\d{1,2})${ORDINAL}\s*(?:-|–|—|to|until|till|through|and|&)\s*(?:${RANGE_WEEKDAY})?(?:the\s+)?(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?\b`,
      'i',
    ),
  extract: (_context, match) => {
    const day = Number(match[1]);
    const month = monthNumber(match[3] ?? '');
    if (month < 1 || !isValidMonthDay(month, day) || Number(match[2]) <= day) return null;
    return match[4] ? { day, month, year: Number(match[4]) } : { day, month };
  },
};

// "2017November 28": a by-line date whose space was lost in the clipping.
const gluedYearParser: chrono.Parser = {
  pattern: () => new RegExp(String.raw`\b(\d{4})\s*${MONTH}\s+(\d{1,2})\b`, 'i'),
  extract: (_context, match) => {
    const year = Number(match[1]);
    const month = monthNumber(match[2] ?? '');
    const day = Number(match[3]);
    return isValidDay(year, month, day) ? { day, month, year } : null;
  },
};

// "14/09/2017", "04.05.2017": day first, as in the genre's European captions, unless the
// second number cannot be a month. Only with a year: "4/5" alone is a fraction or a score.
const numericDateParser: chrono.Parser = {
  pattern: () => /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/,
  extract: (_context, match) => {
    const [a, b, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    const [day, month] = b > 12 ? [b, a] : [a, b];
    return isValidDay(year, month, day) ? { day, month, year } : null;
  },
};

let parser: chrono.Chrono | undefined;

/**
 * chrono's casual English (month-first, so "March 20" is a day, not March 2020 as its British
 * setting reads it) with its slash parsers swapped for the day-first one, plus our forms.
 */
function dateParser(): chrono.Chrono {
  if (!parser) {
    parser = chrono.casual.clone();
    parser.parsers = parser.parsers.filter((p) => !/Slash/.test(p.constructor.name));
    parser.parsers.push(numericDateParser, dayRangeParser, gluedYearParser);
  }
  return parser;
}

const WEEKDAY_NAME = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/**
 * A printed weekday: its full name in any case, or an abbreviation written with its capital
 * ("Sat 4 May"), since in lower case "sat", "sun" and "wed" are words ("she sat in the front row").
 */
function namesWeekday(text: string): boolean {
  const match = WEEKDAY_NAME.exec(text);
  if (!match) return false;
  return /day$/i.test(match[0]) || /^\p{Lu}/u.test(match[0]);
}

const RELATIVE_DAYS: [RegExp, number][] = [
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i, 0],
  [/\b(?:yesterday|last night)\b/i, -1],
  [/\btomorrow\b/i, 1],
];

/** "May 5 people attended": the modal "May" or a count after a month name is not a date. */
function isCountNotDate(text: string, result: chrono.ParsedResult): boolean {
  const after = text.slice(result.index + result.text.length);
  const before = text.slice(0, result.index);
  if (!/^\s*May\s+\d{1,2}$/i.test(result.text)) return false;
  if (/\b(?:on|since|until|till|by|from|before|after|of|between|and|to|the)\s*$/i.test(before))
    return false;
  return /^\s+(?!(?:at|in|on|and|or|to|from|the|a|an|with|for|when|as|after|before)\b)\p{Ll}/u.test(
    after,
  );
}

function fromResult(text: string, result: chrono.ParsedResult): FoundDate | undefined {
  const start = result.start;
  // chrono retries one character on after a refused match: "31/04/2019" must not give "1/04".
  if (/[\p{L}\d]/u.test(text[result.index - 1] ?? '')) return undefined;
  const found: FoundDate = {
    start: result.index,
    end: result.index + result.text.length,
    text: result.text,
  };
  for (const [regex, days] of RELATIVE_DAYS)
    if (regex.test(result.text)) {
      found.relativeDays = days;
      return found;
    }
  const known = (c: chrono.Component) =>
    start.isCertain(c) ? (start.get(c) ?? undefined) : undefined;
  const day = known('day');
  const month = known('month');
  // "from May 3 to May 5, 2019": the range's year is printed once, at its end.
  const endYear = result.end?.isCertain('year') ? (result.end.get('year') ?? undefined) : undefined;
  const endMonth = result.end?.get('month') ?? undefined;
  const year =
    known('year') ??
    (endYear !== undefined && month !== undefined && endMonth !== undefined
      ? endYear - (month > endMonth ? 1 : 0)
      : undefined);
  const weekday = known('weekday');
  if (day !== undefined && month !== undefined) {
    // A day is printed as a number: chrono's "now" is not a date. Numbers without a month
    // name and without a year ("4/5 majority") are not dates either.
    if (!/\d/.test(result.text)) return undefined;
    if (year === undefined && !/\p{L}{3}/u.test(result.text)) return undefined;
    if (isCountNotDate(text, result)) return undefined;
    found.day = day;
    found.month = month;
    if (year !== undefined) {
      if (!isValidDay(year, month, day)) return undefined;
      found.year = year;
      found.iso = iso(year, month, day);
    }
    if (weekday !== undefined) found.weekday = weekday;
    return found;
  }
  if (month !== undefined || year !== undefined) return undefined;
  // chrono reads "weekend" as a Saturday; only a printed weekday counts.
  if (weekday !== undefined && namesWeekday(result.text)) {
    found.weekday = weekday;
    const modifier = /\b(last|past|previous|next|coming|this)\s+\w+day\b/i.exec(result.text)?.[1];
    if (modifier) {
      const m = modifier.toLowerCase();
      found.modifier = m === 'this' ? 'this' : m === 'next' || m === 'coming' ? 'next' : 'last';
    }
    return found;
  }
  return undefined;
}

/** "Tuesday (Jan 12)": a weekday and the date right after it are one mention. */
function mergeWeekdays(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const date of dates) {
    const last = out[out.length - 1];
    if (
      last &&
      last.weekday !== undefined &&
      last.month === undefined &&
      date.month !== undefined &&
      date.weekday === undefined &&
      /^\s*[(,]?\s*$/.test(text.slice(last.end, date.start))
    ) {
      const close = /^\)/.test(text.slice(date.end)) ? 1 : 0;
      out[out.length - 1] = {
        ...date,
        start: last.start,
        end: date.end + close,
        text: text.slice(last.start, date.end + close),
        weekday: last.weekday,
      };
    } else out.push(date);
  }
  return out;
}

/** All day-level date mentions in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // The reference only fills parts chrono implies; we read known parts alone.
  for (const result of dateParser().parse(text, new Date(Date.UTC(2000, 0, 1, 12)))) {
    const date = fromResult(text, result);
    if (date) found.push(date);
  }
  return mergeWeekdays(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/** The date as ISO, completing a missing year with `fallbackYear`; undefined when impossible. */
export function completeDate(date: FoundDate, fallbackYear?: number): string | undefined {
  if (date.iso) return date.iso;
  if (date.month === undefined || date.day === undefined || fallbackYear === undefined)
    return undefined;
  if (!isValidDay(fallbackYear, date.month, date.day)) return undefined;
  const completed = iso(fallbackYear, date.month, date.day);
  // "Wednesday 26th October" names its year by the weekday: a year that disagrees is wrong.
  if (date.weekday !== undefined && weekdayOf(completed) !== date.weekday) return undefined;
  return completed;
}
