/**
 * Analysts' corrections and the review queue: what a client sends to make a correction (one
 * flat object; which fields an action needs is checked beside the handler, naming the field),
 * a stored correction as the API lists it, the JSON export/import file, and the review queue's
 * items. See docs/corrections.md for what each action does.
 */
import { Type, type Static } from '@sinclair/typebox';
import { CORRECTION_ACTIONS } from '../model/corrections';
import { MERGE_REASONS, type MergeReason } from '../model/merge-records';
import { Elements } from './graph';
import { StringEnum, withDefault } from './schema-kit';

const id = (description: string) => Type.String({ minLength: 1, maxLength: 500, description });
const offset = (description: string) => Type.Integer({ minimum: 0, description });

export const CorrectionRequest = Type.Object(
  {
    action: StringEnum(CORRECTION_ACTIONS, { description: 'What to do' }),
    relationship: Type.Optional(id('reject, confirm, set-role: the relationship id')),
    node: Type.Optional(
      id('reject, confirm, rename, add-alias, confirm-merge, split: the node id'),
    ),
    role: Type.Optional(
      Type.String({ maxLength: 40, description: 'set-role, add-speaker: the new role' }),
    ),
    name: Type.Optional(Type.String({ maxLength: 200, description: 'rename: the new name' })),
    alias: Type.Optional(Type.String({ maxLength: 200, description: 'add-alias: the alias' })),
    into: Type.Optional(id('merge: the node that stays')),
    from: Type.Optional(id('merge: the node merged into `into` (same label)')),
    event: Type.Optional(id('add-speaker: the event')),
    person: Type.Optional(
      Type.Union(
        [id('the person id'), Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) })],
        { description: 'add-speaker: a person id or {name} (a new person); add-claim: an id' },
      ),
    ),
    article: Type.Optional(id('add-speaker, add-claim: the article the evidence is in')),
    evidenceStart: Type.Optional(offset('First character of the evidence in the article text')),
    evidenceEnd: Type.Optional(offset('Character after the evidence (exclusive)')),
    spelling: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          "confirm-merge, split: the merged spelling, as in the node's merge record (`merge.spelling` of a review item)",
      }),
    ),
    version: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          "The target's curationVersion you saw (0: never curated); a different one is a 409",
      }),
    ),
  },
  { additionalProperties: false },
);
export type CorrectionRequest = Static<typeof CorrectionRequest>;

export const Correction = Type.Object({
  id: Type.String(),
  action: StringEnum(CORRECTION_ACTIONS),
  payload: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The request as made (without version)',
  }),
  targets: Type.Array(Type.String(), { description: 'The ids it touches' }),
  author: Type.String({ description: 'The token name where tokens are named, else "local"' }),
  createdAt: Type.String({ format: 'date-time' }),
  seq: Type.Integer({ description: 'Order of application' }),
  applied: Type.Boolean({ description: 'In effect in the graph now' }),
  orphaned: Type.Boolean({
    description: 'Its target was missing at the last replay: kept, retried at every replay',
  }),
  touched: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.Union([Type.String(), Type.Null()], {
        description: "The node's label or the relationship's type; null when found nowhere",
      }),
      name: Type.Union([Type.String(), Type.Null()], {
        description:
          'Its display name (a relationship reads "A spoke at B"), from the graph now, else from what the correction removed; null for an orphaned target (show the id)',
      }),
    }),
    { description: '`targets` with their names, resolved when read' },
  ),
  summary: Type.String({
    description: 'What it changed, in one line, with names where known (ids where not)',
  }),
});

export const CorrectionCreated = Type.Object({ correction: Correction });
export const CorrectionList = Type.Object({
  corrections: Type.Array(Correction, { description: 'Newest first' }),
  tokenRequired: Type.Boolean(),
});
export const CorrectionPath = Type.Object({
  id: Type.String({ pattern: '^cor-[\\w-]{1,80}$', description: 'Correction id' }),
});
export const CorrectionUndone = Type.Object({
  undone: Correction,
  // The elements the undo gave back or changed, as they are now (with both ends of each
  // relationship), for the client to redraw.
  elements: Elements,
  removed: Type.Array(Type.String(), {
    description: 'Ids of elements it touched that are no longer in the graph (what it took away)',
  }),
});
export type CorrectionUndone = Static<typeof CorrectionUndone>;

