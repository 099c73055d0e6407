/**
 * Scores graph documents against a gold file in the dev-set format (`../shared/eval/README.md`):
 * speakers found and right (with roles), people named but not speaking extracted as speakers,
 * claims by the right person overlapping the gold sentence, event date and city, and articles
 * missing. It counts exactly as `../shared/eval/score-graph.mjs` does on the loaded graph, but
 * on the extractor's document, so a developer can measure in seconds without Neo4j. Per
 * extraction rule it also counts how many of the speaker edges it proposed were right: the
 * measured precision that confidences come from. Pure: reading files is the CLI's job.
 */
import type { GraphDocument, GraphNode } from '../../../model/graph-document';
import { namesMatch, wordOverlap, normalise } from './match';

export interface GoldSpeaker {
  name: string;
  role: string;
  roleAlternatives?: string[];
  evidence?: string;
}

export interface GoldArticle {
  file: string;
  marker: string;
  event?: {
    kind?: string;
    date?: string | null;
    city?: string | null;
    cityAlternatives?: string[];
  };
  speakers: GoldSpeaker[];
  mentionedNotSpeakers?: string[];
  claims?: { by: string; evidence: string }[];
}

export interface GoldFile {
  articles: GoldArticle[];
}

export interface ArticleScore {
  article: string;
  found: string[];
  missed: string[];
  extra: string[];
  wrongRoles: string[];
  fromMentioned: string[];
  claims: {
    gold: number;
    hit: number;
    got: number;
    good: number;
    missed: string[];
    /** Claims extracted that match no gold claim, as "Name: quote". */
    extra: string[];
  };
  date: { gold?: string | null; got?: string | null; ok: boolean };
  city: { gold?: string | null; got?: string | null; ok: boolean };
  inGraph: boolean;
  needsReview?: string[];
}

export interface RuleCount {
  proposed: number;
  right: number;
}

export interface GoldScore {
  speakerPrecision: number;
  speakerRecall: number;
  rolesRight: string;
  falseFromMentioned: number;
  claimRecall: number;
  claimPrecision: number;
  city: string;
  date: string;
  articlesInGraph: string;
  perArticle: ArticleScore[];
  /** Speaker edges per rule (`method`), with how many were right. */
  rules: Record<string, RuleCount>;
  totals: {
    gold: number;
    hit: number;
    got: number;
    correct: number;
    roleOk: number;
    claimsGold: number;
    claimsHit: number;
    claimsGot: number;
    claimsGood: number;
    dateOk: number;
    dateGold: number;
    cityOk: number;
    cityGold: number;
  };
}

interface Speaker {
  name: string;
  aliases: string[];
  role: string;
  rules: string[];
}

const ratio = (x: number, y: number) => Math.round((x / (y || 1)) * 1000) / 1000;

function namesOf(node: GraphNode | undefined): string[] {
  if (!node) return [];
  return [
    node.properties.name as string,
    ...((node.properties.aliases as string[] | undefined) ?? []),
  ].filter(Boolean);
}

/** What one document holds for the article whose text contains `marker`. */
function readArticle(doc: GraphDocument, marker: string) {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const article = doc.nodes.find(
    (n) => n.label === 'Article' && (n.properties.text as string).includes(marker),
  );
  if (!article) return undefined;
  const events = doc.relationships
    .filter((r) => r.type === 'REPORTED_IN' && r.to === article.id && r.from.startsWith('event:'))
    .map((r) => r.from);
  const speakers: Speaker[] = doc.relationships
    .filter((r) => r.type === 'SPOKE_AT' && events.includes(r.to))
    .map((r) => {
      const person = nodes.get(r.from);
      return {
        name: person?.properties.name as string,
        aliases: namesOf(person).slice(1),
        role: String(r.properties.role ?? ''),
        rules: String(r.properties.rule ?? r.properties.method ?? 'unknown').split('+'),
      };
    });
  const claimIds = new Set(
    doc.relationships
      .filter((r) => r.type === 'REPORTED_IN' && r.to === article.id && r.from.startsWith('claim:'))
      .map((r) => r.from),
  );
  const claims = doc.relationships
    .filter((r) => r.type === 'CLAIMED' && claimIds.has(r.to))
    .map((r) => ({
      names: namesOf(nodes.get(r.from)),
      quote: String(nodes.get(r.to)?.properties.quote ?? ''),
    }));
  const event = nodes.get(events[0] ?? '');
  const place = doc.relationships.find((r) => r.type === 'HELD_IN' && r.from === event?.id);
  return {
    article,
    speakers,
    claims,
    date: (event?.properties.date as string | null | undefined) ?? null,
    city:
      (event?.properties.city as string | null | undefined) ??
      (nodes.get(place?.to ?? '')?.properties.name as string | undefined) ??
      null,
  };
}

