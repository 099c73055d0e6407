/**
 * What a correction touches and says, for the corrections log and lookups: its target ids and
 * one line describing it. Pure functions of the request.
 */
import type { CorrectionInput } from '../../model/corrections';

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

/**
 * One line for the corrections log; `name` gives an id's display name (touched.ts) and
 * defaults to the id itself.
 */
export function describeCorrection(
  input: CorrectionInput,
  name: (id: string) => string = (id) => id,
): string {
  const of = (id: string | undefined) => (id === undefined ? '' : name(id));
  switch (input.action) {
    case 'reject':
    case 'confirm':
      return `${input.action} ${of(input.relationship ?? input.node)}`;
    case 'set-role':
      return `role of ${of(input.relationship)} → ${input.role}`;
    case 'rename':
      return `rename ${of(input.node)} → "${input.name}"`;
    case 'add-alias':
      return `alias "${input.alias}" for ${of(input.node)}`;
    case 'merge':
      return `merge ${of(input.from)} into ${of(input.into)}`;
    case 'add-speaker': {
      const who = typeof input.person === 'string' ? of(input.person) : `"${input.person?.name}"`;
      return `${who} spoke at ${of(input.event)} as ${input.role}`;
    }
    case 'confirm-merge':
      return `confirm merge of "${input.spelling}" into ${of(input.node)}`;
    case 'split':
      return `split "${input.spelling}" from ${of(input.node)}`;
    case 'add-claim':
      return `claim by ${typeof input.person === 'string' ? of(input.person) : ''} in ${of(input.article)} [${input.evidenceStart}–${input.evidenceEnd}]`;
  }
}
