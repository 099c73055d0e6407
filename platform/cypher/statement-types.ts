/**
 * Generated from the headers of the .cypher files under cypher/ by `npm run build:cypher-types`:
 * do not edit.
 * Each statement's name, its parameters' types and its rows' columns, so that a wrong statement
 * name, parameter or column read fails to compile (platform/cypher/loader.ts,
 * platform/neo4j/db.ts).
 */
import type { Date, Integer, Node, Path, Relationship } from 'neo4j-driver';

export interface StatementParams {
  'article-contents': {
    /** the article's id */
    articleId?: string;
  };
  'assertion-echoes': {
    /** the assertion's id */
    assertionId?: string;
  };
  'bridges-between-groups': {
    /** the first group: speakers of this event */
    eventA?: string;
    /** the second group: speakers of this event */
    eventB?: string;
    /** longest path considered */
    maxHops?: number | Integer;
  };
  'co-speakers': {
    /** the person's id (e.g. person:rama-yade) */
    personId?: string;
  };
  'correction-article': {
    /** the article's id */
    id: string;
  };
  'correction-create-node': {
    /** the node's id */
    id: string;
    /** all its properties (including id) */
    properties: Readonly<Record<string, unknown>>;
  };
  'correction-create-rel': {
    /** id of the start node */
    from: string;
    /** id of the end node */
    to: string;
    /** all its properties (including id) */
    properties: Readonly<Record<string, unknown>>;
  };
  'correction-delete-node': {
    /** the node's id */
    id: string;
  };
  'correction-delete-rel': {
    /** the relationship's id */
    id: string;
  };
  'correction-node-state': {
    /** the node's id */
    id: string;
  };
  'correction-rel-state': {
    /** the relationship's id */
    id: string;
  };
  'correction-set-node': {
    /** the node's id */
    id: string;
    /** the node's new properties */
    properties: Readonly<Record<string, unknown>>;
  };
  'correction-set-rel': {
    /** the relationship's id */
    id: string;
    /** the relationship's new properties */
    properties: Readonly<Record<string, unknown>>;
  };
  'corrections-create': {
    /** the correction's id */
    id: string;
    /** reject, confirm, set-role, rename, add-alias, merge, add-speaker, add-claim */
    action: string;
    /** the ids it touches */
    targets: readonly unknown[];
    /** the request, as JSON */
    payload: string;
    /** who made it */
    author: string;
    /** ISO date-time */
    createdAt: string;
    /** whether it is in effect */
    applied: boolean;
    /** whether its target was missing */
    orphaned: boolean;
    /** what it replaced, as typed JSON (null when not applied) */
    before?: string | null;
  };
  'corrections-delete': {
    /** the correction's id */
    id: string;
  };
  'corrections-list': Record<string, never>;
  'corrections-mark-unapplied': Record<string, never>;
  'corrections-merge-queue': Record<string, never>;
  'corrections-review-queue': {
    /** most items returned */
    limit?: number | Integer;
  };
  'corrections-touched': {
    /** node ids */
    nodes: readonly unknown[];
    /** relationship ids */
    rels: readonly unknown[];
  };
  'corrections-update-state': {
    /** the correction's id */
    id: string;
    /** in effect now */
    applied: boolean;
    /** target missing at the last replay */
    orphaned: boolean;
    /** what it replaced, as typed JSON, or null */
    before: string;
  };
  'explorer-article-spans': {
    /** the Article id */
    id: string;
    /** most spans returned */
    limit?: number | Integer;
  };
  'explorer-co-speaker-circle': {
    /** element id of the Person */
    eid: string;
    /** ISO date, events on or after it */
    from?: string | null;
    /** ISO date, events on or before it */
    to?: string | null;
    /** fewest shared events */
    minShared?: number | Integer;
  };
  'explorer-co-speaker-network': {
    /** ISO date, events on or after it */
    from?: string | null;
    /** ISO date, events on or before it */
    to?: string | null;
    /** fewest shared events for a pair */
    minShared?: number | Integer;
    /** only pairs of these people (null: everyone) */
    ids?: readonly unknown[] | null;
    /** most pairs returned */
    limit?: number | Integer;
  };
  'explorer-co-speakers-of': {
    /** element id of the Person */
    eid: string;
  };
  'explorer-degree': {
    /** element id of the node (found by explorer-node-by-id) */
    eid: string;
  };
  'explorer-graph-counts': Record<string, never>;
  'explorer-links': {
    /** element ids of the nodes to describe */
    eids: readonly unknown[];
    /** relationship types to keep; empty keeps all */
    types?: readonly unknown[];
    /** most rows returned (the caller asks one more to detect a cut) */
    limit?: number | Integer;
  };
  'explorer-neighbor-groups': {
    /** element id of the node */
    eid: string;
    /** model labels, most specific first */
    modelLabels: readonly unknown[];
  };
  'explorer-neighbors': {
    /** element id of the centre node */
    eid: string;
    /** relationship types to keep; empty keeps all */
    types?: readonly unknown[];
    /** labels of the neighbour to keep; empty keeps all */
    labels?: readonly unknown[];
    /** out, in or both */
    direction?: string;
    /** model labels, most specific first (to name a neighbour's label) */
    modelLabels: readonly unknown[];
    /** first relationship of the page */
    offset?: number | Integer;
    /** relationships in the page */
    limit?: number | Integer;
  };
  'explorer-node-by-id': {
    /** the node's model id, e.g. person:rama-yade */
    id: string;
  };
  'explorer-node-outside-model': {
    /** the node's id property, or neo4j-element: followed by its element id */
    id: string;
    /** the element id when `id` has the neo4j-element: form, else '' */
    elementId: string;
  };
  'explorer-overview': {
    /** the caller's node cap */
    limit?: number | Integer;
    /** ISO date, events on or after it */
    from?: string | null;
    /** ISO date, events on or before it */
    to?: string | null;
  };
  'explorer-overview-busiest': {
    /** busiest events returned */
    events?: number | Integer;
    /** most active people returned */
    people?: number | Integer;
    /** ISO date, events on or after it */
    from?: string | null;
    /** ISO date, events on or before it */
    to?: string | null;
  };
  'explorer-overview-periods': {
    /** characters of the date that name the period (7: month, 10: day) */
    width?: number | Integer;
    /** ISO date, events on or after it */
    from?: string | null;
    /** ISO date, events on or before it */
    to?: string | null;
  };
  'explorer-paths': {
    /** element id of the start node */
    fromEid: string;
    /** element id of the end node */
    toEid: string;
    /** most paths returned */
    fetch?: number | Integer;
  };
  'explorer-paths-by-type': {
    /** element id of the start node */
    fromEid: string;
    /** element id of the end node */
    toEid: string;
    /** relationship types a path may use */
    types: readonly unknown[];
    /** most paths returned */
    fetch?: number | Integer;
  };
  'explorer-paths-without-articles': {
    /** element id of the start node */
    fromEid: string;
    /** element id of the end node */
    toEid: string;
    /** most paths returned */
    fetch?: number | Integer;
  };
  'explorer-search': {
    /** Lucene query (built and escaped by server/explorer/lucene.ts) */
    query: string;
    /** the query's words, lower-cased (for Assertion text) */
    words: readonly unknown[];
    /** labels to keep */
    labels: readonly unknown[];
    /** hits read from the index before filtering by label */
    candidates?: number | Integer;
    /** hits returned */
    limit?: number | Integer;
  };
  'explorer-search-articles': {
    /** Lucene query (built and escaped by server/explorer/lucene.ts) */
    query: string;
    /** articles returned */
    limit?: number | Integer;
  };
  'explorer-search-claims': {
    /** Lucene query (built and escaped by server/explorer/lucene.ts) */
    query: string;
    /** claims returned */
    limit?: number | Integer;
  };
  'explorer-speaker-event-counts': {
    /** Person ids */
    ids: readonly unknown[];
    /** ISO date, events on or after it */
    from?: string | null;
    /** ISO date, events on or before it */
    to?: string | null;
  };
  'explorer-timeline-articles': {
    /** ISO date, dated articles on or after it */
    from?: string | null;
    /** ISO date, dated articles on or before it */
    to?: string | null;
  };
  'explorer-timeline-events': {
    /** ISO date, dated events on or after it */
    from?: string | null;
    /** ISO date, dated events on or before it */
    to?: string | null;
  };
  'export-expand': {
    /** Element ids of the seed nodes */
    eids: readonly unknown[];
    /** Depth, 0 to 3 */
    hops?: number | Integer;
  };
  'export-node-elements': {
    /** Model ids (e.g. "person:rama-yade") */
    ids: readonly unknown[];
  };
  'export-node-schema': {
    /** Element ids of the exported nodes */
    eids: readonly unknown[];
  };
  'export-nodes': {
    /** Element ids */
    eids: readonly unknown[];
  };
  'export-rel-elements': {
    /** Element ids of the exported nodes */
    eids: readonly unknown[];
    /** Relationship ids, as the canvas has them */
    ids: readonly unknown[];
  };
  'export-rel-schema': {
    /** Element ids of the exported relationships */
    reids: readonly unknown[];
  };
  'export-rel-schema-among': {
    /** Element ids of the exported nodes */
    eids: readonly unknown[];
  };
  'export-rels': {
    /** Element ids of relationships */
    reids: readonly unknown[];
  };
  'export-rels-among': {
    /** Element ids of the exported nodes */
    eids: readonly unknown[];
  };
  'multi-city-speakers': {
    /** how many different places at least */
    minPlaces?: number | Integer;
  };
  'organization-events': {
    /** the organization's id */
    organizationId?: string;
  };
  'organizers-sharing-speakers': {
    /** how many shared speakers at least */
    minShared?: number | Integer;
  };
  'saved-query-create': {
    /** new id */
    id: string;
    title: string;
    description: string;
    cypher: string;
    /** JSON list of {name, type, default, description} */
    params: string;
    /** tag strings */
    tags: readonly unknown[];
  };
  'saved-query-delete': {
    id: string;
    /** expected version, or null */
    version?: unknown;
  };
  'saved-query-get': {
    /** the saved query's id */
    id: string;
  };
  'saved-query-list': Record<string, never>;
  'saved-query-update': {
    id: string;
    /** the version the client edited */
    version: number | Integer;
    title: string;
    description: string;
    cypher: string;
    /** JSON list of {name, type, default, description} */
    params: string;
    tags: readonly unknown[];
  };
  schema: Record<string, never>;
  'seed-clear-graph': Record<string, never>;
  'seed-count-articles': Record<string, never>;
  'seed-known-articles': {
    /** the candidate article ids */
    ids: readonly unknown[];
  };
  'seed-known-entities': Record<string, never>;
  'seed-merge-nodes': {
    /** [{id, properties}] */
    rows: readonly unknown[];
  };
  'seed-merge-relationships': {
    /** [{id, from, to, properties}] */
    rows: readonly unknown[];
  };
  'seed-taken-ids': {
    /** [{id, text}] the document's articles */
    articles: readonly unknown[];
    /** [{id, source}] the document's events and the article reporting each */
    events: readonly unknown[];
    /** [{id, source}] the document's claims and their source article */
    claims: readonly unknown[];
  };
  'topic-claims': {
    /** the topic's id */
    topicId?: string;
  };
  'workbench-nodes-by-element-id': {
    /** element ids of the missing nodes */
    elementIds?: readonly unknown[];
  };
  'workbench-schema': Record<string, never>;
}

