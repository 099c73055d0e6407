/**
 * Resolves a newly extracted document against the people and organizations already in the
 * graph, for `npm run ingest`: "Ingrida Betancourt" in a new article joins the existing
 * `person:ingrid-betancourt` node (the new spelling kept as an alias) instead of becoming a
 * second node. People match by the extractor's own full-name rule; organizations by folded
 * name or alias. Ids of relationships that pointed at a renamed node are rewritten. Pure.
 */
import type { GraphDocument, GraphNode, GraphRelationship } from '../../model/graph-document';
import { sameFullName } from '../extract/name-match';
import { foldName } from '../extract/text';

export interface KnownEntity {
  id: string;
  label: 'Person' | 'Organization';
  name: string;
  aliases: string[];
}

export interface Reconciliation {
  document: GraphDocument;
  /** Document ids that now point at an existing node. */
  merged: { from: string; to: string; name: string }[];
  /** Every person and organization that joins a node already in the graph, and why. */
  matches: EntityMatch[];
}

export interface EntityMatch {
  /** The id in the graph, and its name there. */
  id: string;
  name: string;
  /** The spelling this document used. */
  spelling: string;
  reason: 'same name' | 'alias' | 'same full name';
}

/** Why `node` joins `known` (which `matches` or shares its id). */
function matchReason(node: GraphNode, known: KnownEntity): EntityMatch {
  const spelling = typeof node.properties.name === 'string' ? node.properties.name : node.id;
  const base = { id: known.id, name: known.name, spelling };
  if (foldName(spelling) === foldName(known.name)) return { ...base, reason: 'same name' };
  const mine = variants(node.properties.name, node.properties.aliases).map(foldName);
  if (known.aliases.some((a) => mine.includes(foldName(a))) || mine.includes(foldName(known.name)))
    return { ...base, reason: 'alias' };
  return { ...base, reason: 'same full name' };
}

function variants(name: unknown, aliases: unknown): string[] {
  const list = Array.isArray(aliases) ? aliases.filter((a) => typeof a === 'string') : [];
  return typeof name === 'string' ? [name, ...list] : list;
}

function matches(node: GraphNode, known: KnownEntity): boolean {
  if (node.label !== known.label) return false;
  const mine = variants(node.properties.name, node.properties.aliases);
  const theirs = [known.name, ...known.aliases];
  if (node.label === 'Person') return mine.some((a) => theirs.some((b) => sameFullName(a, b)));
  const folded = new Set(theirs.map(foldName));
  return mine.some((a) => folded.has(foldName(a)));
}

function mergedNode(node: GraphNode, known: KnownEntity): GraphNode {
  const aliases = new Set(known.aliases);
  for (const v of variants(node.properties.name, node.properties.aliases))
    if (v !== known.name) aliases.add(v);
  return {
    id: known.id,
    label: node.label,
    properties: { ...node.properties, name: known.name, aliases: [...aliases].sort() },
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function reconcileWithGraph(document: GraphDocument, known: KnownEntity[]): Reconciliation {
  const remap = new Map<string, string>();
  const merged: Reconciliation['merged'] = [];
  const entityMatches: EntityMatch[] = [];
  const nodes = new Map<string, GraphNode>();
  for (const node of document.nodes) {
    const match =
      node.label === 'Person' || node.label === 'Organization'
        ? (known.find((k) => k.id === node.id) ?? known.find((k) => matches(node, k)))
        : undefined;
    const next = match ? mergedNode(node, match) : node;
    if (match) entityMatches.push(matchReason(node, match));
    if (match && match.id !== node.id) {
      remap.set(node.id, match.id);
      merged.push({ from: node.id, to: match.id, name: match.name });
    }
    const previous = nodes.get(next.id);
    if (previous) {
      // Two new spellings of one known entity: keep every alias.
      const aliases = new Set([
        ...variants(undefined, previous.properties.aliases),
        ...variants(undefined, next.properties.aliases),
      ]);
      previous.properties.aliases = [...aliases].sort();
    } else nodes.set(next.id, next);
  }
  const relationships = new Map<string, GraphRelationship>();
  for (const rel of document.relationships) {
    const from = remap.get(rel.from) ?? rel.from;
    const to = remap.get(rel.to) ?? rel.to;
    const id = rel.id.replace(rel.from, from).replace(rel.to, to);
    if (!relationships.has(id)) relationships.set(id, { ...rel, id, from, to });
  }
  return {
    document: {
      ...document,
      // Code-unit order, as the extractor sorts and the validator checks (localeCompare puts
      // "a-b" and "ab" the other way round in some locales, which failed large ingests).
      nodes: [...nodes.values()].sort(byId),
      relationships: [...relationships.values()].sort(byId),
    },
    merged,
    matches: entityMatches,
  };
}
