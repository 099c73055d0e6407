/**
 * What each correction action does to the graph, and how it is undone. `applyCorrection`
 * checks everything first (ids exist, same labels, roles, offsets inside the article, the
 * version the analyst saw) and only then writes, so a refused correction changes nothing; it
 * returns the before-state `revertCorrection` needs to put back exactly what it replaced.
 * Elements it changes get the curation status beside their extraction provenance; elements it
 * creates carry provenance of their own (`method: "curation"`). Not storage or ordering
 * (engine.ts). See docs/corrections.md.
 */
import neo4j from 'neo4j-driver';
import { ORGANIZER_ROLES, SPEAKER_ROLES } from '../../model/roles';
import type { CorrectionInput, CurationStatus } from '../../model/corrections';
import type { NodeLabel } from '../../model/graph-document';
import { toPlain } from '../neo4j/values';
import { CorrectionError, badField, missing } from './errors';
import type { GraphOps, NodeState, Props, RelState } from './graph-ops';

export interface CorrectionMeta {
  id: string;
  author: string;
  createdAt: string;
}

/** What a correction replaced; JSON-able with typed values (typed-json.ts). */
export type Before =
  | { kind: 'rel-removed'; rel: RelState }
  | { kind: 'node-removed'; node: NodeState }
  | { kind: 'rel-props'; id: string; properties: Props }
  | { kind: 'node-props'; label: NodeLabel; id: string; properties: Props }
  | { kind: 'merged'; from: NodeState; into: { label: NodeLabel; id: string; properties: Props } }
  | { kind: 'added-speaker'; relId: string; personId: string; createdPerson: boolean }
  | { kind: 'added-claim'; claimId: string };

const NAMED: readonly NodeLabel[] = ['Person', 'Organization'];

/** A property read as text (names are strings; anything else counts as none). */
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const num = (value: unknown): number =>
  neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);

/** The curation properties a correction writes on what it touches. */
function stamp(props: Props, status: CurationStatus, meta: CorrectionMeta): Props {
  return {
    ...props,
    curation: status,
    curatedBy: meta.author,
    curatedAt: meta.createdAt,
    curationId: meta.id,
    curationVersion: neo4j.int(num(props.curationVersion) + 1),
  };
}

function checkRole(role: string | undefined, roles: readonly string[]): void {
  if (!role || !roles.includes(role))
    throw new CorrectionError(
      'invalid_argument',
      `correction: role: must be one of ${roles.join(', ')}`,
      {
        parameter: 'role',
        value: role,
        allowed: roles,
      },
    );
}

function checkVersion(input: CorrectionInput, id: string, props: Props): void {
  if (input.version === undefined) return;
  const current = num(props.curationVersion);
  if (current !== input.version) {
    throw new CorrectionError(
      'conflict',
      `correction: "${id}" was changed by another correction since you saw it (version ${input.version}, now ${current}); reload it and decide again`,
      { id, version: current, current: toPlain(props) },
    );
  }
}

function withAliases(props: Props, extra: (string | undefined)[]): Props {
  const name = str(props.name);
  const aliases = Array.isArray(props.aliases) ? [...(props.aliases as string[])] : [];
  for (const alias of extra) {
    if (alias && alias !== name && !aliases.includes(alias)) aliases.push(alias);
  }
  return { ...props, aliases, aliasesText: aliases.join(' | ') };
}

function text(input: CorrectionInput, field: 'name' | 'alias'): string {
  const value = (input[field] ?? '').trim().replace(/\s+/g, ' ');
  if (!value) throw badField(field, 'give a non-empty text');
  if (value.length > 200) throw badField(field, 'at most 200 characters', value.slice(0, 40));
  return value;
}

async function needRel(ops: GraphOps, id: string | undefined): Promise<RelState> {
  if (!id) throw badField('relationship', 'give the relationship id');
  const rel = await ops.rel(id);
  if (!rel) throw missing('relationship', id, 'relationship');
  return rel;
}

