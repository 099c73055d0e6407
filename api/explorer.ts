/**
 * The graph-exploration endpoints the canvas and details panel use, request and response:
 * search, article text, neighbours, shortest paths, the co-speaker network, the timeline and the
 * first view (node details: node-details.ts). The query schemas carry every limit and default:
 * the server parses requests with them and the OpenAPI document shows them.
 */
import { Type, type Static } from '@sinclair/typebox';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/graph-document';
import { EdgeData, Elements, IsoDate, NodeRef, NullableDate } from './graph';
import { CommaList, Nullable, StringEnum, withDefault, type Parsed } from './schema-kit';
import { NodeId, NodeIdPath, dateRangeParams } from './params';

const nstr = () => Nullable(Type.String());
const int = (minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, description });

// ---------------------------------------------------------------------------------------------
// GET /api/search?q=&limit=&labels=
// ---------------------------------------------------------------------------------------------

/** Labels the full-text index `entity_names` covers, the allowed values of `labels`. */
export const SEARCH_LABELS = [
  'Person',
  'Organization',
  'Event',
  'Place',
  'Topic',
  'Assertion',
  'Article',
] as const;

export const SearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 200,
    pattern: '\\S',
    description:
      'What to look for, e.g. "Ingrida Betancur". Typo tolerant (Lucene fuzzy and prefix)',
  }),
  limit: withDefault(int(1, 50, 'Most hits'), 10),
  labels: CommaList(SEARCH_LABELS, 'label', 'Only these labels; default all of them'),
});
export type SearchParams = Parsed<typeof SearchQuery>;

