/**
 * Scores a graph document against hand-checked expectations (see
 * `seed/fixtures/expected-corpus.json`): precision and recall for events, speakers at events
 * with their roles, affiliations, and claims attributed to the right person; the number of
 * real people and organisations split over several nodes (or merged into one); and the
 * verbatim check of every claim quote at its offsets. Pure: the CLI and the tests print or
 * assert on its result. It does not know how the document was made.
 */
import type { GraphDocument, GraphNode } from '../../model/graph-document';
import { foldName } from './text';

export interface Expectations {
  events: { article: string; kind: string; date: string; city: string }[];
  speakers: { article: string; name: string; role: string }[];
  affiliations: { person: string; organization: string }[];
  claims: { article: string; person: string; quote: string; implicit?: boolean }[];
  entities: { people: string[][]; organizations: string[][] };
}

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  extracted: number;
  expected: number;
  missing: string[];
  unexpected: string[];
}

export interface Evaluation {
  events: Score;
  eventKinds: { agree: number; total: number };
  speakers: Score;
  affiliations: Score;
  claims: Score;
  implicitClaimRecall: number;
  splitEntities: string[];
  mergedEntities: string[];
  missingEntities: string[];
  quotesVerbatim: { ok: number; total: number; bad: string[] };
  quotedSpeakersWithoutClaims: string[];
}

export interface Targets {
  speakersPrecision: number;
  speakersRecall: number;
  maxSplitEntities: number;
}

export const CORPUS_TARGETS: Targets = {
  speakersPrecision: 0.95,
  speakersRecall: 0.95,
  maxSplitEntities: 0,
};

function score(expected: Set<string>, extracted: Set<string>): Score {
  const truePositives = [...extracted].filter((key) => expected.has(key)).length;
  return {
    precision: extracted.size === 0 ? 1 : truePositives / extracted.size,
    recall: expected.size === 0 ? 1 : truePositives / expected.size,
    truePositives,
    extracted: extracted.size,
    expected: expected.size,
    missing: [...expected].filter((key) => !extracted.has(key)).sort(),
    unexpected: [...extracted].filter((key) => !expected.has(key)).sort(),
  };
}

