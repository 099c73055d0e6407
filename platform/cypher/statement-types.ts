/**
 * Generated from the headers of the .cypher files under cypher/ by `npm run build:cypher-types`:
 * do not edit.
 * Each statement's name and its parameters' types, so that a wrong statement name or parameter
 * fails to compile (platform/cypher/loader.ts, platform/neo4j/db.ts).
 */
import type { Integer } from 'neo4j-driver';

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
  'explorer-overview': Record<string, never>;
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

export type StatementName = keyof StatementParams;
