/**
 * Date parsing for the press-report genre: "Dec. 4, 2017", "August 17, 2017",
 * "14 September 2017", "14/09/2017", "2017November 28", and year-less "October 25" completed
 * from a year the caller supplies. Returns ISO `YYYY-MM-DD`. It does not guess relative dates
 * ("today") on its own: the event stage decides which anchor such words refer to.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

export interface FoundDate {
  iso?: string;
  month: number;
  day: number;
  year?: number;
  start: number;
  end: number;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const PATTERNS: {
  regex: RegExp;
  parts: (m: RegExpExecArray) => [number | undefined, number, number];
}[] = [
  // "2017November 28" (a by-line date with the space lost)
  {
    regex: new RegExp(String.raw`\b(\d{4})\s*${MONTH}\s+(\d{1,2})\b`, 'g'),
    parts: (m) => [Number(m[1]), monthNumber(m[2] ?? ''), Number(m[3])],
  },
  // "Dec. 4, 2017", "August 17, 2017", "October 25"
  {
    regex: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'g'),
    parts: (m) => [m[3] ? Number(m[3]) : undefined, monthNumber(m[1] ?? ''), Number(m[2])],
  },
  // "14 September 2017", "13 September"
  {
    regex: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}(?:,?\s+(\d{4}))?\b`, 'g'),
    parts: (m) => [m[3] ? Number(m[3]) : undefined, monthNumber(m[2] ?? ''), Number(m[1])],
  },
  // "14/09/2017" (day first, as in the European captions of the genre)
  {
    regex: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
];

/** All dates in `text`, in order of position; overlapping matches keep the longest. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { regex, parts } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const [year, month, day] = parts(m);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const date: FoundDate = { month, day, start: m.index, end: m.index + m[0].length };
      if (year !== undefined) {
        date.year = year;
        date.iso = iso(year, month, day);
      }
      found.push(date);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) continue;
    kept.push(date);
  }
  return kept;
}

/** The date as ISO, completing a missing year with `fallbackYear`. */
export function completeDate(date: FoundDate, fallbackYear?: number): string | undefined {
  if (date.iso) return date.iso;
  return fallbackYear === undefined ? undefined : iso(fallbackYear, date.month, date.day);
}