export function evaluate(doc: GraphDocument, expected: Expectations): Evaluation {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const articles = doc.nodes.filter((n) => n.label === 'Article');
  const text = (article: GraphNode) => article.properties.text as string;
  const articleFor = (phrase: string) =>
    articles.find((a) => text(a).includes(phrase) || a.properties.title === phrase);
  const namesOf = (node: GraphNode) =>
    [
      node.properties.name as string,
      ...((node.properties.aliases as string[] | undefined) ?? []),
    ].map(foldName);
  const personKey = (id: string) => foldName((nodes.get(id)?.properties.name as string) ?? id);
  // Map an expected name to the extracted node that carries it, if any.
  const nodeNamed = (name: string, label: 'Person' | 'Organization') =>
    doc.nodes.find((n) => n.label === label && namesOf(n).includes(foldName(name)));
  const canon = (name: string, label: 'Person' | 'Organization') => {
    const node = nodeNamed(name, label);
    return node ? foldName(node.properties.name as string) : `?${foldName(name)}`;
  };
  const rels = (type: string) => doc.relationships.filter((r) => r.type === type);
  const eventArticle = new Map(
    rels('REPORTED_IN')
      .filter((r) => r.from.startsWith('event:'))
      .map((r) => [r.from, r.to]),
  );

  // Events: one per article; right when date and city agree. Kind agreement is reported apart.
  const expectedEvents = new Set(
    expected.events.map(
      (e) => `${articleFor(e.article)?.id ?? e.article}|${e.date}|${foldName(e.city)}`,
    ),
  );
  const extractedEvents = new Set(
    doc.nodes
      .filter((n) => n.label === 'Event')
      .map(
        (n) =>
          `${eventArticle.get(n.id)}|${String(n.properties.date)}|${foldName((n.properties.city as string) ?? '')}`,
      ),
  );
  let kindAgree = 0;
  for (const e of expected.events) {
    const articleId = articleFor(e.article)?.id;
    const event = doc.nodes.find(
      (n) => n.label === 'Event' && eventArticle.get(n.id) === articleId,
    );
    if (event?.properties.kind === e.kind) kindAgree += 1;
  }

  const speakerKey = (articleId: string | undefined, person: string, role: string) =>
    `${articleId}|${person}|${role}`;
  const expectedSpeakers = new Set(
    expected.speakers.map((s) =>
      speakerKey(articleFor(s.article)?.id, canon(s.name, 'Person'), s.role),
    ),
  );
  const extractedSpeakers = new Set(
    rels('SPOKE_AT').map((r) =>
      speakerKey(eventArticle.get(r.to), personKey(r.from), r.properties.role as string),
    ),
  );

  const affKey = (person: string, org: string) => `${person}|${org}`;
  const expectedAff = new Set(
    expected.affiliations.map((a) =>
      affKey(canon(a.person, 'Person'), canon(a.organization, 'Organization')),
    ),
  );
  const extractedAff = new Set(
    rels('AFFILIATED_WITH').map((r) =>
      affKey(personKey(r.from), foldName(nodes.get(r.to)?.properties.name as string)),
    ),
  );

  // Claims: an extracted (claim, person) pair is right when its quote covers an expected snippet
  // of that person in that article.
  const claimPairs = rels('CLAIMED').map((r) => {
    const claim = nodes.get(r.to) as GraphNode;
    return {
      person: personKey(r.from),
      article: claim.properties.source as string,
      start: claim.properties.quoteStart as number,
      end: claim.properties.quoteEnd as number,
      id: claim.id,
    };
  });
  const located = expected.claims.map((c) => {
    const article = articleFor(c.article);
    const start = article ? text(article).indexOf(c.quote) : -1;
    return {
      ...c,
      articleId: article?.id,
      start,
      end: start + c.quote.length,
      person: canon(c.person, 'Person'),
    };
  });
  const covers = (pair: (typeof claimPairs)[number], c: (typeof located)[number]) =>
    pair.person === c.person &&
    pair.article === c.articleId &&
    c.start >= 0 &&
    c.start < pair.end &&
    c.end > pair.start;
  const explicit = located.filter((c) => !c.implicit);
  const expectedClaims = new Set(explicit.map((c) => `${c.person}|${c.quote}`));
  const extractedClaims = new Set<string>();
  for (const pair of claimPairs) {
    const hit = located.find((c) => covers(pair, c));
    extractedClaims.add(hit ? `${hit.person}|${hit.quote}` : `${pair.person}|${pair.id}`);
    for (const c of explicit) if (covers(pair, c)) extractedClaims.add(`${c.person}|${c.quote}`);
  }
  const claimScore = score(expectedClaims, extractedClaims);
  // Implicit matches are neither missing nor wrong: count them as right in precision only.
  const implicitHits = located.filter((c) => c.implicit && claimPairs.some((p) => covers(p, c)));
  const implicitKeys = new Set(implicitHits.map((c) => `${c.person}|${c.quote}`));
  claimScore.unexpected = claimScore.unexpected.filter((key) => !implicitKeys.has(key));
  claimScore.truePositives += [...extractedClaims].filter((key) => implicitKeys.has(key)).length;
  claimScore.precision =
    extractedClaims.size === 0
      ? 1
      : (extractedClaims.size - claimScore.unexpected.length) / extractedClaims.size;

  const splitEntities: string[] = [];
  const missingEntities: string[] = [];
  const owners = new Map<string, string[]>();
  const checkEntities = (groups: string[][], label: 'Person' | 'Organization') => {
    for (const group of groups) {
      const ids = new Set(
        group.map((name) => nodeNamed(name, label)?.id).filter((id): id is string => Boolean(id)),
      );
      if (ids.size === 0) missingEntities.push(group[0] as string);
      if (ids.size > 1) splitEntities.push(`${group[0]} → ${[...ids].join(', ')}`);
      for (const id of ids) owners.set(id, [...(owners.get(id) ?? []), group[0] as string]);
    }
  };
  checkEntities(expected.entities.people, 'Person');
  checkEntities(expected.entities.organizations, 'Organization');
  const mergedEntities = [...owners.entries()]
    .filter(([, groups]) => groups.length > 1)
    .map(([id, groups]) => `${id} ← ${groups.join(' + ')}`);

  const bad: string[] = [];
  const claims = doc.nodes.filter((n) => n.label === 'Claim');
  for (const claim of claims) {
    const article = nodes.get(claim.properties.source as string);
    if (
      !article ||
      text(article).slice(
        claim.properties.quoteStart as number,
        claim.properties.quoteEnd as number,
      ) !== claim.properties.quote
    )
      bad.push(claim.id);
  }

  const claimed = new Set(claimPairs.map((p) => `${p.article}|${p.person}`));
  const quotedSpeakersWithoutClaims = [
    ...new Set(
      explicit
        .filter((c) => !claimed.has(`${c.articleId}|${c.person}`))
        .map((c) => `${c.person} (${c.articleId})`),
    ),
  ];

  return {
    events: score(expectedEvents, extractedEvents),
    eventKinds: { agree: kindAgree, total: expected.events.length },
    speakers: score(expectedSpeakers, extractedSpeakers),
    affiliations: score(expectedAff, extractedAff),
    claims: claimScore,
    implicitClaimRecall:
      located.filter((c) => c.implicit).length === 0
        ? 1
        : implicitHits.length / located.filter((c) => c.implicit).length,
    splitEntities,
    mergedEntities,
    missingEntities,
    quotesVerbatim: { ok: claims.length - bad.length, total: claims.length, bad },
    quotedSpeakersWithoutClaims,
  };
}

