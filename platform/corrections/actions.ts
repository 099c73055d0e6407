/**
 * What each correction action does to the graph, and how it is undone. `applyCorrection`
 * checks everything first (ids exist, same labels, roles, offsets inside the article, the
 * version the analyst saw) and only then writes, so a refused correction changes nothing; it
 * returns the before-state `revertCorrection` needs to put back exactly what it replaced.
 * Elements it changes get the curation status beside their extraction provenance. The two
 * actions that add elements are in add-actions.ts, the answers to the resolver's merges
 * (confirm-merge, split) in merge-actions.ts, the shared checks in checks.ts. Not storage
 * or ordering (engine.ts). See docs/corrections.md.
 */
import { ORGANIZER_ROLES, SPEAKER_ROLES } from '../../model/roles';
import type { CorrectionInput } from '../../model/corrections';
import { badField } from './errors';
import type { GraphOps, NodeState, Props, RelState } from './graph-ops';
import { addClaim, addSpeaker } from './add-actions';
import { confirmMerge, revertSplit, split } from './merge-actions';
import {
  NAMED,
  checkRole,
  checkVersion,
  needNode,
  needRel,
  stamp,
  str,
  text,
  withAliases,
  type Before,
  type CorrectionMeta,
} from './checks';

export type { Before, CorrectionMeta } from './checks';
export { correctionTargets, describeCorrection } from './describe';

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
    case 'confirm-merge':
      return confirmMerge(ops, input, meta);
    case 'split':
      return split(ops, input, meta);
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
    case 'split':
      await revertSplit(ops, before);
      return;
  }
}
