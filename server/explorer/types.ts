/**
 * The explorer API contract: request parameters and response JSON of the graph-exploration
 * endpoints (search, node details, article text, neighbours, paths, co-speakers, timeline,
 * overview). Both sides import this file — the server's routes and, by relative path, the
 * client — so it holds types only, with no imports: it must compile in the browser build too.
 * The prose version, with examples and error cases, is docs/explorer-api.md. Not here: the
 * Cypher workbench, saved queries and export (their own modules), and any runtime code.
 *
 * Conventions, everywhere below:
 * - Ids are the model's stable string ids (`person:rama-yade`), never Neo4j internal ids.
 * - Dates are ISO `YYYY-MM-DD` strings (Neo4j DATE converted at the edge); integers are JSON
 *   numbers; a property that is absent on the node is `null` in the typed fields.
 * - A relationship's article id is `article` (never `source`: Cytoscape reserves `source` for
 *   an edge's start node), and every relationship shown carries its `Provenance`.
 * - Claims are never facts: who made them is `claimedBy`, never a bare subject.
 * - Errors are `ApiErrorBody` with the HTTP status of `error.code` (see ErrorCode).
 */

// ---------------------------------------------------------------------------------------------
// Shared shapes
// ---------------------------------------------------------------------------------------------

/** Any JSON value a converted Neo4j property can take. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Labels of the graph model. */
export type NodeLabel =
  'Person' | 'Organization' | 'Event' | 'Claim' | 'Assertion' | 'Article' | 'Place' | 'Topic';

/** Relationship types of the graph model (stored ones; SPOKE_ALONGSIDE is derived). */
export type RelationshipType =
  | 'SPOKE_AT'
  | 'AFFILIATED_WITH'
  | 'ORGANIZED'
  | 'HELD_IN'
  | 'CLAIMED'
  | 'MADE_AT'
  | 'ABOUT'
  | 'ASSERTS'
  | 'REPORTED_IN'
  | 'MENTIONS';

/** Cytoscape node data: every stored property (converted), plus id/label/labels/name. */
export interface ElementNodeData {
  id: string;
  /** The node's model label (most specific); `labels` has all of them. */
  label: string;
  labels: string[];
  /** Display name: `name`, else `title`, else `text` (cut at 120 chars), else the id. */
  name: string;
  [key: string]: Plain;
}

/** Cytoscape edge data: every stored property (converted; `source` property → `article`). */
export interface ElementEdgeData {
  id: string;
  /** Start node id (Cytoscape's meaning). */
  source: string;
  /** End node id. */
  target: string;
  type: string;
  [key: string]: Plain;
}

/** What every graph-shaped answer carries: draw it as it is. */
export interface Elements {
  nodes: { data: ElementNodeData }[];
  edges: { data: ElementEdgeData }[];
}

/** Where a relationship comes from. Fields are `null` when the loader did not record them. */
export interface Provenance {
  /** Article id (the stored `source` property). */
  article: string | null;
  /** That article's title, looked up for display. */
  articleTitle: string | null;
  /** The verbatim sentence or snippet from the article. */
  evidence: string | null;
  /** Character offsets of `evidence` in the article's `text` (end exclusive). */
  evidenceStart: number | null;
  evidenceEnd: number | null;
  /** How it was found: `pattern`, `ner`, `curation`. */
  method: string | null;
  /** 0–1. */
  confidence: number | null;
}

/** A node mentioned inside another answer. */
export interface NodeRef {
  id: string;
  label: string;
  name: string;
}

/** An event mentioned inside another answer. */
export interface EventRef extends NodeRef {
  kind: string | null;
  date: string | null;
  city: string | null;
}

/** An article mentioned inside another answer. */
export interface ArticleRef extends NodeRef {
  title: string;
  published: string | null;
}

/**
 * One relationship as seen from the node being described: the node at the other end, the
 * relationship's id and type, its role (SPOKE_AT, AFFILIATED_WITH, ORGANIZED) and provenance.
 */
export interface Link<T extends NodeRef = NodeRef> {
  node: T;
  /** The relationship's stable id. */
  relationship: string;
  type: string;
  role: string | null;
  provenance: Provenance;
}

/** A claim, with who made it, where and according to which article. Never a fact. */
export interface ClaimSummary {
  id: string;
  /** Short label of the claim (the reporting sentence, cut). */
  text: string;
  /** Verbatim quote from the article. */
  quote: string | null;
  topics: string[];
  /** People linked by CLAIMED, each with that relationship's provenance. */
  claimedBy: Link[];
  /** The event it was made at (MADE_AT), if known. */
  event: Link<EventRef> | null;
  /** Articles reporting it (REPORTED_IN). */
  reportedIn: Link<ArticleRef>[];
  /** Assertions it asserts (ASSERTS). */
  asserts: Link[];
  /** Date used to order claims: the event's date, else the first article's publication date. */
  date: string | null;
}

