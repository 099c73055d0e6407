/**
 * Who took part in the event an article reports, and in which role, from the genre's
 * patterns: "Speakers (at the event) included …" and "… were among the participants" lists,
 * "moderated by X", "X was the guest speaker", "X sent a video message", "in a message to the
 * exhibition", "upon the initiative of X" (host), "invited by Mayor X" (an organizer role for a
 * person). People who are quoted or reported speaking are added by the claim stage; people
 * merely mentioned are never participants. It does not build graph nodes.
 */
import { opensWithBodyWord } from './name-candidates';
import { PERSON_NAME, cleanPersonName, isKnownFirstName } from './names';
import { ArticlePeople, type LocalPerson, type Span } from './people';

/** A scratch registry to test whether a list item names someone, without registering them. */
class ArticlePeopleProbe extends ArticlePeople {}
import type { Sentence } from './sentences';
import { SPEECH_VERB, spokenElsewhere } from './speech';
import { LIST_NOUN_SOURCE } from './vocab';
import type { OrganizerRole, SpeakerRole } from '../../model/roles';

export type { SpeakerRole };

/** Higher wins when one person is found in several roles at one event. */
export const ROLE_PRIORITY: Record<SpeakerRole, number> = {
  moderator: 6,
  host: 5,
  'guest speaker': 4,
  'video message': 3,
  'written message': 3,
  speaker: 2,
  participant: 1,
};

export interface Participation {
  person: LocalPerson;
  role: SpeakerRole;
  evidence: Span;
  confidence: number;
  /** The rule that found it (`speaker-cues.ts` rule names); absent for the corpus patterns. */
  rule?: string;
}

export interface ListClaim {
  people: LocalPerson[];
  sentence: Span;
}

export interface PersonOrganizer {
  person: LocalPerson;
  role: Extract<OrganizerRole, 'invited by'>;
  evidence: Span;
}

export interface ParticipationResult {
  participations: Participation[];
  listClaims: ListClaim[];
  personOrganizers: PersonOrganizer[];
}

interface Piece {
  text: string;
  start: number;
}

/** Splits a list on ";" if it has any (items then carry their own commas), else on "," and "and". */
function listItems(text: string, start: number): Piece[][] {
  const pieces = (value: string, offset: number, separator: RegExp): Piece[] => {
    const out: Piece[] = [];
    let last = 0;
    for (const m of value.matchAll(separator)) {
      out.push({ text: value.slice(last, m.index), start: offset + last });
      last = (m.index ?? 0) + m[0].length;
    }
    out.push({ text: value.slice(last), start: offset + last });
    return out.filter((piece) => piece.text.trim() !== '');
  };
  if (text.includes(';')) {
    return pieces(text, start, /;\s*(?:and\s+)?/g).map((item) =>
      pieces(item.text, item.start, /,\s*/g),
    );
  }
  // " and " separates items, except inside a title ("Secretary of State for Foreign Affairs and
  // Human Rights", "Committee of England and Wales").
  const byComma = pieces(text, start, /,\s*(?:and\s+)?/g);
  return byComma
    .flatMap((piece) =>
      /\bof\b/.test(piece.text) &&
      /\band\s+\p{Lu}/u.test(piece.text) &&
      !cleanPersonName(piece.text.split(/\s+and\s+/).pop() ?? '')
        ? [piece]
        : pieces(piece.text, piece.start, /\s+and\s+/g),
    )
    .map((piece) => [piece]);
}

const NAME_AT_END = new RegExp(`(${PERSON_NAME})\\s*(?:\\([^)]*\\))?\\s*$`, 'u');
const LOWER_SURNAME = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}{2,})\s*(?:\([^)]*\))?\s*$/u;

/** The person named by a list item, registering titles found around the name. */
function personOfItem(
  piece: Piece,
  people: ArticlePeople,
): { person: LocalPerson; title?: string } | undefined {
  const raw = piece.text.replace(/^\s*and\s+/, '');
  const lead = piece.text.length - raw.length;
  const match = NAME_AT_END.exec(raw);
  if (match && match.index !== undefined) {
    const clean = cleanPersonName(match[1] ?? '');
    const before = raw.slice(0, match.index).trim();
    // Text before the name must itself be a title ("former Foreign Minister"), not a clause.
    if (clean && !/[,;:]|\b(?:and|who|which|were|was)\b|\b(?:of|at|to|in|for|from)$/.test(before)) {
      const nameStart =
        piece.start +
        lead +
        match.index +
        (match[1] ?? '').lastIndexOf(clean.name.split(' ')[0] ?? '');
      const person = people.addFull(clean.name, {
        start: nameStart,
        end: nameStart + clean.name.length,
      });
      const title = [before, clean.title].filter(Boolean).join(' ');
      return title ? { person, title } : { person };
    }
  }
  const lower = LOWER_SURNAME.exec(raw);
  if (lower && isKnownFirstName(lower[1] ?? '')) {
    const clean = cleanPersonName(`${lower[1]} ${lower[2]}`, { fixCase: true });
    const nameStart = piece.start + lead;
    if (clean) {
      const written = `${lower[1]} ${lower[2]}`;
      const person = people.addFull(clean.name, {
        start: nameStart,
        end: nameStart + written.length,
      });
      person.written = [...new Set([...(person.written ?? []), written])];
      return { person };
    }
  }
  return undefined;
}

