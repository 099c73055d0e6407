/**
 * Adding documents from the browser: `POST /api/ingest` (multipart, field `files`, repeatable)
 * answers a preview per document with `?dryRun=true`, or `202 {job: {id}}`; `GET
 * /api/ingest/jobs/{id}` answers the job's state, progress and summary. The preview and what a
 * job writes come from the same preparation (seed/ingest/prepare-batch.ts), so they agree.
 * The server's ingest worker produces these shapes too (seed may import api/ for this).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum, withDefault } from './schema-kit';

export const DOCUMENT_FORMATS = ['text', 'html', 'pdf', 'docx'] as const;

export const IngestQuery = Type.Object({
  dryRun: withDefault(
    Type.Boolean({ description: 'true: answer the preview and write nothing' }),
    false,
  ),
});
export type IngestQuery = Static<typeof IngestQuery>;

export const IngestJobPath = Type.Object({
  id: Type.String({
    pattern: '^job-[a-z0-9-]{1,64}$',
    description: 'Job id from POST /api/ingest',
  }),
});

export const EntityPreview = Type.Object({
  id: Type.String({ description: 'Node id it has (or will have) in the graph' }),
  name: Type.String(),
  status: StringEnum(['new', 'merged'] as const),
  spelling: Type.Optional(
    Type.String({ description: 'For merged: the spelling in this document' }),
  ),
  reason: Type.Optional(
    StringEnum(['same name', 'alias', 'same full name'] as const, {
      description: 'For merged: why it joins the node already in the graph',
    }),
  ),
  corrected: Type.Optional(
    Type.Object(
      {
        id: Nullable(Type.String({ description: 'The node it is after the corrections' })),
        name: Nullable(Type.String({ description: 'Its name after the corrections' })),
      },
      {
        description:
          "For merged: how the analysts' corrections, replayed after the write, show the node it joins: renamed, merged into another node (another id), or removed by a reject (id and name null). Absent when no correction changes it",
      },
    ),
  ),
});
export type EntityPreview = Static<typeof EntityPreview>;

export const ArticlePreview = Type.Object({
  id: Type.String(),
  title: Type.String(),
  published: Nullable(Type.String({ description: 'Publication date, YYYY-MM-DD' })),
  source: Type.Object({
    file: Type.String(),
    url: Type.Optional(Type.String()),
    site: Type.Optional(Type.String()),
    author: Type.Optional(Type.String()),
  }),
  event: Nullable(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      kind: Nullable(Type.String()),
      date: Nullable(Type.String()),
      place: Nullable(Type.String()),
    }),
  ),
  speakers: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() }),
  ),
  claims: Type.Integer({ minimum: 0 }),
  people: Type.Array(EntityPreview),
  organizations: Type.Array(EntityPreview),
  warnings: Type.Array(Type.String(), {
    description: 'e.g. "no publication date found", "event kind uncertain", "no speakers found"',
  }),
});
export type ArticlePreview = Static<typeof ArticlePreview>;

export const DocumentError = Type.Object({
  code: Type.String({
    description:
      'empty-file, binary-file, not-utf8, no-articles, no-article-text, corrupt-pdf, encrypted-pdf, scanned-pdf, not-docx, zip-bomb, write-timeout, load-failed, …',
  }),
  message: Type.String({ description: 'Names the file and says how to fix it' }),
});

export const DocumentPreview = Type.Object({
  file: Type.String({ description: 'The file name as uploaded' }),
  format: Nullable(StringEnum(DOCUMENT_FORMATS)),
  ok: Type.Boolean(),
  error: Type.Optional(DocumentError),
  articles: Type.Array(ArticlePreview),
  elements: Type.Object({ nodes: Type.Integer(), relationships: Type.Integer() }),
});
export type DocumentPreview = Static<typeof DocumentPreview>;

export const IngestPreview = Type.Object({ documents: Type.Array(DocumentPreview) });
export type IngestPreview = Static<typeof IngestPreview>;

export const IngestAccepted = Type.Object({ job: Type.Object({ id: Type.String() }) });
export type IngestAccepted = Static<typeof IngestAccepted>;

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const IngestJob = Type.Object({
  id: Type.String(),
  state: StringEnum(JOB_STATES),
  progress: Type.Object({
    documents: Type.Integer({ description: 'Documents in the batch' }),
    read: Type.Integer({ description: 'Documents read and analysed so far (before writing)' }),
    done: Type.Integer({ description: 'Documents written or failed so far' }),
    elements: Type.Integer({ description: 'Nodes and relationships written so far' }),
  }),
  summary: Type.Object({
    written: Type.Integer({ description: 'Documents written' }),
    failed: Type.Array(
      Type.Object({ file: Type.String(), code: Type.String(), message: Type.String() }),
    ),
    added: Type.Object({
      articles: Type.Array(Type.String()),
      events: Type.Array(Type.String()),
      people: Type.Array(Type.String()),
    }),
    documents: Type.Array(DocumentPreview, { description: 'The preview the job wrote from' }),
  }),
  error: Type.Optional(Type.String({ description: 'When state is failed: why the job stopped' })),
});
export type IngestJob = Static<typeof IngestJob>;