async function needNode(
  ops: GraphOps,
  field: string,
  id: string | undefined,
  labels?: readonly NodeLabel[],
): Promise<NodeState> {
  if (!id) throw badField(field, `give the ${field}'s id`);
  const node = await ops.node(id);
  if (!node) throw missing(field, id, labels ? labels.join(' or ') : 'node');
  if (labels && !labels.includes(node.label))
    throw badField(field, `"${id}" is a ${node.label}; it must be a ${labels.join(' or ')}`, id);
  return node;
}

/** The article span `[evidenceStart, evidenceEnd)`, checked against the article's text. */
async function span(ops: GraphOps, input: CorrectionInput) {
  if (!input.article) throw badField('article', "give the article's id");
  const article = await ops.article(input.article);
  if (!article) throw missing('article', input.article, 'Article');
  const { evidenceStart: start, evidenceEnd: end } = input;
  const length = article.text.length;
  if (!Number.isInteger(start) || start! < 0 || start! >= length)
    throw badField('evidenceStart', `must be an offset from 0 to ${length - 1}`, start);
  if (!Number.isInteger(end) || end! <= start! || end! > length)
    throw badField('evidenceEnd', `must be an offset after evidenceStart, at most ${length}`, end);
  return { article, start: start!, end: end!, evidence: article.text.slice(start, end) };
}

