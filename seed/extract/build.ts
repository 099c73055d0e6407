/**
 * Assembles the graph document from per-article analyses: resolves people and organisations
 * across articles, mints stable ids, and emits nodes and relationships with provenance
 * (source article, verbatim evidence and its offsets, method, confidence). Output is sorted by
 * id so two runs diff cleanly. Ids of what belongs to one article (its event, its claims)
 * carry a hash of the article id, so separately built documents never share them by accident.
 * It performs no text analysis of its own beyond claim labels.
 */
import type {
  ExtractionMethod,
  GraphDocument,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  PropertyValue,
  RelationshipType,
} from '../../model/graph-document';
import { MERGE_REASONS, encodeMergeRecord } from '../../model/merge-records';
import type { ArticleAnalysis } from './analyze';
import { assertionKeysOf } from './assertions';
import { recurringAssertions, type AssertionClaim } from './recurring-assertions';
import type { Curation } from './curation';
import { GENERIC_KIND, type FoundEvent } from './events';
import type { LocalPerson, Span } from './people';
import { resolveOrganizations, resolvePeople, type SpellingMerge } from './resolve';
import { reviewReasons } from './review';
import { shortHash, slugify, truncateWords } from './text';
import { topicsOf, type Topic } from './topics';
import { REPORTING_VERB_SOURCE } from './vocab';

interface Edge {
  type: RelationshipType;
  from: string;
  to: string;
  analysis: ArticleAnalysis;
  evidence: Span;
  method: ExtractionMethod;
  confidence: number;
  extra?: Record<string, PropertyValue>;
}

class DocumentBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphRelationship>();

  node(id: string, label: NodeLabel, properties: Record<string, PropertyValue | undefined>): void {
    if (this.nodes.has(id)) return;
    const clean: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(properties))
      if (value !== undefined) clean[key] = value;
    this.nodes.set(id, { id, label, properties: clean });
  }

  edge({ type, from, to, analysis, evidence, method, confidence, extra }: Edge): void {
    const id = `${type}:${from}->${to}`;
    if (this.edges.has(id)) return; // first article wins; later ones repeat the same fact
    this.edges.set(id, {
      id,
      type,
      from,
      to,
      properties: {
        source: analysis.article.id,
        evidence: analysis.article.text.slice(evidence.start, evidence.end),
        evidenceStart: evidence.start,
        evidenceEnd: evidence.end,
        method,
        confidence: Math.round(confidence * 100) / 100,
        ...extra,
      },
    });
  }
}

function uniqueId(prefix: string, base: string, taken: Set<string>): string {
  let id = `${prefix}:${base}`;
  for (let n = 2; taken.has(id); n += 1) id = `${prefix}:${base}-${n}`;
  taken.add(id);
  return id;
}

/** The words of the article's people's names: a phrase holding one names someone, not a claim. */
const nameWordsCache = new WeakMap<ArticleAnalysis, Set<string>>();
function nameWordsOf(analysis: ArticleAnalysis): Set<string> {
  let words = nameWordsCache.get(analysis);
  if (!words) {
    words = new Set(
      analysis.people
        .all()
        .flatMap((p) => [...p.variants.keys()])
        .flatMap((name) => name.toLowerCase().split(/\s+/)),
    );
    nameWordsCache.set(analysis, words);
  }
  return words;
}

function sentenceOf(analysis: ArticleAnalysis, offset: number): Span {
  const sentence = analysis.allSentences.find((s) => offset >= s.start && offset < s.end);
  return sentence ? { start: sentence.start, end: sentence.end } : { start: offset, end: offset };
}

// "“…,” harbour master Nils Okafor told the board.": a quotation, then only who said it.
const QUOTE_THEN_ATTRIBUTION = new RegExp(
  String.raw`^\s*[“"]([^“”"]{3,}?)[,.?!]?[”"],?\s+(?:[^\s“”"]+\s+){0,9}?(?:${REPORTING_VERB_SOURCE})\b[^“”"]{0,60}$`,
  'u',
);