export const SearchHit = Type.Object({
  id: Type.String(),
  label: Type.String(),
  name: Type.String(),
  matchedAlias: Nullable(Type.String(), {
    description: 'The alias that matched best, when the hit came through an alias',
  }),
  score: Type.Number({ description: 'Lucene score; hits are sorted by it, descending' }),
  context: Type.String({
    description:
      'One short line for the result list (titles, "date · city", kind, country, …); empty when nothing useful',
  }),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResponse = Type.Object({
  q: Type.String({ description: 'The trimmed query as the server understood it' }),
  hits: Type.Array(SearchHit),
});
export type SearchResponse = Static<typeof SearchResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/search/text?q=&limit=: full-text search over claims' quotes and articles' text
// ---------------------------------------------------------------------------------------------

export const TextSearchQuery = Type.Object({
  q: SearchQuery.properties.q,
  limit: withDefault(int(1, 30, 'Most claims; articles are at most half as many'), 8),
});
export type TextSearchParams = Parsed<typeof TextSearchQuery>;

/** Text with the words that matched, as `[start, end)` spans (UTF-16) to mark. */
export const Snippet = Type.Object({
  text: Type.String(),
  marks: Type.Array(Type.Array(Type.Integer(), { minItems: 2, maxItems: 2 }), {
    description: 'Spans of text that matched a query word (exactly, as a prefix or fuzzily)',
  }),
});
export type Snippet = Static<typeof Snippet>;

const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const ClaimHit = Type.Object({
  id: Type.String(),
  /** The quote when it matched (else the claim's text), cut around the first match. */
  snippet: Snippet,
  score: Type.Number(),
  speaker: Nullable(Ref, { description: 'Who claimed it' }),
  event: Nullable(Type.Object({ id: Type.String(), name: Type.String(), date: NullableDate }), {
    description: 'Where it was claimed',
  }),
  article: Nullable(Ref, { description: 'The article that reports it (name: its title)' }),
});
export type ClaimHit = Static<typeof ClaimHit>;

export const ArticleHit = Type.Object({
  id: Type.String(),
  title: Type.String(),
  published: NullableDate,
  site: Nullable(Type.String()),
  snippet: Snippet,
  score: Type.Number(),
});
export type ArticleHit = Static<typeof ArticleHit>;

export const TextSearchResponse = Type.Object({
  q: Type.String({ description: 'The trimmed query as the server understood it' }),
  claims: Type.Array(ClaimHit),
  articles: Type.Array(ArticleHit),
});
export type TextSearchResponse = Static<typeof TextSearchResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/articles/:id: the text to highlight evidence in
// ---------------------------------------------------------------------------------------------

export const ArticleParams = NodeIdPath('Article id');

export const ArticleResponse = Type.Object({
  id: Type.String(),
  title: Type.String(),
  published: NullableDate,
  dateline: Nullable(Type.String(), {
    description: 'e.g. "WASHINGTON, Dec. 4, 2017 /PRNewswire-USNewswire/", when there is one',
  }),
  text: Type.String({
    description: 'Full text. Highlight text.slice(evidenceStart, evidenceEnd) (UTF-16)',
  }),
  spans: Type.Array(
    Type.Object({
      start: Type.Integer(),
      end: Type.Integer(),
      relationship: Type.String({ description: 'Relationship id the span is evidence for' }),
      type: Type.String(),
      from: NodeRef,
      to: NodeRef,
    }),
    { description: 'Every evidence span sourced from this article, by start offset' },
  ),
});
export type ArticleResponse = Static<typeof ArticleResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/nodes/:id/neighbors?types=&labels=&direction=&limit=&offset=
// ---------------------------------------------------------------------------------------------

export const NeighborsPath = NodeIdPath('Model id of the centre node');

export const NeighborsQuery = Type.Object({
  types: CommaList(RELATIONSHIP_TYPES, 'relationship type', 'Only these relationship types'),
  labels: CommaList(NODE_LABELS, 'label', 'Only neighbours with these labels'),
  direction: withDefault(
    StringEnum(['both', 'out', 'in'] as const, {
      description: 'Relationship direction seen from the centre',
    }),
    'both',
  ),
  limit: withDefault(int(1, 500, 'Relationships in this page'), 50),
  offset: withDefault(int(0, 100_000, 'Page start: offset += returned'), 0),
});
export type NeighborsParams = Parsed<typeof NeighborsQuery>;

export const NeighborGroup = Type.Object({
  type: Type.String(),
  direction: StringEnum(['out', 'in'] as const),
  label: Type.String({ description: 'Label of the nodes at the other end' }),
  total: Type.Integer({ description: 'Relationships of this group, ignoring the filters' }),
  returned: Type.Integer({ description: 'How many of them this response contains' }),
  more: Type.Integer({
    description: 'total − returned: expand with types=<type>&labels=<label>&direction=<direction>',
  }),
});
export type NeighborGroup = Static<typeof NeighborGroup>;

export const NeighborsResponse = Type.Object({
  id: Type.String({ description: "The centre node's id" }),
  elements: { ...Elements, description: 'The centre, one page of neighbours and their links' },
  total: Type.Integer({ description: 'Relationships matching the filters, all pages' }),
  returned: Type.Integer({ description: 'Relationships in this page' }),
  offset: Type.Integer(),
  limit: Type.Integer(),
  more: Type.Integer({ description: 'total − offset − returned (≥ 0)' }),
  groups: Type.Array(NeighborGroup, {
    description: 'Every (type, direction, label) touching the node, with totals',
  }),
});
export type NeighborsResponse = Static<typeof NeighborsResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/paths?from=&to=&max=&limit=&includeArticles=
// ---------------------------------------------------------------------------------------------

export const PathsQuery = Type.Object({
  from: NodeId('Start node id'),
  to: NodeId('End node id (the same as from: the empty path)'),
  max: withDefault(int(1, 10, 'Longest path, in relationships'), 6),
  limit: withDefault(int(1, 50, 'Most paths'), 10),
  includeArticles: withDefault(
    Type.Boolean({
      description:
        'Allow hops through Article nodes (MENTIONS, REPORTED_IN); off by default, because every two people in one article would be trivially linked',
    }),
    false,
  ),
  types: CommaList(
    RELATIONSHIP_TYPES,
    'relationship type',
    'Only paths whose every relationship has one of these types (includeArticles is then ignored)',
  ),
});
export type PathsParams = Parsed<typeof PathsQuery>;

export const PathNodeStep = Type.Object({
  kind: StringEnum(['node'] as const),
  id: Type.String(),
  name: Type.String(),
  label: Type.String(),
});
export type PathNodeStep = Static<typeof PathNodeStep>;

export const PathRelationshipStep = Type.Object({
  kind: StringEnum(['relationship'] as const),
  id: Type.String({ description: 'Relationship id (also the edge id in elements)' }),
  type: Type.String(),
  verb: Type.String({ description: 'Lower-case words for the type: "spoke at", "claimed", …' }),
  role: nstr(),
  direction: StringEnum(['forward', 'backward'] as const, {
    description:
      'forward: from the previous node to the next one in the list; backward: from the next to the previous',
  }),
});
export type PathRelationshipStep = Static<typeof PathRelationshipStep>;

export const PathInWords = Type.Object({
  steps: Type.Array(Type.Union([PathNodeStep, PathRelationshipStep]), {
    description: 'Alternating node, relationship, node, …; starts at from, ends at to',
  }),
  length: Type.Integer({ description: 'Number of relationships' }),
  text: Type.String({ description: '"Rama Yade — spoke at — Side event … — Tahar Boumedra"' }),
});
export type PathInWords = Static<typeof PathInWords>;

export const PathsResponse = Type.Object({
  from: NodeRef,
  to: NodeRef,
  max: Type.Integer(),
  includeArticles: Type.Boolean(),
  length: Nullable(Type.Integer(), { description: 'Shortest length; null when none within max' }),
  paths: Type.Array(PathInWords, { description: 'All shortest paths, at most limit' }),
  truncated: Type.Boolean({ description: 'More shortest paths existed than limit' }),
  elements: Elements,
});
export type PathsResponse = Static<typeof PathsResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/network/co-speakers?from=&to=&person=&minShared=
// ---------------------------------------------------------------------------------------------

export const CoSpeakersQuery = Type.Object({
  ...dateRangeParams('events'),
  minShared: withDefault(int(1, 100, 'Fewest shared events for an edge'), 1),
  person: Type.Optional(NodeId("A Person id: only that person's co-speakers")),
});
export type CoSpeakersParams = Parsed<typeof CoSpeakersQuery>;

/** Edge data of the derived co-speaker network. */
export const CoSpeakerEdgeData = Type.Composite([
  EdgeData,
  Type.Object({
    id: Type.String({ description: 'co:<smaller person id>|<larger person id>' }),
    type: StringEnum(['SPOKE_ALONGSIDE'] as const),
    weight: Type.Integer({ description: 'Number of shared events' }),
    events: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), date: NullableDate, city: nstr() }),
    ),
    derived: Type.Literal(true),
  }),
]);
export type CoSpeakerEdgeData = EdgeData & Static<typeof CoSpeakerEdgeData>;