/** Parses a list of people with appositions; titles attach to the name they follow (or precede, at the start). */
export function parsePeopleList(text: string, start: number, people: ArticlePeople): LocalPerson[] {
  const found: LocalPerson[] = [];
  let pendingTitles: string[] = [];
  const items = listItems(text, start);
  items.forEach((item, index) => {
    let current: LocalPerson | undefined;
    for (const piece of item) {
      const named = current ? undefined : personOfItem(piece, people);
      const next = items[index + 1]?.[0];
      // A capitalised title right before a name introduces it ("former Secretary of State …, Rama Yade").
      const introducesNext =
        !named &&
        !text.includes(';') &&
        /^\s*(?:former\s+|the\s+)?\p{Lu}/u.test(piece.text) &&
        next !== undefined &&
        personOfItem(next, new ArticlePeopleProbe()) !== undefined;
      if (named) {
        current = named.person;
        if (!found.includes(current)) found.push(current);
        if (named.title) people.addTitle(current, named.title);
        for (const title of pendingTitles) people.addTitle(current, title);
        pendingTitles = [];
      } else if (current) people.addTitle(current, piece.text.trim());
      else if (found.length > 0 && !text.includes(';') && !introducesNext)
        people.addTitle(found[found.length - 1] as LocalPerson, piece.text.trim());
      else pendingTitles.push(piece.text.trim());
    }
  });
  return found;
}

const LIST_TRIGGER = new RegExp(
  String.raw`\b(${LIST_NOUN_SOURCE})\b(?:\s+at the \w+)?\s+(?:included|including|include)\s+`,
  'i',
);
const LIST_END = new RegExp(
  String.raw`,?\s+(?:who\s|which\s|took part|spoke\b|participated|attended|addressed|(?:also\s+)?${SPEECH_VERB}\b)`,
);
// ("…, was among the dead" names a victim, not a participant.)
const AMONG = new RegExp(String.raw`,?\s+(?:were|was) among the (${LIST_NOUN_SOURCE})\b`, 'i');

function roleFromPredicate(noun: string, predicate: string): SpeakerRole {
  if (/^(?:speakers|panel+ists)$/i.test(noun)) return 'speaker';
  if (/spoke|addressed|took the floor|speech/.test(predicate)) return 'speaker';
  if (new RegExp(`^,?\\s+(?:also\\s+)?${SPEECH_VERB}`).test(predicate)) return 'speaker';
  return 'participant';
}

const MODERATOR = new RegExp(
  String.raw`\b(moderated|chaired|presided over|hosted|introduced) by\s+(?:the\s+)?(${PERSON_NAME})`,
  'u',
);
const ROLE_PREDICATE =
  /\b(?:was|were) the (guest speaker|keynote speaker|main speaker|moderator|host)\b/;
const VIDEO =
  /\b(?:sent|delivered|gave) a video message\b|\bin a video message\b|\bvia video\b|\bby video(?:conference| link)?\b/;
const MESSAGE =
  /\bin a (?:written )?message to\b|\bsent a (?:written )?message\b|\bmessage to the (?:conference|event|meeting|exhibition|panel|gathering)\b/;
const HOST = new RegExp(String.raw`\b(?:upon|at) the initiative of\s+(${PERSON_NAME})`, 'u');
const INVITED = new RegExp(String.raw`\b[Ii]nvited by\s+(?:the\s+)?(${PERSON_NAME})`, 'u');
const WHO_ADDRESSED = new RegExp(
  String.raw`(${PERSON_NAME}),\s+who\s+(?:was\s+)?address(?:ed|ing)\s+the\b`,
  'u',
);
const IN_ADDITION = new RegExp(String.raw`^In addition to\s+(${PERSON_NAME}),`, 'u');
const ANY_NAME = new RegExp(PERSON_NAME, 'gu');

/** The first registered-or-registrable person named in `text` (offset `start`). */
function firstPerson(text: string, start: number, people: ArticlePeople): LocalPerson | undefined {
  for (const m of text.matchAll(ANY_NAME)) {
    // (The body's last word before the name, "of Communication and Informatics X": see
    // nameCandidates.)
    const words = m[0].split(/\s+/);
    const lead = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
    const body = opensWithBodyWord(lead, words) ? (words[0]?.length ?? 0) + 1 : 0;
    const at = start + (m.index ?? 0) + body;
    const person = people.resolve(m[0].slice(body), { start: at, end: at + m[0].length - body });
    if (person) return person;
  }
  return undefined;
}

