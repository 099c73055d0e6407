/**
 * Entity resolution across the corpus: one node per real person or organisation. People merge
 * when any two spellings are the same full name by `sameFullName` (accent/hyphen/case folding,
 * token edit distance, contained middle names). Organisations merge on folded name, on
 * acronyms defined in brackets, on acronyms derived from long names ("UN" = "United Nations"),
 * on a long name prefixed by another organisation ("UN Security Council" = "Security
 * Council"), on near-identical word sets ("Committee of French Mayors …" = "Committee of Mayors
 * of France …"), and on curated aliases. It returns clusters, each with why every other
 * spelling joined it (`merges`: the reason of the strongest match, for the merge records the
 * review queue lists); ids and articles are the builder's concern.
 */
import nlp from 'compromise';
import { MERGE_REASONS, type MergeReason } from '../../model/merge-records';
import type { Curation } from './curation';
import { fullNameMatch, sameFullName } from './name-match';
import { acronymFits, deriveAcronym } from './organizations';
import { foldName, foldTokens, similarity } from './text';
import { UnionFind } from './union-find';

/** Why `spelling` is in a cluster: it matched `with` (the name, or another alias) for `reason`. */
export interface SpellingMerge {
  spelling: string;
  with: string;
  reason: MergeReason;
}

export interface PersonCluster<T> {
  name: string;
  aliases: string[];
  members: T[];
  /** One per alias, when the cluster joins several items (the resolver merged them). */
  merges: SpellingMerge[];
}

/** A found link between two spellings of one cluster. */
interface Link {
  a: string;
  b: string;
  reason: MergeReason;
}

/**
 * For each alias, its strongest link to another spelling of the cluster (the name first among
 * equals), so the record says the most convincing reason the resolver had.
 */
function spellingMerges(name: string, aliases: string[], links: Link[]): SpellingMerge[] {
  const merges: SpellingMerge[] = [];
  for (const spelling of aliases) {
    let best: SpellingMerge | undefined;
    for (const link of links) {
      const other = link.a === spelling ? link.b : link.b === spelling ? link.a : undefined;
      if (other === undefined || other === spelling) continue;
      const score = MERGE_REASONS[link.reason].confidence + (other === name ? 0.001 : 0);
      const bestScore = best
        ? MERGE_REASONS[best.reason].confidence + (best.with === name ? 0.001 : 0)
        : -1;
      if (score > bestScore) best = { spelling, with: other, reason: link.reason };
    }
    if (best) merges.push(best);
  }
  return merges;
}

/** The links among a person cluster's spellings: name matches, else sharing one article. */
function personLinks(spellingsByItem: string[][]): Link[] {
  const all = [...new Set(spellingsByItem.flat())].sort();
  const links: Link[] = [];
  for (const a of all)
    for (const b of all) {
      if (a >= b) continue;
      const reason = fullNameMatch(a, b);
      if (reason) links.push({ a, b, reason });
      else if (spellingsByItem.some((s) => s.includes(a) && s.includes(b)))
        links.push({ a, b, reason: 'same-article' });
    }
  return links;
}

/** Clusters items that carry name variants; `variants` maps each item to its spellings and counts. */
export function resolvePeople<T>(
  items: T[],
  variants: (item: T) => Map<string, number>,
  curation: Curation,
): PersonCluster<T>[] {
  const uf = new UnionFind();
  items.forEach(() => uf.add());
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = [...variants(items[i] as T).keys()];
      const b = [...variants(items[j] as T).keys()];
      if (a.some((x) => b.some((y) => sameFullName(x, y)))) uf.union(i, j);
    }
  }
  return uf.groups().map((group) => {
    const counts = new Map<string, number>();
    for (const index of group)
      for (const [name, n] of variants(items[index] as T))
        counts.set(name, (counts.get(name) ?? 0) + n);
    const sorted = [...counts.entries()].sort(
      (a, b) =>
        b[1] - a[1] ||
        b[0].length - a[0].length ||
        Number(b[0].includes('-')) - Number(a[0].includes('-')) ||
        a[0].localeCompare(b[0]),
    );
    const curated = curation.preferredNames.find((p) =>
      sorted.some(([name]) => sameFullName(name, p.name)),
    );
    // A group is never empty: its first variant always exists.
    const name = curated?.name ?? sorted[0]?.[0] ?? '';
    const aliases = sorted
      .map(([variant]) => variant)
      .filter((variant) => variant !== name)
      .sort();
    const merges =
      group.length > 1
        ? spellingMerges(
            name,
            aliases,
            personLinks(group.map((index) => [...variants(items[index] as T).keys()])),
          )
        : [];
    return { name, aliases, members: group.map((index) => items[index] as T), merges };
  });
}

export interface OrganizationCluster {
  name: string;
  aliases: string[];
  /** The written names that belong to this organisation. */
  members: string[];
  /** Why each alias is in it. */
  merges: SpellingMerge[];
}

const STOP = new Set([
  'of',
  'the',
  'for',
  'a',
  'an',
  'to',
  'in',
  'and',
  'on',
  'de',
  'du',
  'des',
  'la',
  'le',
  'l',
  'aux',
  'en',
]);