export const CoSpeakersResponse = Type.Object({
  from: NullableDate,
  to: NullableDate,
  person: nstr(),
  minShared: Type.Integer(),
  elements: {
    ...Elements,
    description:
      'Person nodes (with eventCount) and SPOKE_ALONGSIDE edges (weight, events); people without a co-speaker in the range are left out, except person itself',
  },
  truncated: Type.Boolean({ description: 'More than 5000 edges qualified: the strongest kept' }),
});
export type CoSpeakersResponse = Static<typeof CoSpeakersResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/timeline?from=&to=
// ---------------------------------------------------------------------------------------------

export const TimelineQuery = Type.Object(dateRangeParams('events and articles'));
export type TimelineParams = Parsed<typeof TimelineQuery>;

export const TimelineEvent = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: nstr(),
  date: IsoDate,
  city: nstr(),
  venue: nstr(),
  speakers: Type.Integer({ description: 'Number of SPOKE_AT relationships' }),
});
export type TimelineEvent = Static<typeof TimelineEvent>;

export const TimelineArticle = Type.Object({
  id: Type.String(),
  title: Type.String(),
  published: IsoDate,
  events: Type.Array(Type.String(), { description: 'Ids of the events it reports' }),
});
export type TimelineArticle = Static<typeof TimelineArticle>;

export const DateRange = Type.Object({ min: NullableDate, max: NullableDate });
export type DateRange = Static<typeof DateRange>;

export const TimelineResponse = Type.Object({
  events: Type.Array(TimelineEvent, { description: 'Dated events, by date then id' }),
  articles: Type.Array(TimelineArticle, { description: 'Dated articles, by date then id' }),
  undated: Type.Object(
    { events: Type.Integer(), articles: Type.Integer() },
    { description: 'Counted but not listed' },
  ),
  range: Type.Object({ events: DateRange, articles: DateRange, all: DateRange }),
});
export type TimelineResponse = Static<typeof TimelineResponse>;

// ---------------------------------------------------------------------------------------------
// GET /api/overview?limit=&from=&to=
// ---------------------------------------------------------------------------------------------

export const OverviewQuery = Type.Object({
  limit: withDefault(int(10, 2000, 'Most nodes; events first (by date), then their ends'), 500),
  ...dateRangeParams('events'),
});
export type OverviewParams = Parsed<typeof OverviewQuery>;

/** Events of one period (month or day) and kind, in the summary of a large graph. */
export const OverviewPeriod = Type.Object({
  period: Type.String({ description: "YYYY-MM or YYYY-MM-DD, or 'undated'" }),
  kind: Type.String(),
  events: Type.Integer(),
});
export type OverviewPeriod = Static<typeof OverviewPeriod>;

export const OverviewSummary = Type.Object(
  {
    by: StringEnum(['month', 'day'] as const),
    from: NullableDate,
    to: NullableDate,
    events: Type.Integer({ description: 'Events in the range' }),
    periods: Type.Array(OverviewPeriod, { description: 'By period, then kind' }),
    busiestEvents: Type.Integer({
      description: 'How many of the events with most speakers are drawn',
    }),
    mostActivePeople: Type.Integer({
      description: 'How many of the people who spoke at most events are drawn',
    }),
  },
  {
    description:
      'Present when the first view would be too large to draw: elements then hold the busiest events (with their places) and the most active people instead',
  },
);
export type OverviewSummary = Static<typeof OverviewSummary>;

export const OverviewResponse = Type.Object({
  elements: {
    ...Elements,
    description:
      'Events, their speakers (SPOKE_AT), organizers (ORGANIZED) and places (HELD_IN); with a summary, the busiest events, their places and the most active people',
  },
  truncated: Type.Boolean({ description: 'limit cut nodes (and the edges to them)' }),
  limit: Type.Integer(),
  large: Type.Boolean({
    description:
      'The whole first view would hold more than 5,000 events and relationships: without a date range, a summary comes instead',
  }),
  summary: Nullable(OverviewSummary),
  graph: Type.Object(
    {
      labels: Type.Array(Type.Object({ label: Type.String(), count: Type.Integer() })),
      relationshipTypes: Type.Array(Type.Object({ type: Type.String(), count: Type.Integer() })),
    },
    { description: 'What the whole graph holds, for filters and the legend' },
  ),
});
export type OverviewResponse = Static<typeof OverviewResponse>;
