/**
 * The city an article's event took place in, with its country and coordinates from the
 * gazetteer. Candidates are the dateline's city ("ISLAMABAD:", "OSLO, 5 June") and the city
 * mentions of the headline and the opening sentences (see `places.ts` for what makes a
 * capitalised word a city mention and how strongly); the sentence that introduces the event
 * counts most, then the headline, then earlier sentences. "held in X" beats a dateline (a
 * report filed in one city about an event in another); a dateline beats a city merely named.
 * An event held online has no place unless the text says where it was held. It does not read
 * the venue: the event stage does.
 */
import {
  CONTEXT_FREE_POPULATION,
  cityMentions,
  countryName,
  lookupCity,
  type City,
  type CityMention,
} from './places';
import { AHEAD_OF_ANOTHER } from './event-kind';
import type { Sentence } from './sentences';
import type { Article, Span } from './split';

export interface EventPlace {
  /** The city as the graph shows it ("Washington", "Geneva"). */
  city?: string;
  /** ISO 3166-1 alpha-2 code and English name of the city's country. */
  countryCode?: string;
  country?: string;
  coordinates?: { lat: number; lon: number };
  evidence?: Span;
}

/**
 * The opening a city may come from, besides the introducing sentence: the first paragraphs, or
 * the first sentences where the paragraphs are long (the sentence splitter also cuts at
 * abbreviations it does not know, so paragraphs are the steadier measure).
 */
const OPENING_PARAGRAPHS = 4;
const OPENING_SENTENCES = 6;
const MAX_OPENING_SENTENCES = 10;
const DATELINE_WEIGHT = 4.5;
const INTRODUCING_BONUS = 1.5;
const HEADLINE_BONUS = 1;
const SMALL_TOWN_NAME_PENALTY = 2.5;
// "digital" alone is a topic as often ("a forum on digital privacy"): only as a kind of meeting.
const ONLINE =
  /\b(?:online|virtual(?:ly)?|digital-only|digital (?:congress|conference|meeting|event|summit|forum|session|edition|format)|webinar|video ?conference|via (?:Zoom|Teams|video link)|livestream(?:ed)?)\b/i;

const ANOTHER_TIME = /\b(?:will|next (?:week|month|year)|is due to|are due to|plans? to)\b/i;

interface Candidate {
  name: string;
  city?: City;
  score: number;
  order: number;
  evidence?: Span;
  strong: boolean;
  /** Read from an event's name ("the Lakeshore Book Festival") after a town few know. */
  smallTownName?: boolean;
}

function fromMentions(
  mentions: CityMention[],
  offset: number | undefined,
  bonus: number,
  order: number,
): Candidate[] {
  return mentions.map((m, k) => ({
    name: m.name,
    city: m.city,
    score: m.weight + bonus,
    order: order + k / 100,
    ...(offset !== undefined ? { evidence: { start: offset + m.start, end: offset + m.end } } : {}),
    strong: m.cue === 'held-in' || m.cue === 'venue-in',
    ...(m.cue === 'event-name' && m.city.population < CONTEXT_FREE_POPULATION && !m.city.capital
      ? { smallTownName: true }
      : {}),
  }));
}

/** The event's place, from the dateline, the headline and the opening sentences. */
export function findEventPlace(
  article: Article,
  sentences: Sentence[],
  introducing: Sentence | undefined,
): EventPlace {
  const candidates: Candidate[] = [];
  if (article.datelineCity) {
    const looked = lookupCity(article.datelineCity);
    candidates.push({
      name: looked?.name ?? article.datelineCity,
      ...(looked ? { city: looked.city } : {}),
      score: DATELINE_WEIGHT,
      order: -2,
      ...(article.datelineSpan ? { evidence: article.datelineSpan } : {}),
      strong: false,
    });
  }
  if (article.title)
    candidates.push(...fromMentions(cityMentions(article.title), undefined, HEADLINE_BONUS, -1));
  const opening = sentences
    .slice(0, MAX_OPENING_SENTENCES)
    .filter((s, i) => i < OPENING_SENTENCES || s.paragraph < OPENING_PARAGRAPHS);
  if (introducing && !opening.includes(introducing)) opening.push(introducing);
  opening.forEach((sentence, index) => {
    // "Hart will hold his own rally in Erie next week": another event, after the lead.
    if (index > 0 && ANOTHER_TIME.test(sentence.text)) return;
    const bonus = (sentence === introducing ? INTRODUCING_BONUS : 0) - 0.15 * index;
    // The dateline opening the sentence was read already.
    const from =
      article.datelineSpan && article.datelineSpan.start === sentence.start
        ? article.datelineSpan.end - sentence.start
        : 0;
    // ("… ahead of the summit in Dubai": the rest of the sentence is another event's.)
    const whole = sentence.text.slice(Math.max(0, from));
    const ahead = AHEAD_OF_ANOTHER.exec(whole);
    const text = ahead ? whole.slice(0, ahead.index) : whole;
    candidates.push(
      ...fromMentions(cityMentions(text), sentence.start + Math.max(0, from), bonus, index),
    );
  });
  // "KINGSTON, Ont. — … at the Lakeshore Book Festival": a dateline outweighs an event's name
  // that a small town happens to share; a name after a city everyone knows still wins.
  if (article.datelineCity)
    for (const c of candidates) if (c.smallTownName) c.score -= SMALL_TOWN_NAME_PENALTY;
  const online = ONLINE.test(`${article.title} ${introducing?.text ?? ''}`);
  const usable = online ? candidates.filter((c) => c.strong) : candidates;
  usable.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = usable[0];
  if (!best) return {};
  const place: EventPlace = { city: best.name };
  if (best.evidence) place.evidence = best.evidence;
  if (best.city) {
    place.countryCode = best.city.country;
    const country = countryName(best.city.country);
    if (country) place.country = country;
    place.coordinates = { lat: best.city.lat, lon: best.city.lon };
  }
  return place;
}