function curatedProvenance(
  meta: CorrectionMeta,
  source: string,
  s: { start: number; end: number; evidence: string },
): Props {
  return stamp(
    {
      source,
      evidence: s.evidence,
      evidenceStart: neo4j.int(s.start),
      evidenceEnd: neo4j.int(s.end),
      method: 'curation',
      confidence: 1.0,
    },
    'added',
    meta,
  );
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function confirmOrReject(
  ops: GraphOps,
  input: CorrectionInput,
  meta: CorrectionMeta,
): Promise<Before> {
  if ((input.relationship === undefined) === (input.node === undefined))
    throw badField('relationship', 'give exactly one of "relationship" and "node"');
  if (input.relationship !== undefined) {
    const rel = await needRel(ops, input.relationship);
    checkVersion(input, rel.id, rel.properties);
    if (input.action === 'reject') {
      await ops.deleteRel(rel.id);
      return { kind: 'rel-removed', rel };
    }
    await ops.setRel(rel.id, stamp(rel.properties, 'confirmed', meta));
    return { kind: 'rel-props', id: rel.id, properties: rel.properties };
  }
  const node = await needNode(ops, 'node', input.node);
  checkVersion(input, node.id, node.properties);
  if (input.action === 'reject') {
    await ops.deleteNode(node.label, node.id);
    return { kind: 'node-removed', node };
  }
  await ops.setNode(node.label, node.id, stamp(node.properties, 'confirmed', meta));
  return { kind: 'node-props', label: node.label, id: node.id, properties: node.properties };
}

async function setRole(ops: GraphOps, input: CorrectionInput, meta: CorrectionMeta) {
  const rel = await needRel(ops, input.relationship);
  const roles: readonly string[] =
    rel.type === 'SPOKE_AT' ? SPEAKER_ROLES : rel.type === 'ORGANIZED' ? ORGANIZER_ROLES : [];
  if (!roles.length)
    throw badField(
      'relationship',
      `"${rel.id}" is ${rel.type}; only SPOKE_AT and ORGANIZED have a role`,
      rel.id,
    );
  checkRole(input.role, roles);
  checkVersion(input, rel.id, rel.properties);
  await ops.setRel(rel.id, stamp({ ...rel.properties, role: input.role }, 'changed', meta));
  return { kind: 'rel-props', id: rel.id, properties: rel.properties } satisfies Before;
}

async function renameOrAlias(ops: GraphOps, input: CorrectionInput, meta: CorrectionMeta) {
  const node = await needNode(ops, 'node', input.node, NAMED);
  const props = node.properties;
  let next: Props;
  if (input.action === 'rename') {
    const name = text(input, 'name');
    // The old (perhaps misspelt) name stays findable as an alias.
    next = withAliases({ ...props, name }, [str(props.name)]);
  } else next = withAliases(props, [text(input, 'alias')]);
  checkVersion(input, node.id, props);
  await ops.setNode(node.label, node.id, stamp(next, 'changed', meta));
  return { kind: 'node-props', label: node.label, id: node.id, properties: props } satisfies Before;
}

async function merge(ops: GraphOps, input: CorrectionInput, meta: CorrectionMeta): Promise<Before> {
  const into = await needNode(ops, 'into', input.into);
  const from = await needNode(ops, 'from', input.from);
  if (from.id === into.id) throw badField('from', 'a node cannot be merged into itself', from.id);
  if (from.label !== into.label)
    throw badField(
      'from',
      `"${from.id}" is a ${from.label} and "${into.id}" a ${into.label}: merge needs the same label`,
      from.id,
    );
  checkVersion(input, into.id, into.properties);
  for (const rel of from.relationships) {
    const moved: RelState =
      rel.from === from.id
        ? { ...rel, from: into.id, fromLabel: into.label }
        : { ...rel, to: into.id, toLabel: into.label };
    if (moved.from === moved.to) continue;
    await ops.createRel({ ...moved, properties: { ...rel.properties, mergedFrom: from.id } });
  }
  await ops.deleteNode(from.label, from.id);
  const fromAliases = Array.isArray(from.properties.aliases)
    ? (from.properties.aliases as string[])
    : [];
  const next = withAliases(into.properties, [str(from.properties.name), ...fromAliases]);
  await ops.setNode(into.label, into.id, stamp(next, 'changed', meta));
  return {
    kind: 'merged',
    from,
    into: { label: into.label, id: into.id, properties: into.properties },
  };
}

async function addSpeaker(
  ops: GraphOps,
  input: CorrectionInput,
  meta: CorrectionMeta,
): Promise<Before> {
  const event = await needNode(ops, 'event', input.event, ['Event']);
  let personId: string;
  let create: Props | undefined;
  if (typeof input.person === 'object' && input.person !== null) {
    const name = (input.person.name ?? '').trim().replace(/\s+/g, ' ');
    if (!slug(name)) throw badField('person', 'give a person id or {"name": …} with letters in it');
    personId = `person:${slug(name)}`;
    const existing = await ops.node(personId);
    if (existing && existing.label !== 'Person')
      throw badField('person', `"${personId}" is a ${existing.label}`, personId);
    if (!existing) create = { id: personId, name, aliases: [], titles: [], aliasesText: '' };
  } else personId = (await needNode(ops, 'person', input.person, ['Person'])).id;
  checkRole(input.role, SPEAKER_ROLES);
  const s = await span(ops, input);
  checkVersion(input, event.id, event.properties);
  if (create)
    await ops.createNode('Person', stamp({ ...create, method: 'curation' }, 'added', meta));
  const relId = `SPOKE_AT:${personId}->${event.id}#${meta.id}`;
  await ops.createRel({
    id: relId,
    type: 'SPOKE_AT',
    from: personId,
    fromLabel: 'Person',
    to: event.id,
    toLabel: 'Event',
    properties: { ...curatedProvenance(meta, input.article!, s), role: input.role },
  });
  return { kind: 'added-speaker', relId, personId, createdPerson: Boolean(create) };
}

async function addClaim(
  ops: GraphOps,
  input: CorrectionInput,
  meta: CorrectionMeta,
): Promise<Before> {
  const person = await needNode(
    ops,
    'person',
    typeof input.person === 'string' ? input.person : undefined,
    ['Person'],
  );
  const s = await span(ops, input);
  checkVersion(input, person.id, person.properties);
  const claimId = `claim:curation-${meta.id}`;
  const provenance = curatedProvenance(meta, input.article!, s);
  await ops.createNode('Claim', {
    ...provenance,
    id: claimId,
    text: s.evidence,
    quote: s.evidence,
    quoteStart: neo4j.int(s.start),
    quoteEnd: neo4j.int(s.end),
    topics: [],
  });
  const link = (type: RelState['type'], from: [string, NodeLabel], to: [string, NodeLabel]) =>
    ops.createRel({
      id: `${type}:${from[0]}->${to[0]}`,
      type,
      from: from[0],
      fromLabel: from[1],
      to: to[0],
      toLabel: to[1],
      properties: provenance,
    });
  await link('CLAIMED', [person.id, 'Person'], [claimId, 'Claim']);
  await link('REPORTED_IN', [claimId, 'Claim'], [input.article!, 'Article']);
  for (const event of s.article.events) await link('MADE_AT', [claimId, 'Claim'], [event, 'Event']);
  return { kind: 'added-claim', claimId };
}

/** Applies one correction (all checks before any write) and returns what undo needs. */
export async function applyCorrection(
  ops: GraphOps,
  input: CorrectionInput,
  meta: CorrectionMeta,
): Promise<Before> {
  switch (input.action) {
    case 'reject':
    case 'confirm':
      return confirmOrReject(ops, input, meta);
    case 'set-role':
      return setRole(ops, input, meta);
    case 'rename':
    case 'add-alias':
      return renameOrAlias(ops, input, meta);
    case 'merge':
      return merge(ops, input, meta);
    case 'add-speaker':
      return addSpeaker(ops, input, meta);
    case 'add-claim':
      return addClaim(ops, input, meta);
  }
}

async function restoreNode(ops: GraphOps, node: NodeState): Promise<void> {
  await ops.createNode(node.label, node.properties);
  for (const rel of node.relationships) await ops.createRel(rel);
}

/** Puts back what `applyCorrection` replaced; run newest first (engine.ts). */
export async function revertCorrection(ops: GraphOps, before: Before): Promise<void> {
  switch (before.kind) {
    case 'rel-removed':
      await ops.createRel(before.rel);
      return;
    case 'node-removed':
      await restoreNode(ops, before.node);
      return;
    case 'rel-props':
      await ops.setRel(before.id, before.properties);
      return;
    case 'node-props':
      await ops.setNode(before.label, before.id, before.properties);
      return;
    case 'merged':
      for (const rel of before.from.relationships) await ops.deleteRel(rel.id);
      await restoreNode(ops, before.from);
      await ops.setNode(before.into.label, before.into.id, before.into.properties);
      return;
    case 'added-speaker':
      await ops.deleteRel(before.relId);
      if (before.createdPerson) await ops.deleteNode('Person', before.personId);
      return;
    case 'added-claim':
      await ops.deleteNode('Claim', before.claimId);
      return;
  }
}

/** The ids a correction touches, for the log and lookups. */
export function correctionTargets(input: CorrectionInput): string[] {
  const ids = [
    input.relationship,
    input.node,
    input.into,
    input.from,
    input.event,
    typeof input.person === 'string' ? input.person : undefined,
    input.article,
  ];
  return ids.filter((id): id is string => typeof id === 'string');
}

/** One line for the corrections log. */
export function describeCorrection(input: CorrectionInput): string {
  switch (input.action) {
    case 'reject':
    case 'confirm':
      return `${input.action} ${input.relationship ?? input.node}`;
    case 'set-role':
      return `role of ${input.relationship} → ${input.role}`;
    case 'rename':
      return `rename ${input.node} → "${input.name}"`;
    case 'add-alias':
      return `alias "${input.alias}" for ${input.node}`;
    case 'merge':
      return `merge ${input.from} into ${input.into}`;
    case 'add-speaker': {
      const who = typeof input.person === 'string' ? input.person : `"${input.person?.name}"`;
      return `${who} spoke at ${input.event} as ${input.role}`;
    }
    case 'add-claim':
      return `claim by ${typeof input.person === 'string' ? input.person : ''} in ${input.article} [${input.evidenceStart}–${input.evidenceEnd}]`;
  }
}
