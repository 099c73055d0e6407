/**
 * An analyst's correction of the extracted graph, as stored and replayed: the ten actions
 * and the fields each takes (docs/corrections.md). Plain types shared by the API schemas
 * (api/corrections.ts), the replay in platform/corrections and the client. Not how a
 * correction is applied (platform/corrections/actions.ts).
 */

export const CORRECTION_ACTIONS = [
  'reject',
  'confirm',
  'set-role',
  'rename',
  'add-alias',
  'merge',
  'add-speaker',
  'add-claim',
  'confirm-merge',
  'split',
] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** The curation status an element carries (`curation` property) once a correction touched it. */
export const CURATION_STATUSES = ['confirmed', 'changed', 'added'] as const;
export type CurationStatus = (typeof CURATION_STATUSES)[number];

/** What an analyst asks for: one action and the fields it needs (the others are left out). */
export interface CorrectionInput {
  action: CorrectionAction;
  relationship?: string;
  node?: string;
  role?: string;
  name?: string;
  alias?: string;
  into?: string;
  from?: string;
  event?: string;
  person?: string | { name: string };
  article?: string;
  evidenceStart?: number;
  evidenceEnd?: number;
  /** confirm-merge, split: the spelling of one of the node's merge records. */
  spelling?: string;
  /** The target's `curationVersion` the analyst saw (0: never curated); a different one is a 409. */
  version?: number;
}

/** One id a correction touches, named as the graph (or what the correction removed) has it. */
export interface TouchedTarget {
  id: string;
  /** The node's label or the relationship's type; null when found nowhere (orphaned). */
  label: string | null;
  /** The node's display name, or "A spoke at B" for a relationship; null when found nowhere. */
  name: string | null;
}

/** A stored correction as the API lists it. */
export interface CorrectionRecord {
  id: string;
  action: CorrectionAction;
  /** The request's fields (the input without `version`). */
  payload: CorrectionInput;
  targets: string[];
  /** `targets` with their names, resolved when read (the log shows names, the id beside). */
  touched: TouchedTarget[];
  author: string;
  createdAt: string;
  /** Order of application. */
  seq: number;
  applied: boolean;
  /** Its target was missing when it was last replayed: kept, retried at every replay. */
  orphaned: boolean;
  /** One line saying what it changed, with names where known, for the corrections log. */
  summary: string;
}