export interface StatementRows {
  'article-contents': Record<string, unknown>;
  'assertion-echoes': Record<string, unknown>;
  'bridges-between-groups': Record<string, unknown>;
  'co-speakers': Record<string, unknown>;
  'correction-article': {
    text: string | null;
    events: string[];
  };
  'correction-create-node': Record<string, unknown>;
  'correction-create-rel': Record<string, unknown>;
  'correction-delete-node': Record<string, unknown>;
  'correction-delete-rel': Record<string, unknown>;
  'correction-node-state': {
    labels: string[];
    properties: Record<string, unknown>;
    relationships: {
      id: string | null;
      type: string;
      out: boolean;
      other: string | null;
      otherLabels: string[];
      properties: Record<string, unknown>;
    }[];
  };
  'correction-rel-state': {
    type: string;
    from: string | null;
    fromLabels: string[];
    to: string | null;
    toLabels: string[];
    properties: Record<string, unknown>;
  };
  'correction-set-node': Record<string, unknown>;
  'correction-set-rel': Record<string, unknown>;
  'corrections-create': {
    n: Node;
  };
  'corrections-delete': Record<string, unknown>;
  'corrections-list': {
    c: Node;
  };
  'corrections-mark-unapplied': Record<string, unknown>;
  'corrections-merge-queue': {
    id: string;
    label: string;
    name: string | null;
    merges: string[];
    version: Integer;
    curation: string | null;
    articles: { id: string; title: string | null; evidence: string | null }[];
  };
  'corrections-review-queue': {
    total: Integer;
    item: Record<string, unknown> | null;
    sourceTitle: string | null;
  };
  'corrections-touched': {
    nodes: Node[];
    rels: Relationship[];
    ends: Node[];
  };
  'corrections-update-state': Record<string, unknown>;
  'explorer-article-spans': {
    start: Integer | null;
    end: Integer | null;
    relationship: string;
    type: string;
    fromNode: Record<string, unknown>;
    fromLabels: string[];
    toNode: Record<string, unknown>;
    toLabels: string[];
  };
  'explorer-co-speaker-circle': {
    person: string;
    others: string[];
  };
  'explorer-co-speaker-network': {
    a: Node;
    b: Node;
    events: Record<string, unknown>[];
  };
  'explorer-co-speakers-of': {
    person: { id: string; name: string | null };
    events: Record<string, unknown>[];
  };
  'explorer-degree': {
    type: string;
    direction: 'out' | 'in';
    count: Integer;
  };
  'explorer-graph-counts': {
    labels: { label: string; count: Integer }[];
    relationshipTypes: { type: string; count: Integer }[];
  };
  'explorer-links': {
    center: string | null;
    type: string;
    out: boolean;
    rel: Record<string, unknown>;
    otherEid: string;
    otherLabels: string[];
    other: Record<string, unknown>;
    articleTitle: string | null;
  };
  'explorer-neighbor-groups': {
    type: string;
    direction: 'out' | 'in';
    label: string;
    total: Integer;
  };
  'explorer-neighbors': {
    n: Node;
    total: Integer;
    page: { r: Relationship; m: Node }[];
  };
  'explorer-node-by-id': {
    n: Node;
    eid: string;
  };
  'explorer-node-outside-model': {
    n: Node;
    eid: string;
  };
  'explorer-overview': {
    e: Node;
    links: [Relationship | null, Node | null][];
  };
  'explorer-overview-busiest': {
    events: Node[];
    people: Node[];
    links: [Relationship, Node, Node][];
  };
  'explorer-overview-periods': {
    period: string;
    kind: string;
    events: Integer;
  };
  'explorer-paths': {
    p: Path;
  };
  'explorer-paths-by-type': {
    p: Path;
  };
  'explorer-paths-without-articles': {
    p: Path;
  };
  'explorer-search': {
    id: string;
    labels: string[];
    name: string;
    aliases: string[] | null;
    score: number;
    context: Record<string, unknown>;
    claims: Integer;
  };
  'explorer-search-articles': {
    id: string;
    title: string | null;
    published: Date | null;
    text: string | null;
    site: string | null;
    score: number;
  };
  'explorer-search-claims': {
    id: string;
    text: string | null;
    quote: string | null;
    score: number;
    speaker: Record<string, unknown> | null;
    event: Record<string, unknown> | null;
    article: Record<string, unknown> | null;
  };
  'explorer-speaker-event-counts': {
    id: string;
    events: Integer;
  };
  'explorer-timeline-articles': Record<string, unknown>;
  'explorer-timeline-events': Record<string, unknown>;
  'export-expand': {
    eid: string;
  };
  'export-node-elements': {
    eid: string;
  };
  'export-node-schema': {
    keyTypes: [string | null, string | null][];
    labels: string[];
  };
  'export-nodes': {
    n: Node;
  };
  'export-rel-elements': {
    reid: string;
  };
  'export-rel-schema': {
    keyTypes: [string | null, string | null][];
    types: string[];
    count: Integer;
  };
  'export-rel-schema-among': {
    keyTypes: [string | null, string | null][];
    types: string[];
    count: Integer;
  };
  'export-rels': {
    r: Relationship;
    startId: string | null;
    startLabels: string[];
    endId: string | null;
    endLabels: string[];
  };
  'export-rels-among': {
    r: Relationship;
    startId: string | null;
    startLabels: string[];
    endId: string | null;
    endLabels: string[];
  };
  'multi-city-speakers': Record<string, unknown>;
  'organization-events': Record<string, unknown>;
  'organizers-sharing-speakers': Record<string, unknown>;
  'saved-query-create': {
    q: Node;
  };
  'saved-query-delete': {
    seen: Integer;
    applied: boolean;
  };
  'saved-query-get': {
    q: Node;
  };
  'saved-query-list': {
    q: Node;
  };
  'saved-query-update': {
    q: Node;
    applied: boolean;
  };
  schema: Record<string, unknown>;
  'seed-clear-graph': Record<string, unknown>;
  'seed-count-articles': Record<string, unknown>;
  'seed-known-articles': {
    id: string;
    text: string;
  };
  'seed-known-entities': {
    id: string;
    label: 'Person' | 'Organization';
    name: string;
    aliases: string[];
  };
  'seed-merge-nodes': Record<string, unknown>;
  'seed-merge-relationships': Record<string, unknown>;
  'seed-taken-ids': {
    id: string;
  };
  'topic-claims': Record<string, unknown>;
  'workbench-nodes-by-element-id': Record<string, unknown>;
  'workbench-schema': {
    labels: string[];
    relationshipTypes: string[];
    propertyKeys: string[];
  };
}

export type StatementName = keyof StatementParams;