function claimLabel(text: string, contentStart: number, end: number): string {
  const content = text.slice(contentStart, end);
  const quoted = QUOTE_THEN_ATTRIBUTION.exec(content)?.[1];
  const body = (quoted ?? content).replace(/^[\s“"‘,:]+|[\s”"’]+$/g, '');
  const label = truncateWords(body, 160);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** What an article's Event node is built from: the one found, or a stand-in (see below). */
type EventFacts = Pick<
  FoundEvent,
  | 'kind'
  | 'date'
  | 'city'
  | 'country'
  | 'countryCode'
  | 'coordinates'
  | 'venue'
  | 'evidence'
  | 'organizers'
> & { name?: string; confidence: number };

/**
 * An article that reports something but no recognisable event still gets an Event, undated
 * and placeless, named after the article, so its speakers and claims have somewhere to go;
 * the article is marked for review. Its evidence is the opening sentence.
 */
function standInEvent(analysis: ArticleAnalysis): EventFacts {
  const { article } = analysis;
  const first = analysis.sentences[0];
  const evidence = first
    ? { start: first.start, end: first.end }
    : { start: 0, end: Math.min(article.text.length, 200) };
  const title = truncateWords(article.title, 100) || 'an untitled article';
  return {
    kind: GENERIC_KIND,
    evidence,
    organizers: [],
    name: `Event reported in ${title}`,
    confidence: 0.3,
  };
}

function eventName(event: EventFacts): string {
  if (event.name) return event.name;
  const kindName = event.kind.charAt(0).toUpperCase() + event.kind.slice(1);
  return event.venue
    ? `${kindName} at ${event.venue.replace(/^(?:the\s+)/i, '')}${event.city && !event.venue.includes(event.city) ? `, ${event.city}` : ''}`
    : `${kindName} in ${event.city ?? 'unknown place'}`;
}

/**
 * `event:<date>-<city>-<kind>-<hash of the article id>`, e.g.
 * `event:2017-09-14-geneva-side-event-7a5ab7ba`: readable, the same on every extraction of
 * the article, and scoped to it, so two undated meetings in no named city reported by two
 * articles are two events.
 */
function eventIdBase(event: EventFacts, articleId: string): string {
  const what = slugify(`${event.date ?? 'undated'}-${event.city ?? 'unknown'}-${event.kind}`);
  return `${what}-${shortHash(articleId)}`;
}

/**
 * The merge records of a node (model/merge-records.ts): each merged spelling with its reason,
 * the articles writing it and the one it matched, those writing no other of the node's
 * `spellings` (what a split moves), and the id a split would give it. Only on nodes the
 * resolver made of several spellings, so other nodes stay as they were.
 */
function mergesProperty(
  prefix: string,
  merges: SpellingMerge[],
  spellings: string[],
  articlesOf: (spelling: string) => string[],
): { merges?: string[] } {
  if (!merges.length) return {};
  return {
    merges: merges.map((m) => {
      const elsewhere = new Set(spellings.filter((s) => s !== m.spelling).flatMap(articlesOf));
      const articles = articlesOf(m.spelling);
      return encodeMergeRecord({
        ...m,
        confidence: MERGE_REASONS[m.reason].confidence,
        articles,
        withArticles: articlesOf(m.with),
        splitArticles: articles.filter((a) => !elsewhere.has(a)),
        splitId: `${prefix}:${slugify(m.spelling)}`,
      });
    }),
  };
}

/** Article ids per written name, sorted. */
class ArticlesByName {
  private readonly map = new Map<string, Set<string>>();
  add(name: string, article: string): void {
    let set = this.map.get(name);
    if (!set) this.map.set(name, (set = new Set()));
    set.add(article);
  }
  get = (name: string): string[] => [...(this.map.get(name) ?? [])].sort();
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * `takenIds`: ids that already name something else (the graph an ingest adds to): an event
 * or claim id among them gets a numeric suffix instead.
 */
export function buildDocument(
  inputs: string[],
  analyses: ArticleAnalysis[],
  curation: Curation,
  takenIds: ReadonlySet<string> = new Set(),
  topicList: readonly Topic[] = [],
): GraphDocument {
  const b = new DocumentBuilder();
  const taken = new Set<string>(takenIds);

  // People: one node per cluster of local people across articles.
  const locals = analyses.flatMap((analysis) =>
    analysis.people.all().map((person) => ({ analysis, person })),
  );
  const personId = new Map<LocalPerson, string>();
  // Corrected spellings ("Julie ward") stay findable as aliases.
  const withWritten = (person: LocalPerson) =>
    new Map([...person.variants, ...(person.written ?? []).map((w): [string, number] => [w, 0])]);
  const clusters = resolvePeople(locals, (item) => withWritten(item.person), curation).sort(
    (x, y) => x.name.localeCompare(y.name),
  );
  for (const cluster of clusters) {
    const id = uniqueId('person', slugify(cluster.name), taken);
    const titles: string[] = [];
    const spellings = new ArticlesByName();
    for (const { analysis, person } of cluster.members) {
      for (const title of person.titles)
        if (!titles.some((t) => t.toLowerCase() === title.toLowerCase())) titles.push(title);
      for (const spelling of withWritten(person).keys())
        spellings.add(spelling, analysis.article.id);
    }
    b.node(id, 'Person', {
      name: cluster.name,
      aliases: cluster.aliases,
      titles,
      ...mergesProperty(
        'person',
        cluster.merges,
        [cluster.name, ...cluster.aliases],
        spellings.get,
      ),
    });
    for (const { person } of cluster.members) personId.set(person, id);
  }

  // Organisations: every written name from mentions, titles and organiser phrases.
  const orgNames: string[] = [];
  const acronymPairs: [string, string][] = [];
  const orgArticles = new ArticlesByName();
  for (const analysis of analyses) {
    const start = orgNames.length;
    for (const org of analysis.organizations) {
      orgNames.push(org.name);
      for (const acronym of org.acronyms) {
        orgNames.push(acronym);
        acronymPairs.push([org.name, acronym]);
      }
    }
    for (const affiliation of analysis.affiliations) orgNames.push(affiliation.organization);
    for (const organizer of analysis.event?.organizers ?? []) orgNames.push(organizer.name);
    for (const name of orgNames.slice(start)) orgArticles.add(name, analysis.article.id);
  }
  const orgId = new Map<string, string>();
  for (const cluster of resolveOrganizations(orgNames, acronymPairs, curation).sort((x, y) =>
    x.name.localeCompare(y.name),
  )) {
    const id = uniqueId('organization', slugify(cluster.name), taken);
    b.node(id, 'Organization', {
      name: cluster.name,
      aliases: cluster.aliases,
      ...mergesProperty('organization', cluster.merges, cluster.members, orgArticles.get),
    });
    for (const member of cluster.members) orgId.set(member, id);
  }

  // Every claim's content, for assertions found by similarity across speakers.
  const sharedCandidates: (AssertionClaim & { analysis: ArticleAnalysis; span: Span })[] = [];
  const claimsByAssertion = new Map<
    string,
    { text: string; claims: { id: string; analysis: ArticleAnalysis; quote: Span }[] }
  >();

  for (const analysis of analyses) {
    const { article } = analysis;
    const reasons = reviewReasons(analysis);
    b.node(article.id, 'Article', {
      title: article.title,
      published: article.published,
      dateline: article.dateline,
      text: article.text,
      file: baseName(article.file),
      url: article.url,
      site: article.site,
      author: article.author,
      // Written on every article, so loading a better extraction clears an earlier flag.
      needsReview: reasons.length > 0,
      reviewReasons: reasons,
    });
    for (const person of analysis.people.all()) {
      const first = person.mentions[0];
      if (!first) continue;
      b.edge({
        type: 'MENTIONS',
        from: article.id,
        to: personId.get(person) as string,
        analysis,
        evidence: sentenceOf(analysis, first.start),
        method: person.viaNer ? 'ner' : 'pattern',
        confidence: person.viaNer ? 0.7 : 0.85,
      });
    }
    for (const org of analysis.organizations) {
      const id = orgId.get(org.name);
      if (id)
        b.edge({
          type: 'MENTIONS',
          from: article.id,
          to: id,
          analysis,
          evidence: sentenceOf(analysis, org.start),
          method: 'pattern',
          confidence: 0.75,
        });
    }
    for (const affiliation of analysis.affiliations) {
      const to = orgId.get(affiliation.organization);
      if (to)
        b.edge({
          type: 'AFFILIATED_WITH',
          from: personId.get(affiliation.person) as string,
          to,
          analysis,
          evidence: affiliation.evidence,
          method: 'pattern',
          confidence: 0.8,
          extra: { role: affiliation.role },
        });
    }

    const event: EventFacts = analysis.event
      ? { ...analysis.event, confidence: 0.9 }
      : standInEvent(analysis);
    const eventId = uniqueId('event', eventIdBase(event, article.id), taken);
    b.node(eventId, 'Event', {
      name: eventName(event),
      kind: event.kind,
      date: event.date ?? null,
      city: event.city ?? null,
      venue: event.venue,
    });
    b.edge({
      type: 'REPORTED_IN',
      from: eventId,
      to: article.id,
      analysis,
      evidence: event.evidence,
      method: 'pattern',
      confidence: event.confidence,
    });
    if (event.city) {
      // The country keeps same-named cities apart (Paris, France and Paris, Texas).
      const code = event.countryCode?.toLowerCase();
      const placeId = `place:${slugify(event.city)}${code ? `-${code}` : ''}`;
      b.node(placeId, 'Place', {
        name: event.city,
        country: event.country,
        countryCode: event.countryCode,
        latitude: event.coordinates?.lat,
        longitude: event.coordinates?.lon,
      });
      b.edge({
        type: 'HELD_IN',
        from: eventId,
        to: placeId,
        analysis,
        evidence: event.evidence,
        method: 'pattern',
        confidence: 0.85,
      });
    }
    for (const organizer of event.organizers) {
      const from = orgId.get(organizer.name);
      if (from)
        b.edge({
          type: 'ORGANIZED',
          from,
          to: eventId,
          analysis,
          evidence: organizer.evidence,
          method: 'pattern',
          confidence: 0.85,
          extra: { role: organizer.role },
        });
    }
    for (const organizer of analysis.personOrganizers) {
      // A person who invited the event: ORGANIZED from a Person (see DESIGN: roles "invited by").
      b.edge({
        type: 'ORGANIZED',
        from: personId.get(organizer.person) as string,
        to: eventId,
        analysis,
        evidence: organizer.evidence,
        method: 'pattern',
        confidence: 0.8,
        extra: { role: organizer.role },
      });
    }
    for (const p of analysis.participations) {
      b.edge({
        type: 'SPOKE_AT',
        from: personId.get(p.person) as string,
        to: eventId,
        analysis,
        evidence: p.evidence,
        method: 'pattern',
        confidence: p.confidence,
        extra: p.rule ? { role: p.role, rule: p.rule } : { role: p.role },
      });
    }
    for (const claim of analysis.claims) {
      const speakers = claim.people.map((person) => personId.get(person) as string);
      const quote = article.text.slice(claim.quote.start, claim.quote.end);
      const firstSpeaker = b.nodes.get(speakers[0] as string)?.properties.name as string;
      const claimId = uniqueId(
        'claim',
        `${slugify(firstSpeaker, 30)}-${shortHash(`${article.id}:${claim.quote.start}:${claim.quote.end}`)}`,
        taken,
      );
      const topics = topicsOf(quote, topicList);
      b.node(claimId, 'Claim', {
        text: claimLabel(article.text, claim.contentStart, claim.contentEnd ?? claim.quote.end),
        quote,
        quoteStart: claim.quote.start,
        quoteEnd: claim.quote.end,
        source: article.id,
        topics,
      });
      for (const speaker of speakers)
        b.edge({
          type: 'CLAIMED',
          from: speaker,
          to: claimId,
          analysis,
          evidence: claim.sentence,
          method: 'pattern',
          confidence: claim.confidence,
        });
      b.edge({
        type: 'MADE_AT',
        from: claimId,
        to: eventId,
        analysis,
        evidence: claim.sentence,
        method: 'pattern',
        confidence: 0.8,
      });
      b.edge({
        type: 'REPORTED_IN',
        from: claimId,
        to: article.id,
        analysis,
        evidence: claim.quote,
        method: 'pattern',
        confidence: 1,
      });
      for (const topic of topics) {
        const def = topicList.find((t) => t.id === topic);
        if (def) b.node(topic, 'Topic', { name: def.name });
        b.edge({
          type: 'ABOUT',
          from: claimId,
          to: topic,
          analysis,
          evidence: claim.quote,
          method: 'pattern',
          confidence: 0.6,
        });
      }
      // People and organisations named inside the quote are what the claim is about.
      for (const person of analysis.people.all()) {
        if (claim.people.includes(person)) continue;
        const inside = person.mentions.find(
          (m) => m.start >= claim.quote.start && m.end <= claim.quote.end,
        );
        if (inside)
          b.edge({
            type: 'ABOUT',
            from: claimId,
            to: personId.get(person) as string,
            analysis,
            evidence: claim.quote,
            method: 'pattern',
            confidence: 0.7,
          });
      }
      for (const org of analysis.organizations) {
        const id = orgId.get(org.name);
        if (id && org.start >= claim.quote.start && org.end <= claim.quote.end)
          b.edge({
            type: 'ABOUT',
            from: claimId,
            to: id,
            analysis,
            evidence: claim.quote,
            method: 'pattern',
            confidence: 0.6,
          });
      }
      sharedCandidates.push({
        id: claimId,
        by: speakers,
        quote: article.text.slice(claim.contentStart, claim.contentEnd ?? claim.quote.end),
        nameWords: nameWordsOf(analysis),
        bodyNames: analysis.organizations.map((o) => o.name.toLowerCase()),
        analysis,
        span: claim.quote,
      });
      for (const key of assertionKeysOf(quote)) {
        const entry = claimsByAssertion.get(key.id) ?? { text: key.text, claims: [] };
        entry.claims.push({ id: claimId, analysis, quote: claim.quote });
        claimsByAssertion.set(key.id, entry);
      }
    }
  }

  // An assertion is what at least two claims assert alike.
  for (const [id, entry] of claimsByAssertion) {
    if (entry.claims.length < 2) continue;
    b.node(id, 'Assertion', { text: entry.text });
    for (const claim of entry.claims)
      b.edge({
        type: 'ASSERTS',
        from: claim.id,
        to: id,
        analysis: claim.analysis,
        evidence: claim.quote,
        method: 'pattern',
        confidence: 0.7,
      });
  }

  // What claims of different speakers assert alike, by the rare phrases they share.
  const curated = [...claimsByAssertion.values()]
    .filter((entry) => entry.claims.length >= 2)
    .map((entry) => new Set(entry.claims.map((c) => c.id)));
  const candidateById = new Map(sharedCandidates.map((c) => [c.id, c]));
  for (const shared of recurringAssertions(sharedCandidates, curated)) {
    b.node(shared.id, 'Assertion', { text: shared.text });
    for (const id of shared.claims) {
      const claim = candidateById.get(id);
      if (!claim) continue;
      b.edge({
        type: 'ASSERTS',
        from: id,
        to: shared.id,
        analysis: claim.analysis,
        evidence: claim.span,
        method: 'similarity',
        // More speakers sharing the words, more likely one assertion.
        confidence: Math.min(0.8, 0.4 + 0.1 * shared.speakers),
      });
    }
  }

  const byId = <T extends { id: string }>(a: T, c: T) => (a.id < c.id ? -1 : a.id > c.id ? 1 : 0);
  return {
    version: 1,
    inputs,
    nodes: [...b.nodes.values()].sort(byId),
    relationships: [...b.edges.values()].sort(byId),
  };
}