/** `{type, direction, count}` for each relationship type touching a node. */
export interface DegreeEntry {
  type: string;
  /** `out`: the node is the start of the relationship; `in`: the end. */
  direction: 'out' | 'in';
  count: number;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export type ErrorCode =
  | 'invalid_argument' // 400
  | 'unauthorized' // 401
  | 'read_only' // 403
  | 'not_found' // 404
  | 'method_not_allowed' // 405 (with Allow)
  | 'conflict' // 409
  | 'payload_too_large' // 413
  | 'rate_limited' // 429
  | 'internal' // 500
  | 'unavailable' // 503 (with Retry-After)
  | 'timeout'; // 504

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    /** Names the operation, quotes the bad value, says how to fix it. */
    message: string;
    /**
     * For explorer 400s: `{parameter, value, allowed?: string[], min?, max?, maxLength?}`.
     * For explorer 404s: `{id}`.
     */
    details?: Record<string, unknown>;
  };
}

// ---------------------------------------------------------------------------------------------
// GET /api/search?q=&limit=&labels=
// ---------------------------------------------------------------------------------------------

/** Query string of GET /api/search. */
export interface SearchParams {
  /** Required, 1–200 characters after trimming. Typo tolerant (Lucene fuzzy + prefix). */
  q: string;
  /** 1–50, default 10. */
  limit?: number;
  /** Comma-separated subset of SEARCH_LABELS; default all of them. */
  labels?: string;
}

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

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  /** The alias that matched best, when the hit came through an alias rather than the name. */
  matchedAlias: string | null;
  /** Lucene score (higher is better); hits are sorted by it, descending. */
  score: number;
  /**
   * One short line for the result list: Person → first titles; Event → "date · city";
   * Organization → kind or aliases; Article → publication date; Place → country;
   * Topic/Assertion → number of claims. Empty string when nothing useful.
   */
  context: string;
}