export function findParticipation(
  text: string,
  sentences: Sentence[],
  people: ArticlePeople,
): ParticipationResult {
  const result: ParticipationResult = { participations: [], listClaims: [], personOrganizers: [] };
  const add = (person: LocalPerson, role: SpeakerRole, sentence: Sentence, confidence: number) =>
    result.participations.push({
      person,
      role,
      evidence: { start: sentence.start, end: sentence.end },
      confidence,
    });

  for (const sentence of sentences) {
    const s = sentence.text;
    const trigger = LIST_TRIGGER.exec(s);
    if (trigger) {
      const listStart = (trigger.index ?? 0) + trigger[0].length;
      const rest = s.slice(listStart);
      const end = LIST_END.exec(rest);
      const list =
        people &&
        parsePeopleList(
          rest.slice(0, end ? end.index : undefined),
          sentence.start + listStart,
          people,
        );
      const role = roleFromPredicate(trigger[1] ?? '', end ? rest.slice(end.index) : '');
      for (const person of list) add(person, role, sentence, 0.9);
      if (
        end &&
        new RegExp(`^,?\\s+(?:also\\s+)?${SPEECH_VERB}`).test(rest.slice(end.index)) &&
        list.length > 1
      ) {
        result.listClaims.push({
          people: list,
          sentence: { start: sentence.start, end: sentence.end },
        });
      }
      const also = IN_ADDITION.exec(s);
      const extra = also
        ? people.resolve(also[1] ?? '', {
            start: sentence.start + also[0].indexOf(also[1] ?? ''),
            end: sentence.start + also[0].length - 1,
          })
        : undefined;
      if (extra) add(extra, role, sentence, 0.8);
    }
    const among = AMONG.exec(s);
    // "…, was among the guests but did not speak": present, not a participant who spoke.
    if (among && !trigger && !spokenElsewhere(s)) {
      const list = parsePeopleList(s.slice(0, among.index), sentence.start, people);
      const role = roleFromPredicate(among[1] ?? '', s.slice(among.index));
      for (const person of list) add(person, role, sentence, 0.85);
    }
    const moderator = MODERATOR.exec(s);
    if (moderator) {
      const at =
        sentence.start + (moderator.index ?? 0) + moderator[0].length - (moderator[2]?.length ?? 0);
      const person = people.resolve(moderator[2] ?? '', {
        start: at,
        end: at + (moderator[2]?.length ?? 0),
      });
      if (person) add(person, moderator[1] === 'hosted' ? 'host' : 'moderator', sentence, 0.95);
    }
    const predicate = ROLE_PREDICATE.exec(s);
    if (predicate) {
      const person = firstPerson(s.slice(0, predicate.index), sentence.start, people);
      const role = (
        predicate[1]?.endsWith('speaker')
          ? predicate[1] === 'guest speaker'
            ? 'guest speaker'
            : 'speaker'
          : predicate[1]
      ) as SpeakerRole;
      if (person) add(person, role, sentence, 0.9);
    }
    const video = VIDEO.exec(s);
    const message = video ? undefined : MESSAGE.exec(s);
    const carrier = video ?? message;
    if (carrier) {
      const person = firstPerson(s.slice(0, carrier.index), sentence.start, people);
      if (person) add(person, video ? 'video message' : 'written message', sentence, 0.9);
    }
    const host = HOST.exec(s);
    if (host) {
      const at = sentence.start + (host.index ?? 0) + host[0].length - (host[1]?.length ?? 0);
      const person = people.resolve(host[1] ?? '', { start: at, end: at + (host[1]?.length ?? 0) });
      if (person) add(person, 'host', sentence, 0.85);
    }
    const invited = INVITED.exec(s);
    if (invited) {
      const at =
        sentence.start + (invited.index ?? 0) + invited[0].length - (invited[1]?.length ?? 0);
      const person = people.resolve(invited[1] ?? '', {
        start: at,
        end: at + (invited[1]?.length ?? 0),
      });
      if (person) {
        const clean = cleanPersonName(invited[1] ?? '');
        if (clean?.title) people.addTitle(person, clean.title);
        result.personOrganizers.push({
          person,
          role: 'invited by',
          evidence: { start: sentence.start, end: sentence.end },
        });
      }
    }
    const addressed = WHO_ADDRESSED.exec(s);
    if (addressed) {
      const at = sentence.start + (addressed.index ?? 0);
      const person = people.resolve(addressed[1] ?? '', {
        start: at,
        end: at + (addressed[1]?.length ?? 0),
      });
      if (person) add(person, 'speaker', sentence, 0.85);
    }
  }
  void text;
  return result;
}
