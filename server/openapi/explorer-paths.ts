/**
 * Registrations of the graph-exploration endpoints (search, node details, article text,
 * neighbours, paths, co-speakers, timeline, overview): path, method, summary and the api/
 * schemas of request and response. The schemas themselves are in api/explorer.ts and
 * api/node-details.ts.
 */
import {
  ArticleParams,
  ArticleResponse,
  CoSpeakersQuery,
  CoSpeakersResponse,
  NeighborsPath,
  NeighborsQuery,
  NeighborsResponse,
  OverviewQuery,
  OverviewResponse,
  PathsQuery,
  PathsResponse,
  SearchQuery,
  SearchResponse,
  TextSearchQuery,
  TextSearchResponse,
  TimelineQuery,
  TimelineResponse,
} from '../../api/explorer';
import { NodeParams, NodeResponse } from '../../api/node-details';
import type { Operation } from './operation';

const tags = ['explorer'];

export const explorerOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/search',
    operationId: 'search',
    tags,
    summary: 'Typo-tolerant search over names, aliases and titles',
    description:
      'Full-text index `entity_names` (Lucene: each word exact, as a prefix and fuzzy; user text escaped), plus Assertion text. Hits ranked by score.',
    params: { query: SearchQuery },
    responses: { 200: { description: 'Hits, best first', json: SearchResponse } },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/search/text',
    operationId: 'searchText',
    tags,
    summary: "Full-text search over claims' text and quotes and over articles' text",
    description:
      'Full-text indexes `claim_text` and `article_text`, the same escaped Lucene query as /api/search. Each claim comes with its speaker, event and article; each hit with a snippet and the spans of the words that matched.',
    params: { query: TextSearchQuery },
    responses: {
      200: { description: 'Claims and articles, best first', json: TextSearchResponse },
    },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    operationId: 'getNode',
    tags,
    summary: 'A node: properties, degree by type and direction, label-specific details',
    params: { path: NodeParams },
    responses: { 200: { description: 'The node and its details', json: NodeResponse } },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighbors',
    operationId: 'getNeighbors',
    tags,
    summary: "One page of a node's neighbours as Cytoscape elements, with per-group counts",
    params: { path: NeighborsPath, query: NeighborsQuery },
    responses: {
      200: { description: 'The centre, one page of neighbours, counts', json: NeighborsResponse },
    },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    operationId: 'getArticle',
    tags,
    summary: 'An article text with every evidence span sourced from it',
    params: { path: ArticleParams },
    responses: { 200: { description: 'Text and spans (UTF-16 offsets)', json: ArticleResponse } },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/paths',
    operationId: 'getPaths',
    tags,
    summary: 'All shortest paths between two nodes, as elements and in words',
    params: { query: PathsQuery },
    responses: {
      200: { description: 'Paths (empty when none within max)', json: PathsResponse },
    },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/network/co-speakers',
    operationId: 'getCoSpeakers',
    tags,
    summary: 'Who spoke alongside whom: people linked by shared events (derived)',
    params: { query: CoSpeakersQuery },
    responses: {
      200: {
        description: 'Person nodes (with eventCount) and SPOKE_ALONGSIDE edges (weight, events)',
        json: CoSpeakersResponse,
      },
    },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/timeline',
    operationId: 'getTimeline',
    tags,
    summary: 'Events by date and, apart, articles by publication date',
    params: { query: TimelineQuery },
    responses: {
      200: { description: 'Both lists, ascending, with their ranges', json: TimelineResponse },
    },
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/overview',
    operationId: 'getOverview',
    tags,
    summary: 'The first view: events with speakers, organizers and places, capped',
    params: { query: OverviewQuery },
    responses: {
      200: {
        description: 'Elements, whether the cap cut them, and graph counts',
        json: OverviewResponse,
      },
    },
    errors: [400, 503],
  },
];
