/**
 * The corrections that add what the extraction missed, with a span of an article as evidence:
 * add-speaker (a known person, or a new one by name) and add-claim. The span's offsets are
 * checked against the article's text and become the evidence, as the extraction's own; what
 * they create carries `method: "curation"` and the curation stamp. Not the corrections that
 * change or remove extracted elements (actions.ts).
 */
import neo4j from 'neo4j-driver';
import { SPEAKER_ROLES } from '../../model/roles';
import type { CorrectionInput } from '../../model/corrections';
import type { NodeLabel } from '../../model/graph-document';
import { badField, missing } from './errors';
import type { GraphOps, Props, RelState } from './graph-ops';
import {
  checkRole,
  checkVersion,
  needNode,
  stamp,
  type Before,
  type CorrectionMeta,
} from './checks';

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

export async function addSpeaker(
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

export async function addClaim(
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
