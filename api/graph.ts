/**
 * Shapes shared by many endpoints: Cytoscape elements (every graph-shaped answer), provenance,
 * references to nodes inside other answers, links (one relationship seen from a node) and claim
 * summaries. Conventions everywhere:
 * - Ids are the model's stable string ids (`person:rama-yade`), never Neo4j internal ids.
 * - Dates are ISO `YYYY-MM-DD` strings; integers are JSON numbers; a property absent on the node
 *   is `null` in the typed fields.
 * - A relationship's article id is `article` (Cytoscape reserves `source` for an edge's start
 *   node), and every relationship shown carries its `Provenance`.
 * - Claims are never facts: who made them is `claimedBy`, never a bare subject.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, OpenObject, StringEnum } from './schema-kit';

export const IsoDate = Type.String({ format: 'date', example: '2017-09-14' });
export const NullableDate = Nullable(Type.String({ format: 'date' }));
const nstr = (description?: string) => Nullable(Type.String(), description ? { description } : {});

export const NodeData = OpenObject(
  {
    id: Type.String({ description: 'Model id, e.g. person:rama-yade' }),
    label: Type.String({ description: 'Most specific model label' }),
    labels: Type.Array(Type.String()),
    name: Type.String({ description: 'Display name: name, title, text (cut) or id' }),
  },
  { description: 'Cytoscape node data: every stored property, converted to JSON' },
);
export type NodeData = Static<typeof NodeData>;

export const EdgeData = OpenObject(
  {
    id: Type.String(),
    source: Type.String({ description: 'Start node id (Cytoscape)' }),
    target: Type.String({ description: 'End node id' }),
    type: Type.String(),
  },
  {
    description:
      'Cytoscape edge data: every stored property; the provenance article id is `article`',
  },
);
export type EdgeData = Static<typeof EdgeData>;

/** What every graph-shaped answer carries: draw it as it is. */
export const Elements = Type.Object({
  nodes: Type.Array(Type.Object({ data: NodeData })),
  edges: Type.Array(Type.Object({ data: EdgeData })),
});
export type Elements = Static<typeof Elements>;

/** Where a relationship comes from; fields are `null` when the loader did not record them. */
export const Provenance = Type.Object({
  article: nstr('Article id (the stored `source` property)'),
  articleTitle: nstr("That article's title, looked up for display"),
  evidence: nstr('The verbatim sentence or snippet from the article'),
  evidenceStart: Nullable(Type.Integer(), {
    description: "Character offset of `evidence` in the article's text",
  }),
  evidenceEnd: Nullable(Type.Integer(), { description: 'End offset (exclusive)' }),
  method: nstr('How it was found: pattern, ner, similarity or curation'),
  confidence: Nullable(Type.Number(), { description: '0–1' }),
});
export type Provenance = Static<typeof Provenance>;

/** A node mentioned inside another answer. */
export const NodeRef = Type.Object({
  id: Type.String(),
  label: Type.String(),
  name: Type.String(),
});
export type NodeRef = Static<typeof NodeRef>;

/** An event mentioned inside another answer. */
export const EventRef = Type.Object({
  ...NodeRef.properties,
  kind: nstr(),
  date: NullableDate,
  city: nstr(),
});
export type EventRef = Static<typeof EventRef>;

/** An article mentioned inside another answer. */
export const ArticleRef = Type.Object({
  ...NodeRef.properties,
  title: Type.String(),
  published: NullableDate,
});
export type ArticleRef = Static<typeof ArticleRef>;

const linkProperties = {
  relationship: Type.String({ description: "The relationship's stable id" }),
  type: Type.String(),
  role: nstr('SPOKE_AT, AFFILIATED_WITH and ORGANIZED have one'),
  provenance: Provenance,
  curationVersion: Type.Integer({
    minimum: 0,
    description:
      'How many corrections touched this relationship (0: never curated); send it as `version` with a correction so a change made meanwhile answers 409',
  }),
};

/** One relationship as seen from the node described: the node at the other end, id, type, role. */
export const Link = Type.Object({
  node: { ...NodeRef, description: 'The node at the other end' },
  ...linkProperties,
});
/** A link whose other end is an event. */
export const EventLink = Type.Object({ node: EventRef, ...linkProperties });
/** A link whose other end is an article. */
export const ArticleLink = Type.Object({ node: ArticleRef, ...linkProperties });
export type Link<T extends NodeRef = NodeRef> = Omit<Static<typeof Link>, 'node'> & { node: T };

/** A claim, with who made it, where and according to which article. Never a fact. */
export const ClaimSummary = Type.Object({
  id: Type.String(),
  text: Type.String({ description: 'Short label of the claim (the reporting sentence, cut)' }),
  quote: nstr('Verbatim quote from the article'),
  topics: Type.Array(Type.String()),
  claimedBy: Type.Array(Link, {
    description: "People linked by CLAIMED, each with that relationship's provenance",
  }),
  event: Nullable(EventLink, { description: 'The event it was made at (MADE_AT), if known' }),
  reportedIn: Type.Array(ArticleLink, { description: 'Articles reporting it (REPORTED_IN)' }),
  asserts: Type.Array(Link, { description: 'Assertions it asserts (ASSERTS)' }),
  date: Nullable(Type.String({ format: 'date' }), {
    description: "Orders claims: the event's date, else the first article's publication date",
  }),
});
export type ClaimSummary = Static<typeof ClaimSummary>;

/** A claim with the ABOUT link that brought it into a list. */
export const ClaimWithAbout = Type.Intersect([ClaimSummary, Type.Object({ about: Link })]);
export type ClaimWithAbout = Static<typeof ClaimWithAbout>;

/** `{type, direction, count}` for each relationship type touching a node. */
export const DegreeEntry = Type.Object({
  type: Type.String(),
  direction: StringEnum(['out', 'in'] as const, {
    description: '`out`: the node is the start of the relationship; `in`: the end',
  }),
  count: Type.Integer(),
});
export type DegreeEntry = Static<typeof DegreeEntry>;
