/**
 * An article's own date and place lines, near its top: the wire dateline ("WASHINGTON, Dec. 4,
 * 2017 /PRNewswire/ —", "VIENNA (21 October 2019) -", "Lyon, 4 May –", "OSLO, 5 June (Reuters)
 * -", "ISLAMABAD:" on a line of its own), a date opening the lead ("March 10, 2011- Thousands
 * …", "date 2021-02-20 Ujjain: …"), and a date printed as a line of its own ("Friday, April
 * 09, 2010", "Published : Nov. 14, 2023 - 18:14", "Some Org, 27 June 2018", the by-line
 * "2017November 28"). Relative days in the text are resolved against these; they are the
 * page's date, which is often not the event's. It does not read dates inside sentences.
 */
import { readFileSync } from 'node:fs';
import { findDates, type FoundDate } from './dates';
import { datelinePlace, isPlainCityName, lookupCity } from './places';

export interface Dateline {
  /** The dateline without its separator, e.g. "WASHINGTON, Dec. 4, 2017 /PRNewswire/". */
  text: string;
  start: number;
  /** Offset after the separator: where the lead begins. */
  end: number;
  /** The city, title-cased when the dateline shouts it. */
  city?: string;
  /** ISO date when the dateline prints a full one. */
  date?: string;
  dateSpan?: { start: number; end: number };
}

export interface DateLine {
  date: string;
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
}

/** How many of the first lines a dateline may be on (a headline or subhead may come first). */
const DATELINE_LINES = 4;

const CITY_CAPS = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const CITY_MIXED = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}`;
const WIRE = new RegExp(
  String.raw`^(${CITY_CAPS}|${CITY_MIXED})((?:,[^\n—–:]{1,60}?)?(?:\s*\([^)\n]{1,40}\))?(?:\s*\/[^/\n]{2,60}\/)?)(\s*(?:[—–]+|-{1,2}(?=\s|\p{Lu})|:)\s*|(?<=\))\s*(?=\p{Lu}))`,
  'u',
);
const LABEL = /^(?:(?:date|dated|published|posted|updated|last updated)\b\s*:?\s*)?/i;
const AFTER_DATE = new RegExp(
  String.raw`^(?:\s*(?:[—–]+|-{1,2}|:)\s*|\s+(?=(${CITY_MIXED}|${CITY_CAPS}):\s))`,
  'u',
);

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const regex = /[^\n]+/g;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim() !== '') lines.push({ text: m[0].trim(), start: m.index + lead });
  }
  return lines;
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const isShouted = (word: string) => word === word.toUpperCase();

/** "UNHCR – …" and UNHCR again below: an acronym recurs in capitals, a town in title case. */
function shoutedAgain(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    (text.match(new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])`, 'gu')) ?? []).length > 1
  );
}

const KICKERS = new Set(
  (
    JSON.parse(readFileSync(new URL('./vocab/dateline-kickers.json', import.meta.url), 'utf8')) as {
      words: string[];
    }
  ).words,
);

/** A dateline's city: shouted and known, or written normally and known to the gazetteer. */
function cityOf(raw: string, vouched: boolean): string | undefined {
  const name = isShouted(raw) ? titleCase(raw) : raw;
  const stands = datelinePlace(name);
  if (stands) return stands;
  if (lookupCity(name)) return name;
  // A shouted dateline with a date, an agency or a region is one even for a town we do not know.
  return isShouted(raw) && vouched && raw.length >= 3 ? name : undefined;
}

function fullDate(dates: FoundDate[]): FoundDate | undefined {
  return dates.find((d) => d.month !== undefined && d.day !== undefined);
}