function contentTokens(name: string): string[] {
  return foldTokens(name).filter((t) => !STOP.has(t));
}

function nearlySameWords(a: string, b: string): boolean {
  const x = contentTokens(a);
  const y = contentTokens(b);
  if (x.length < 3 || x.length !== y.length) return false;
  const used = new Set<number>();
  return x.every((token) => {
    const match = y.findIndex(
      (other, i) =>
        !used.has(i) &&
        (other === token ||
          (Math.min(other.length, token.length) >= 5 && similarity(other, token) >= 0.6)),
    );
    if (match < 0) return false;
    used.add(match);
    return true;
  });
}

/** Words that qualify an organisation's name without changing which organisation it is. */
const GENERIC_EXTRAS = new Set([
  'corps',
  'organization',
  'organisation',
  'group',
  'party',
  'movement',
]);

/**
 * "Revolutionary Guards" / "Iranian Revolutionary Guards Corps": the longer name only adds a
 * nationality and a generic word around the shorter one (two words or more).
 */
function extendsWithGenericWords(long: string, short: string): boolean {
  const l = foldTokens(long);
  const s = foldTokens(short);
  if (s.length < 2 || l.length <= s.length) return false;
  const at = l.join(' ').indexOf(s.join(' '));
  if (at < 0) return false;
  const before = l.join(' ').slice(0, at).trim().split(' ').filter(Boolean);
  const after = l
    .join(' ')
    .slice(at + s.join(' ').length)
    .trim()
    .split(' ')
    .filter(Boolean);
  return [...before, ...after].every(
    (word) => GENERIC_EXTRAS.has(word) || nlp(word).has('#Demonym'),
  );
}

const isAcronym = (name: string) => /^\p{Lu}{2,}$/u.test(name);

/** Clusters organisation names; `acronymPairs` are [long name, acronym] pairs the text defines. */
export function resolveOrganizations(
  names: string[],
  acronymPairs: [string, string][],
  curation: Curation,
): OrganizationCluster[] {
  const unique = [...new Set(names)].sort();
  const uf = new UnionFind();
  const index = new Map<string, number>();
  for (const name of unique) index.set(name, uf.add());
  const links: Link[] = [];
  const link = (a: string, b: string, reason: MergeReason) => {
    const x = index.get(a);
    const y = index.get(b);
    if (x === undefined || y === undefined) return;
    uf.union(x, y);
    links.push({ a, b, reason });
  };
  const byFold = new Map<string, string>();
  for (const name of unique) {
    const key = foldName(name).replace(/^the /, '');
    const seen = byFold.get(key);
    if (seen === undefined) byFold.set(key, name);
    else link(seen, name, 'same-name');
  }
  for (const [long, acronym] of acronymPairs) link(long, acronym, 'acronym');
  const longNames = unique.filter((name) => !isAcronym(name));
  for (const acronym of unique.filter(isAcronym)) {
    const matches = longNames.filter(
      (long) =>
        deriveAcronym(long) === acronym || deriveAcronym(long.replace(/-/g, ' '), true) === acronym,
    );
    if (
      matches.length >= 1 &&
      new Set(matches.map((m) => uf.find(index.get(m) as number))).size === 1
    )
      link(acronym, matches[0] as string, 'derived-acronym');
  }
  for (const a of unique) {
    for (const b of unique) {
      if (a === b) continue;
      // "UN Security Council" / "United Nations Human Rights Council": another organisation's name
      // or acronym in front of a name that stands on its own.
      if (a.endsWith(` ${b}`) && b.split(' ').length >= 2) {
        const prefix = a.slice(0, a.length - b.length - 1);
        if (
          unique.includes(prefix) ||
          longNames.some((long) => acronymFits(prefix, long) && deriveAcronym(long) === prefix)
        )
          link(a, b, 'prefixed-name');
      }
      if (nearlySameWords(a, b)) link(a, b, 'word-set');
      if (extendsWithGenericWords(a, b)) link(a, b, 'generic-words');
    }
  }
  for (const alias of curation.organizationAliases)
    for (const other of alias.names.slice(1))
      link(alias.names[0] as string, other, 'curated-alias');
  const clusters: OrganizationCluster[] = [];
  for (const group of uf.groups()) {
    const members = group.map((i) => unique[i] as string);
    // An unexplained two-letter acronym ("WP") is noise, not an organisation.
    if (members.every((m) => m.length <= 2)) continue;
    const curated = curation.organizationAliases.find(
      (alias) => alias.preferred && members.includes(alias.preferred),
    );
    const counts = new Map(members.map((m) => [m, names.filter((n) => n === m).length]));
    const readable = members.filter((m) => !isAcronym(m));
    const name =
      curated?.preferred ??
      [...(readable.length > 0 ? readable : members)].sort(
        (a, b) =>
          b.length - a.length || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
      )[0] ??
      '';
    const aliases = members.filter((m) => m !== name).sort();
    const own = links.filter((l) => members.includes(l.a));
    clusters.push({ name, aliases, members, merges: spellingMerges(name, aliases, own) });
  }
  return clusters;
}
