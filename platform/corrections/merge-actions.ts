/**
 * The analyst's answer to a merge the entity resolver made (a merge record on a person or
 * organization, model/merge-records.ts): `confirm-merge` marks the record confirmed, `split`
 * undoes it: the spelling gets its own node again (the id the builder would have given it),
 * with the relationships of the articles that write only that spelling, and leaves the node's
 * aliases and records. Both keep a before-state, so undo and replay work as for the other
 * actions. Not the analyst's own merge of two nodes (actions.ts `merge`).
 */
import neo4j from 'neo4j-driver';
import type { CorrectionInput } from '../../model/corrections';
import { decodeMergeRecords, encodeMergeRecord, type MergeRecord } from '../../model/merge-records';
import { badField } from './errors';
import type { GraphOps, NodeState, Props, RelState } from './graph-ops';
import {
  NAMED,
  checkVersion,
  needNode,
  num,
  stamp,
  withAliases,
  type Before,
  type CorrectionMeta,
} from './checks';

/** The node and the record of `input.spelling` on it; a 400 naming `spelling` when it has none. */
async function recordOf(
  ops: GraphOps,
  input: CorrectionInput,
): Promise<{ node: NodeState; record: MergeRecord }> {
  const node = await needNode(ops, 'node', input.node, NAMED);
  const spelling = (input.spelling ?? '').trim();
  if (!spelling) throw badField('spelling', 'give the merged spelling (one of the node’s merges)');
  const records = decodeMergeRecords(node.properties.merges);
  const record = records.find((r) => r.spelling === spelling);
  if (!record)
    throw badField(
      'spelling',
      records.length
        ? `"${node.id}" has no merge of "${spelling}" (its merged spellings: ${records.map((r) => `"${r.spelling}"`).join(', ')})`
        : `"${node.id}" has no merge records (the resolver did not merge spellings into it)`,
      spelling,
    );
  checkVersion(input, node.id, node.properties);
  return { node, record };
}

/** The node's `merges` with the raw text of `spelling`'s record replaced (or dropped: null). */
function mergesWith(props: Props, spelling: string, next: MergeRecord | null): string[] {
  const raw = Array.isArray(props.merges) ? (props.merges as unknown[]) : [];
  const out: string[] = [];
  for (const text of raw) {
    if (typeof text !== 'string') continue;
    const [record] = decodeMergeRecords([text]);
    if (record?.spelling !== spelling) out.push(text);
    else if (next) out.push(encodeMergeRecord(next));
  }
  return out;
}

export async function confirmMerge(
  ops: GraphOps,
  input: CorrectionInput,
  meta: CorrectionMeta,
): Promise<Before> {
  const { node, record } = await recordOf(ops, input);
  const merges = mergesWith(node.properties, record.spelling, {
    ...record,
    confirmedBy: meta.author,
    confirmedAt: meta.createdAt,
  });
  // The record says who confirmed it. The node's own status stays as it is ("confirmed" would
  // say the analyst confirmed the node, and its other merges with it); its version goes up, so
  // a decision made meanwhile on the node answers 409.
  const version = neo4j.int(num(node.properties.curationVersion) + 1);
  await ops.setNode(node.label, node.id, {
    ...node.properties,
    merges,
    curationVersion: version,
  });
  return { kind: 'node-props', label: node.label, id: node.id, properties: node.properties };
}

/** The first free id of `base`, `base-2`, … (a node of that id may exist since extraction). */
async function freeId(ops: GraphOps, base: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await ops.node(id))) return id;
  }
  throw badField('spelling', `no free id for the split node near "${base}"`, base);
}

export async function split(
  ops: GraphOps,
  input: CorrectionInput,
  meta: CorrectionMeta,
): Promise<Before> {
  const { node, record } = await recordOf(ops, input);
  const id = await freeId(ops, record.splitId);
  const articles = new Set(record.splitArticles);
  const moved = node.relationships.filter((r) => articles.has(String(r.properties.source)));
  const created: Props = {
    id,
    name: record.spelling,
    aliases: [],
    aliasesText: '',
    ...(node.label === 'Person' ? { titles: [] } : {}),
    method: 'curation',
    splitFrom: node.id,
  };
  await ops.createNode(node.label, stamp(created, 'added', meta));
  for (const rel of moved) {
    // The id stays, as a merge keeps it: corrections of this relationship still find it.
    const next: RelState =
      rel.from === node.id
        ? { ...rel, from: id, fromLabel: node.label }
        : { ...rel, to: id, toLabel: node.label };
    await ops.deleteRel(rel.id);
    await ops.createRel({ ...next, properties: { ...rel.properties, splitFrom: node.id } });
  }
  const aliases = (Array.isArray(node.properties.aliases) ? node.properties.aliases : []).filter(
    (a) => a !== record.spelling,
  );
  const rest = withAliases(
    {
      ...node.properties,
      aliases,
      merges: mergesWith(node.properties, record.spelling, null),
    },
    [],
  );
  await ops.setNode(node.label, node.id, stamp(rest, 'changed', meta));
  return { kind: 'split', node, createdId: id, moved: moved.map((r) => r.id) };
}

/** Undoes a split: the created node goes (with the moved relationships), the node comes back. */
export async function revertSplit(
  ops: GraphOps,
  before: Extract<Before, { kind: 'split' }>,
): Promise<void> {
  await ops.deleteNode(before.node.label, before.createdId);
  const moved = new Set(before.moved);
  for (const rel of before.node.relationships) if (moved.has(rel.id)) await ops.createRel(rel);
  await ops.setNode(before.node.label, before.node.id, before.node.properties);
}
