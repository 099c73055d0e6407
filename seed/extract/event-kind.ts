/**
 * The kind of an event (panel, conference, annual general meeting, commemoration, town hall …)
 * from the words a text uses for it. The vocabulary is data, `vocab/event-kinds.json`, so a new
 * kind is a line there, not code. It only names kinds; which sentence introduces the event is
 * the event stage's choice.
 */
import vocabulary from './vocab/event-kinds.json';

interface KindEntry {
  kind: string;
  terms?: string[];
  patterns?: string[];
  caseSensitive?: boolean;
  namedForPeople?: boolean;
}

export interface KindMatch {
  kind: string;
  start: number;
  end: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex per kind: its terms (a space also matches a hyphen) and its patterns. */
const KINDS: { kind: string; regex: RegExp }[] = (vocabulary.kinds as KindEntry[]).map((entry) => {
  const sources = [
    ...(entry.terms ?? []).map((term) => escape(term).replace(/ /g, '[\\s-]+')),
    ...(entry.patterns ?? []),
  ];
  const flags = entry.caseSensitive ? 'g' : 'gi';
  return { kind: entry.kind, regex: new RegExp(`\\b(?:${sources.join('|')})\\b`, flags) };
});

const NAMED_FOR_PEOPLE = new Set(
  (vocabulary.kinds as KindEntry[]).filter((k) => k.namedForPeople).map((k) => k.kind),
);

/** "the Hartley Lecture": kinds whose named instances bear a person's name, not a place's. */
export function namedForPeople(kind: string): boolean {
  return NAMED_FOR_PEOPLE.has(kind);
}

/** The kind names of the vocabulary, in its order. */
export const EVENT_KINDS: readonly string[] = KINDS.map((k) => k.kind);

/** Every kind term in `text`, by position; at one position the longest match comes first. */
export function kindMatches(text: string): KindMatch[] {
  const found: (KindMatch & { order: number })[] = [];
  KINDS.forEach(({ kind, regex }, order) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text))
      found.push({ kind, start: m.index, end: m.index + m[0].length, order });
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return found.map(({ kind, start, end }) => ({ kind, start, end }));
}

/** The kind named first in `text`, or undefined. */
export function kindIn(text: string): string | undefined {
  return kindMatches(text)[0]?.kind;
}

/**
 * "ahead of the COP28 summit in Dubai, which opens on 30 November": what follows names another
 * event, its place and its date; the event reported is the one this prepares for, not that one.
 */
export const AHEAD_OF_ANOTHER =
  /\b(?:ahead of|in the run-up to|in preparation for)\s+(?:the|a|an|next|this)\b/i;