/** "CITY, date /agency/ —", "CITY (date) -", "City, 4 May –", "CITY (AGENCY) —", "CITY:". */
function wireDateline(line: Line, text: string): Dateline | undefined {
  const m = WIRE.exec(line.text);
  if (!m) return undefined;
  const raw = m[1] ?? '';
  const rest = m[2] ?? '';
  const sep = m[3] ?? '';
  const date = fullDate(findDates(rest));
  const hasParen = /\(|\//.test(rest);
  if (sep.trim() === '' && !hasParen) return undefined;
  // "Mobile:", "Reading:" open a contact line or a heading, not a dateline.
  if (!isShouted(raw) && !date && !hasParen && !isPlainCityName(raw)) return undefined;
  // Whatever is not the date or the agency must be a region or country: ", Calif.", ", Spain".
  const left = (date ? rest.replace(date.text, '') : rest)
    .replace(/\([^)]*\)/g, '')
    .replace(/\/[^/]*\//g, '')
    .replace(/[\s,]+/g, ' ')
    .trim();
  // (Country names may join words: "Bosnia and Herzegovina", "Trinidad and Tobago".)
  if (left !== '' && !/^(?:\p{Lu}[\p{L}.]*(?:\s(?:and\s|&\s)?\p{Lu}[\p{L}.]*){0,2})$/u.test(left))
    return undefined;
  // "FALL CREEK, Pa. -": a shouted town with its state or country is a dateline too, and so
  // is a shouted town alone before a dash ("DERRINGTON - "), unless it is a label ("BREAKING -").
  const dashed =
    /[—–-]/.test(sep) &&
    isShouted(raw) &&
    raw.replace(/\W/g, '').length >= 5 &&
    !KICKERS.has(raw.replace(/\s+/g, ' ')) &&
    !shoutedAgain(text, raw);
  const city = cityOf(raw, date !== undefined || hasParen || left !== '' || dashed);
  if (!city) return undefined;
  const found: Dateline = {
    text: line.text.slice(0, raw.length + rest.length).trim(),
    start: line.start,
    end: line.start + m[0].length,
    city,
  };
  if (date?.iso) {
    found.date = date.iso;
    const at = line.start + raw.length + date.start;
    found.dateSpan = { start: at, end: at + date.text.length };
  }
  return found;
}

/** "March 10, 2011- Thousands …", "date 2021-02-20 Ujjain: During …". */
function dateFirstDateline(line: Line): Dateline | undefined {
  const label = LABEL.exec(line.text)?.[0] ?? '';
  const date = findDates(line.text.slice(0, 80))[0];
  if (!date?.iso || date.start !== label.length) return undefined;
  const after = AFTER_DATE.exec(line.text.slice(date.end));
  if (!after) return undefined;
  let end = date.end + after[0].length;
  const found: Dateline = {
    text: line.text.slice(0, date.end).trim(),
    start: line.start,
    end: line.start + end,
    date: date.iso,
    dateSpan: { start: line.start + date.start, end: line.start + date.end },
  };
  const raw = after[1];
  if (raw) {
    const city = cityOf(raw, true);
    end += raw.length + (/^:\s*/.exec(line.text.slice(end + raw.length))?.[0].length ?? 0);
    if (city) {
      found.city = city;
      found.text = line.text.slice(0, end).replace(/[:\s]+$/, '');
      found.end = line.start + end;
    }
  }
  return found;
}

/** The dateline opening one of the article's first lines, if any. */
export function findDateline(text: string): Dateline | undefined {
  for (const line of linesOf(text).slice(0, DATELINE_LINES)) {
    const found = dateFirstDateline(line) ?? wireDateline(line, text);
    if (found) return found;
  }
  return undefined;
}

const LINE_NOISE = [
  /\bby\s+(?:\p{L}[\p{L}.'’-]*\s?){1,4}/giu,
  /\b(?:published|posted|updated|last updated|modified|created|date|dated|on|by|at)\b/gi,
  /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?/gi,
  /\b(?:GMT|UTC|IST|CET|CEST|EST|EDT|PST|PDT|BST|ET|PT)\b/g,
  /[|:•·–—,.-]/g,
];

// A label's words: capitalised, with the joining words of a body's name ("Press and Communications").
const LABEL_WORDS = String.raw`\p{Lu}[\p{L}&.'’-]*\s?(?:(?:(?:and|of|for|the|&)\s+)?\p{Lu}[\p{L}&.'’-]*\s?){0,6}`;
const SOURCE_LABELS = new RegExp(String.raw`^(?:${LABEL_WORDS}\s*[,|–—:•·-]\s*){1,2}$`, 'u');
const ONLY_LABELS = new RegExp(String.raw`^(?:${LABEL_WORDS}\s?){1,3}$`, 'u');

/** The first line that is a full date and nothing else but a label, a time or a source. */
export function findDateLine(text: string): DateLine | undefined {
  for (const line of linesOf(text)) {
    if (line.text.length > 90) continue;
    const dates = findDates(line.text).filter((d) => d.iso);
    const date = dates[0];
    if (!date?.iso) continue;
    // "Published: 5 March 2019 | Updated: 6 March 2019": every date of the line goes.
    let left = line.text;
    for (const d of [...dates].reverse()) left = left.slice(0, d.start) + ' ' + left.slice(d.end);
    for (const noise of LINE_NOISE) left = left.replace(noise, ' ');
    left = left.replace(/\s+/g, ' ').trim();
    // "World Uyghur Congress, 27 June 2018", "Upper Vale Circuit – News – 18 May 2025": a
    // source's name, perhaps a section's, each closed by a separator, before the date.
    const before = line.text.slice(0, date.start).trim();
    const source = /^(?:\p{Lu}[\p{L}&.'’-]*\s?){1,6},/u.test(before) || SOURCE_LABELS.test(before);
    if (left === '' || (source && ONLY_LABELS.test(left)))
      return { date: date.iso, start: line.start, end: line.start + line.text.length };
  }
  return undefined;
}