export interface SearchResponse {
  /** The trimmed query as the server understood it. */
  q: string;
  hits: SearchHit[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/nodes/:id
// ---------------------------------------------------------------------------------------------

export interface PersonDetails {
  label: 'Person';
  name: string;
  aliases: string[];
  titles: string[];
  /** AFFILIATED_WITH → Organization, role = the stated role. */
  affiliations: Link[];
  /** SPOKE_AT → Event, by event date ascending, role = speaker, moderator, … */
  events: Link<EventRef>[];
  /** Derived: people who SPOKE_AT the same events, most shared first. */
  coSpeakers: { person: NodeRef; sharedEvents: number; events: EventRef[] }[];
  /** What this person claimed (CLAIMED), by date ascending. */
  claims: ClaimSummary[];
  /** Articles that mention this person (MENTIONS, incoming). */
  mentionedIn: Link<ArticleRef>[];
}

export interface EventDetails {
  label: 'Event';
  name: string;
  kind: string | null;
  date: string | null;
  city: string | null;
  venue: string | null;
  /** HELD_IN → Place. */
  places: Link[];
  /** ORGANIZED ← Organization, role = organizer, co-sponsor, host, invited by. */
  organizers: Link[];
  /** SPOKE_AT ← Person, role = speaker, moderator, … */
  speakers: Link[];
  /** Claims MADE_AT this event. */
  claims: ClaimSummary[];
  /** REPORTED_IN → Article. */
  reportedIn: Link<ArticleRef>[];
}

export interface AssertionDetails {
  label: 'Assertion';
  text: string;
  /** Every claim asserting it (ASSERTS, incoming), by date ascending (undated last). */
  claims: ClaimSummary[];
  /** The earliest dated claim: who said it first, where, according to which article. */
  first: ClaimSummary | null;
  /** Distinct claimants, in order of their first claim. */
  claimedBy: NodeRef[];
}

export interface OrganizationDetails {
  label: 'Organization';
  name: string;
  aliases: string[];
  kind: string | null;
  /** AFFILIATED_WITH ← Person. */
  members: Link[];
  /** ORGANIZED → Event, by event date, role = organizer, co-sponsor, … */
  events: Link<EventRef>[];
  /** Claims ABOUT this organization; each entry's `about` is that ABOUT link. */
  claimsAbout: (ClaimSummary & { about: Link })[];
  /** MENTIONS ← Article. */
  mentionedIn: Link<ArticleRef>[];
}

export interface ArticleDetails {
  label: 'Article';
  title: string;
  published: string | null;
  /** Full text; evidence offsets of every relationship sourced here index into it. */
  text: string;
  /** Events REPORTED_IN this article. */
  events: Link<EventRef>[];
  /** Claims REPORTED_IN this article, in text order (by evidenceStart). */
  claims: ClaimSummary[];
  /** MENTIONS → Person | Organization. */
  mentions: Link[];
}

export interface ClaimDetails {
  label: 'Claim';
  claim: ClaimSummary;
  /** ABOUT → Topic | Person | Organization. */
  about: Link[];
  /**
   * Every piece of evidence for this claim, one per relationship touching it (CLAIMED,
   * MADE_AT, REPORTED_IN, ABOUT, ASSERTS), deduplicated by article + offsets.
   */
  evidence: Provenance[];
}

export interface PlaceDetails {
  label: 'Place';
  name: string;
  country: string | null;
  /** HELD_IN ← Event, by date. */
  events: Link<EventRef>[];
}

export interface TopicDetails {
  label: 'Topic';
  name: string;
  /** Claims ABOUT this topic, by date; `about` is the ABOUT link. */
  claims: (ClaimSummary & { about: Link })[];
}

/** For nodes outside the model (no label-specific section). */
export interface OtherDetails {
  label: 'Other';
}

export type NodeDetails =
  | PersonDetails
  | EventDetails
  | AssertionDetails
  | OrganizationDetails
  | ArticleDetails
  | ClaimDetails
  | PlaceDetails
  | TopicDetails
  | OtherDetails;

export interface NodeResponse {
  /** All stored properties, converted (Article includes its full `text`). */
  node: ElementNodeData;
  /** Relationship counts by type and direction, largest first. */
  degree: DegreeEntry[];
  /** Sum of `degree` counts. */
  degreeTotal: number;
  details: NodeDetails;
  /**
   * True when the node has more than 2000 relationships: the details lists then hold only part
   * of them (`degree` stays exact); page through the rest with the neighbours endpoint.
   */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// GET /api/articles/:id — the text to highlight evidence in
// ---------------------------------------------------------------------------------------------

export interface ArticleResponse {
  id: string;
  title: string;
  published: string | null;
  /** e.g. "WASHINGTON, Dec. 4, 2017 /PRNewswire-USNewswire/", when the article had one. */
  dateline: string | null;
  /** Full text. Highlight `text.slice(evidenceStart, evidenceEnd)` (UTF-16 code units). */
  text: string;
  /** Every evidence span sourced from this article, by start offset, for highlighting. */
  spans: {
    start: number;
    end: number;
    /** Relationship id and type the span is evidence for. */
    relationship: string;
    type: string;
    /** The two nodes of that relationship (start → end). */
    from: NodeRef;
    to: NodeRef;
  }[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/nodes/:id/neighbors?types=&labels=&direction=&limit=&offset=
// ---------------------------------------------------------------------------------------------

export interface NeighborsParams {
  /** Comma-separated relationship types (RelationshipType); default all. */
  types?: string;
  /** Comma-separated labels of the neighbour (NodeLabel); default all. */
  labels?: string;
  /** `out`, `in` or `both` (default). */
  direction?: 'out' | 'in' | 'both';
  /** 1–500, default 50. */
  limit?: number;
  /** ≥ 0, default 0: page through with offset += returned. */
  offset?: number;
}

export interface NeighborGroup {
  type: string;
  direction: 'out' | 'in';
  /** Label of the nodes at the other end. */
  label: string;
  /** Relationships of this group touching the node, ignoring the request's filters. */
  total: number;
  /** How many of them this response contains. */
  returned: number;
  /** total − returned: expand with `types=<type>&labels=<label>&direction=<direction>`. */
  more: number;
}

export interface NeighborsResponse {
  /** The centre node's id. */
  id: string;
  /**
   * The centre node, one page of neighbours and the relationships linking them to the centre.
   * Order (for paging): type, direction, neighbour label, neighbour name, relationship id.
   */
  elements: Elements;
  /** Relationships matching the filters, all pages. */
  total: number;
  /** Relationships in this page. */
  returned: number;
  offset: number;
  limit: number;
  /** Relationships matching the filters after this page: total − offset − returned (≥ 0). */
  more: number;
  /** Every (type, direction, label) touching the node, with totals for "N more". */
  groups: NeighborGroup[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/paths?from=&to=&max=&limit=&includeArticles=
// ---------------------------------------------------------------------------------------------

export interface PathsParams {
  from: string;
  /** The same node as `from`: one path of length 0 (just that node). */
  to: string;
  /** Maximum path length in relationships, 1–10, default 6. */
  max?: number;
  /** Maximum number of paths returned, 1–50, default 10. */
  limit?: number;
  /**
   * `true` to allow hops through Article nodes and MENTIONS/REPORTED_IN relationships;
   * default `false`, because every two people in one article would be trivially linked.
   */
  includeArticles?: 'true' | 'false';
}

export interface PathNodeStep {
  kind: 'node';
  id: string;
  name: string;
  label: string;
}

export interface PathRelationshipStep {
  kind: 'relationship';
  /** Relationship id (also the edge id in `elements`). */
  id: string;
  type: string;
  /** Lower-case words for the type: "spoke at", "organized", "claimed", … */
  verb: string;
  role: string | null;
  /**
   * `forward`: the relationship points from the previous node to the next one in the list;
   * `backward`: from the next to the previous (e.g. Event ← SPOKE_AT ← Person).
   */
  direction: 'forward' | 'backward';
}

export interface PathInWords {
  /** Alternating node, relationship, node, …, node; starts at `from`, ends at `to`. */
  steps: (PathNodeStep | PathRelationshipStep)[];
  /** Number of relationships. */
  length: number;
  /** "Rama Yade — spoke at — Side event … — spoke at — Tahar Boumedra". */
  text: string;
}

export interface PathsResponse {
  from: NodeRef;
  to: NodeRef;
  max: number;
  includeArticles: boolean;
  /** Shortest length found, `null` when no path within `max`. */
  length: number | null;
  /** All shortest paths (same length), at most `limit`. Empty when none. */
  paths: PathInWords[];
  /** True when more shortest paths existed than `limit`. */
  truncated: boolean;
  /** Every node and relationship of the returned paths. */
  elements: Elements;
}

// ---------------------------------------------------------------------------------------------
// GET /api/network/co-speakers?from=&to=&person=&minShared=
// ---------------------------------------------------------------------------------------------

export interface CoSpeakersParams {
  /** ISO date `YYYY-MM-DD`: only events on or after it. */
  from?: string;
  /** ISO date `YYYY-MM-DD`: only events on or before it. */
  to?: string;
  /** A Person id: only that person and their co-speakers (and the edges among them). */
  person?: string;
  /** Minimum shared events for an edge, 1–100, default 1. */
  minShared?: number;
}

/** Edge data of the derived co-speaker network. */
export interface CoSpeakerEdgeData extends ElementEdgeData {
  /** `co:<smaller person id>|<larger person id>` (ids compared as strings). */
  id: string;
  type: 'SPOKE_ALONGSIDE';
  /** Number of shared events. */
  weight: number;
  /** The shared events, by date. */
  events: { id: string; name: string; date: string | null; city: string | null }[];
  derived: true;
}

export interface CoSpeakersResponse {
  from: string | null;
  to: string | null;
  person: string | null;
  minShared: number;
  /**
   * Person nodes (full data plus `eventCount`: events spoken at within the range) and
   * SPOKE_ALONGSIDE edges (CoSpeakerEdgeData). People without any co-speaker in the range are
   * left out, except `person` itself.
   */
  elements: Elements;
  /** True when more than 5000 edges qualified: the strongest 5000 are kept. */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// GET /api/timeline?from=&to=
// ---------------------------------------------------------------------------------------------

export interface TimelineParams {
  /** ISO date: only events/articles on or after it. */
  from?: string;
  /** ISO date: only events/articles on or before it. */
  to?: string;
}

export interface TimelineEvent {
  id: string;
  name: string;
  kind: string | null;
  date: string;
  city: string | null;
  venue: string | null;
  /** Number of SPOKE_AT relationships. */
  speakers: number;
}

export interface TimelineArticle {
  id: string;
  title: string;
  published: string;
  /** Ids of the events the article reports (REPORTED_IN). */
  events: string[];
}

export interface DateRange {
  min: string | null;
  max: string | null;
}

export interface TimelineResponse {
  /** Events with a date, ascending by date then id. */
  events: TimelineEvent[];
  /** Articles with a publication date, ascending by date then id. */
  articles: TimelineArticle[];
  /** Counted but not listed: events without a date, articles without `published`. */
  undated: { events: number; articles: number };
  /** Over the listed items. `all` spans both. */
  range: { events: DateRange; articles: DateRange; all: DateRange };
}

// ---------------------------------------------------------------------------------------------
// GET /api/overview?limit=
// ---------------------------------------------------------------------------------------------

export interface OverviewParams {
  /** Maximum nodes, 10–2000, default 500. Events come first (by date), then their ends. */
  limit?: number;
}

export interface OverviewResponse {
  /** Events, their speakers (SPOKE_AT), organizers (ORGANIZED) and places (HELD_IN). */
  elements: Elements;
  /** True when `limit` cut nodes (edges to cut nodes are dropped too). */
  truncated: boolean;
  limit: number;
  /** What the whole graph holds, for filters and the legend (model labels and types only). */
  graph: {
    labels: { label: string; count: number }[];
    relationshipTypes: { type: string; count: number }[];
  };
}
