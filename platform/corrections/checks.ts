/**
 * The checks and property helpers every correction action shares: the curation stamp an
 * element gets, the version check behind a 409, roles, names, and reading a target that must
 * exist. Not the actions themselves (actions.ts, add-actions.ts).
 */
import neo4j from 'neo4j-driver';
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
  | { kind: 'added-claim'; claimId: string }
  | { kind: 'split'; node: NodeState; createdId: string; moved: string[] };

export const NAMED: readonly NodeLabel[] = ['Person', 'Organization'];

/** A property read as text (names are strings; anything else counts as none). */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export const num = (value: unknown): number =>
  neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);

/** The curation properties a correction writes on what it touches. */
export function stamp(props: Props, status: CurationStatus, meta: CorrectionMeta): Props {
  return {
    ...props,
    curation: status,
    curatedBy: meta.author,
    curatedAt: meta.createdAt,
    curationId: meta.id,
    curationVersion: neo4j.int(num(props.curationVersion) + 1),
  };
}

export function checkRole(role: string | undefined, roles: readonly string[]): void {
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

export function checkVersion(input: CorrectionInput, id: string, props: Props): void {
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

export function withAliases(props: Props, extra: (string | undefined)[]): Props {
  const name = str(props.name);
  const aliases = Array.isArray(props.aliases) ? [...(props.aliases as string[])] : [];
  for (const alias of extra) {
    if (alias && alias !== name && !aliases.includes(alias)) aliases.push(alias);
  }
  return { ...props, aliases, aliasesText: aliases.join(' | ') };
}

export function text(input: CorrectionInput, field: 'name' | 'alias'): string {
  const value = (input[field] ?? '').trim().replace(/\s+/g, ' ');
  if (!value) throw badField(field, 'give a non-empty text');
  if (value.length > 200) throw badField(field, 'at most 200 characters', value.slice(0, 40));
  return value;
}

export async function needRel(ops: GraphOps, id: string | undefined): Promise<RelState> {
  if (!id) throw badField('relationship', 'give the relationship id');
  const rel = await ops.rel(id);
  if (!rel) throw missing('relationship', id, 'relationship');
  return rel;
}

export async function needNode(
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