/** Which targets an evaluation misses (empty when all are met). */
export function missedTargets(result: Evaluation, targets: Targets = CORPUS_TARGETS): string[] {
  const missed: string[] = [];
  if (result.speakers.precision < targets.speakersPrecision)
    missed.push(
      `speakers precision ${result.speakers.precision.toFixed(3)} < ${targets.speakersPrecision}`,
    );
  if (result.speakers.recall < targets.speakersRecall)
    missed.push(`speakers recall ${result.speakers.recall.toFixed(3)} < ${targets.speakersRecall}`);
  if (result.splitEntities.length > targets.maxSplitEntities)
    missed.push(`${result.splitEntities.length} split entities > ${targets.maxSplitEntities}`);
  if (result.quotesVerbatim.bad.length > 0)
    missed.push(`${result.quotesVerbatim.bad.length} claim quotes not verbatim at their offsets`);
  if (result.quotedSpeakersWithoutClaims.length > 0)
    missed.push(`quoted speakers without claims: ${result.quotedSpeakersWithoutClaims.join(', ')}`);
  return missed;
}

const pct = (value: number) => value.toFixed(3);

/** A plain-text report, one line per measure, for the CLI. */
export function formatEvaluation(result: Evaluation): string {
  const line = (name: string, s: Score) =>
    `${name.padEnd(22)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  (${s.truePositives} right of ${s.extracted} extracted, ${s.expected} expected)`;
  const lines = [
    line('events', result.events),
    `${'event kinds'.padEnd(22)} ${result.eventKinds.agree}/${result.eventKinds.total} agree`,
    line('speakers-at-events', result.speakers),
    line('affiliations', result.affiliations),
    line('claims → person', result.claims),
    `${'implicit claims'.padEnd(22)} recall ${pct(result.implicitClaimRecall)} (unattributed sentences inside a speaker's paragraph; not a target)`,
    `${'split entities'.padEnd(22)} ${result.splitEntities.length}${result.splitEntities.length ? `: ${result.splitEntities.join('; ')}` : ''}`,
    `${'merged entities'.padEnd(22)} ${result.mergedEntities.length}${result.mergedEntities.length ? `: ${result.mergedEntities.join('; ')}` : ''}`,
    `${'missing entities'.padEnd(22)} ${result.missingEntities.length}${result.missingEntities.length ? `: ${result.missingEntities.join('; ')}` : ''}`,
    `${'quotes verbatim'.padEnd(22)} ${result.quotesVerbatim.ok}/${result.quotesVerbatim.total}`,
    `${'quoted w/o claims'.padEnd(22)} ${result.quotedSpeakersWithoutClaims.length}`,
  ];
  const details = (name: string, s: Score) => [
    ...s.missing.map((m) => `  missing ${name}: ${m}`),
    ...s.unexpected.map((m) => `  unexpected ${name}: ${m}`),
  ];
  return [
    ...lines,
    ...details('event', result.events),
    ...details('speaker', result.speakers),
    ...details('affiliation', result.affiliations),
    ...details('claim', result.claims),
  ].join('\n');
}