export const CORRECTIONS_FORMAT = 'knowledge-graph-explorer/corrections';
export const CorrectionsExport = Type.Object({
  format: StringEnum([CORRECTIONS_FORMAT] as const),
  version: Type.Literal(1),
  exportedAt: Type.String({ format: 'date-time' }),
  corrections: Type.Array(
    Type.Object({
      id: Type.String(),
      action: StringEnum(CORRECTION_ACTIONS),
      payload: Type.Record(Type.String(), Type.Unknown()),
      author: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
    }),
    { maxItems: 10_000 },
  ),
});
export type CorrectionsExport = Static<typeof CorrectionsExport>;
export const CorrectionsImported = Type.Object({
  created: Type.Array(Correction),
  skipped: Type.Array(Type.String(), { description: 'Ids already present' }),
});

const MergeArticle = Type.Object({
  id: Type.String({ description: 'The article id' }),
  title: Type.Union([Type.String(), Type.Null()]),
  evidence: Type.Union([Type.String(), Type.Null()], {
    description: 'The sentence that mentions the node in this article, where one does',
  }),
});
/** What a merge item shows: the two names and the articles each comes from. */
export const MergeEvidence = Type.Object(
  {
    node: Type.String({ description: 'The merged node (send as `node`)' }),
    label: StringEnum(['Person', 'Organization'] as const),
    name: Type.String({ description: "The node's name now" }),
    spelling: Type.String({ description: 'The spelling merged in (send as `spelling`)' }),
    with: Type.String({ description: 'The spelling it matched (the name or another alias)' }),
    reason: StringEnum(Object.keys(MERGE_REASONS) as MergeReason[], {
      description: 'Why the resolver merged them',
    }),
    says: Type.String({ description: 'The reason in words' }),
    articles: Type.Array(MergeArticle, { description: 'Articles that write `spelling`' }),
    withArticles: Type.Array(MergeArticle, { description: 'Articles that write `with`' }),
    splitArticles: Type.Array(Type.String(), {
      description:
        'Articles that write only `spelling`: a split moves the relationships from them to the new node (none: the split only separates the name)',
    }),
  },
  { description: 'kind "merge": the merge record with its evidence' },
);
export type MergeEvidence = Static<typeof MergeEvidence>;

export const REVIEW_KINDS = ['speaker', 'claim', 'article', 'merge'] as const;
export const ReviewQuery = Type.Object({
  limit: withDefault(Type.Integer({ minimum: 1, maximum: 500, description: 'Most items' }), 50),
});
export const ReviewItem = Type.Object({
  kind: StringEnum(REVIEW_KINDS, {
    description:
      'speaker: a SPOKE_AT edge; claim: a CLAIMED edge; article: an article marked needsReview; merge: a spelling the entity resolver merged into a person or organization with a confidence below 0.9 (confirm it with "confirm-merge", undo it with "split")',
  }),
  id: Type.String({ description: 'What to confirm or reject: a relationship or node id' }),
  target: StringEnum(['relationship', 'node'] as const),
  confidence: Type.Number({ description: 'The extraction confidence, lowest first' }),
  title: Type.String({ description: 'What the item says, in one line' }),
  evidence: Type.String({ description: 'The evidence sentence (or the review reasons)' }),
  source: Type.Union([Type.String(), Type.Null()], { description: 'The article id' }),
  sourceTitle: Type.Union([Type.String(), Type.Null()]),
  evidenceStart: Type.Union([Type.Integer(), Type.Null()]),
  evidenceEnd: Type.Union([Type.Integer(), Type.Null()]),
  version: Type.Integer({
    minimum: 0,
    description:
      "The item's curationVersion: send it as `version` with the decision, so one made meanwhile by someone else answers 409",
  }),
  merge: Type.Optional(MergeEvidence),
});
export type ReviewItem = Static<typeof ReviewItem>;
export const ReviewResponse = Type.Object({
  items: Type.Array(ReviewItem),
  total: Type.Integer({ description: 'Items waiting, before the limit' }),
});
export type ReviewResponse = Static<typeof ReviewResponse>;