/** Scores each gold article against the document that holds it (`docs` may be one per file). */
export function scoreGold(gold: GoldFile[], docs: GraphDocument[], label = ''): GoldScore {
  const t = {
    gold: 0,
    hit: 0,
    got: 0,
    correct: 0,
    roleOk: 0,
    falseFromMentioned: 0,
    claimsGold: 0,
    claimsHit: 0,
    claimsGot: 0,
    claimsGood: 0,
    dateOk: 0,
    dateGold: 0,
    cityOk: 0,
    cityGold: 0,
    articles: 0,
    missing: 0,
  };
  const rules: Record<string, RuleCount> = {};
  const per: ArticleScore[] = [];
  for (const file of gold) {
    for (const a of file.articles) {
      t.articles += 1;
      t.gold += a.speakers.length;
      t.claimsGold += (a.claims ?? []).length;
      if (a.event?.city) t.cityGold += 1;
      if (a.event?.date) t.dateGold += 1;
      const found = docs.map((doc) => readArticle(doc, a.marker)).find(Boolean);
      const name = `${label}${a.file}`;
      if (!found) {
        t.missing += 1;
        per.push({
          article: name,
          found: [],
          missed: a.speakers.map((s) => s.name),
          extra: [],
          wrongRoles: [],
          fromMentioned: [],
          claims: {
            gold: (a.claims ?? []).length,
            hit: 0,
            got: 0,
            good: 0,
            missed: [],
            extra: [],
          },
          date: { gold: a.event?.date, ok: false },
          city: { gold: a.event?.city, ok: false },
          inGraph: false,
        });
        continue;
      }
      const is = (goldName: string, names: string[]) => names.some((n) => namesMatch(goldName, n));
      const speakerNames = (s: Speaker) => [s.name, ...s.aliases];
      const hit = a.speakers.filter((g) => found.speakers.some((s) => is(g.name, speakerNames(s))));
      const roleOk = a.speakers.filter((g) =>
        found.speakers.some(
          (s) =>
            is(g.name, speakerNames(s)) &&
            [g.role, ...(g.roleAlternatives ?? [])].some((r) => normalise(r) === normalise(s.role)),
        ),
      );
      const extra = found.speakers.filter(
        (s) => !a.speakers.some((g) => is(g.name, speakerNames(s))),
      );
      const fromMentioned = extra.filter((s) =>
        (a.mentionedNotSpeakers ?? []).some((m) => is(m, speakerNames(s))),
      );
      for (const s of found.speakers) {
        const right = !extra.includes(s);
        for (const rule of s.rules) {
          const count = (rules[rule] ??= { proposed: 0, right: 0 });
          count.proposed += 1;
          if (right) count.right += 1;
        }
      }
      const goldClaims = a.claims ?? [];
      const claimMatches = (
        c: { by: string; evidence: string },
        x: { names: string[]; quote: string },
      ) => is(c.by, x.names) && x.quote !== '' && wordOverlap(x.quote, c.evidence) >= 0.5;
      const claimHit = goldClaims.filter((c) => found.claims.some((x) => claimMatches(c, x)));
      const claimGood = found.claims.filter((x) => goldClaims.some((c) => claimMatches(c, x)));
      const cityOk =
        !!a.event?.city &&
        !!found.city &&
        [a.event.city, ...(a.event.cityAlternatives ?? [])].some(
          (c) =>
            normalise(found.city ?? '').includes(normalise(c)) ||
            normalise(c).includes(normalise(found.city ?? '')),
        );
      const dateOk = !!a.event?.date && !!found.date && found.date.startsWith(a.event.date);
      t.hit += hit.length;
      t.got += found.speakers.length;
      t.correct += found.speakers.length - extra.length;
      t.roleOk += roleOk.length;
      t.falseFromMentioned += fromMentioned.length;
      t.claimsHit += claimHit.length;
      t.claimsGot += found.claims.length;
      t.claimsGood += claimGood.length;
      if (cityOk) t.cityOk += 1;
      if (dateOk) t.dateOk += 1;
      const reasons = found.article.properties.reviewReasons as string[] | undefined;
      per.push({
        article: name,
        found: hit.map((s) => s.name),
        missed: a.speakers.filter((s) => !hit.includes(s)).map((s) => s.name),
        extra: extra.map((s) => `${s.name} (${s.rules.join('+')})`),
        wrongRoles: hit
          .filter((s) => !roleOk.includes(s))
          .map((g) => {
            const got = found.speakers.find((s) => is(g.name, speakerNames(s)));
            return `${g.name}: ${got?.role} (gold ${g.role})`;
          }),
        fromMentioned: fromMentioned.map((s) => s.name),
        claims: {
          gold: goldClaims.length,
          hit: claimHit.length,
          got: found.claims.length,
          good: claimGood.length,
          missed: goldClaims
            .filter((c) => !claimHit.includes(c))
            .map((c) => `${c.by}: ${c.evidence}`),
          extra: found.claims
            .filter((x) => !claimGood.includes(x))
            .map((x) => `${x.names[0] ?? '?'}: ${x.quote}`),
        },
        date: { gold: a.event?.date, got: found.date, ok: dateOk },
        city: { gold: a.event?.city, got: found.city, ok: cityOk },
        inGraph: true,
        ...(reasons && reasons.length > 0 ? { needsReview: reasons } : {}),
      });
    }
  }
  return {
    speakerPrecision: ratio(t.correct, t.got),
    speakerRecall: ratio(t.hit, t.gold),
    rolesRight: `${t.roleOk}/${t.gold}`,
    falseFromMentioned: t.falseFromMentioned,
    claimRecall: ratio(t.claimsHit, t.claimsGold),
    claimPrecision: ratio(t.claimsGood, t.claimsGot),
    city: `${t.cityOk}/${t.cityGold}`,
    date: `${t.dateOk}/${t.dateGold}`,
    articlesInGraph: `${t.articles - t.missing}/${t.articles}`,
    perArticle: per,
    rules,
    totals: {
      gold: t.gold,
      hit: t.hit,
      got: t.got,
      correct: t.correct,
      roleOk: t.roleOk,
      claimsGold: t.claimsGold,
      claimsHit: t.claimsHit,
      claimsGot: t.claimsGot,
      claimsGood: t.claimsGood,
      dateOk: t.dateOk,
      dateGold: t.dateGold,
      cityOk: t.cityOk,
      cityGold: t.cityGold,
    },
  };
}
