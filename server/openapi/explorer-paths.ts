/**
 * OpenAPI path items of the graph-exploration endpoints (search, node details, article text,
 * neighbours, paths, co-speakers, timeline, overview), with their response schemas. These
 * mirror server/explorer/types.ts and the parameter rules of server/explorer/*.ts; change both
 * together. Not the workbench, saved-query, export or health endpoints (app-paths.ts).
 */
import { SEARCH_LABELS } from '../explorer/types';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../model/graph-document';
import { MAX_QUERY_LENGTH, SEARCH_LIMIT } from '../explorer/search';
import { NEIGHBOR_LIMIT, MAX_OFFSET } from '../explorer/neighbors';
import { PATH_LIMIT, PATH_MAX } from '../explorer/paths';
import { MIN_SHARED } from '../explorer/co-speakers';
import { OVERVIEW_LIMIT } from '../explorer/overview';
import { listPattern, MAX_ID_LENGTH } from '../explorer/params';
import {
  ISO_DATE,
  NULLABLE_DATE,
  arr,
  bool,
  errors,
  int,
  jsonResponse,
  nstr,
  num,
  obj,
  pathId,
  queryParam,
  ref,
  str,
  type Schema,
} from './schemas';

const range = (r: { min: number; max: number; fallback: number }): Schema =>
  int({ minimum: r.min, maximum: r.max, default: r.fallback });

const listOf = (values: readonly string[]) =>
  str({
    description: `Comma-separated, any of: ${values.join(', ')} (empty: no filter)`,
    pattern: listPattern(values),
    example: values[0],
  });

const nodeIdParam = str({ minLength: 1, maxLength: MAX_ID_LENGTH, pattern: '\\S' });

const dateParams = (what: string): Schema[] => [
  queryParam('from', ISO_DATE, `Only ${what} on or after this date (YYYY-MM-DD)`),
  queryParam('to', ISO_DATE, `Only ${what} on or before this date (YYYY-MM-DD)`),
];

const nodeRefs = (label: string) => arr(ref(label));

const detailsSchemas: Record<string, Schema> = {
  Person: obj({
    label: str({ enum: ['Person'] }),
    name: str(),
    aliases: arr(str()),
    titles: arr(str()),
    affiliations: nodeRefs('Link'),
    events: nodeRefs('Link'),
    coSpeakers: arr(
      obj({ person: ref('NodeRef'), sharedEvents: int(), events: arr(ref('EventRef')) }),
    ),
    claims: nodeRefs('ClaimSummary'),
    mentionedIn: nodeRefs('Link'),
  }),
  Event: obj({
    label: str({ enum: ['Event'] }),
    name: str(),
    kind: nstr(),
    date: NULLABLE_DATE,
    city: nstr(),
    venue: nstr(),
    places: nodeRefs('Link'),
    organizers: nodeRefs('Link'),
    speakers: nodeRefs('Link'),
    claims: nodeRefs('ClaimSummary'),
    reportedIn: nodeRefs('Link'),
  }),
  Assertion: obj({
    label: str({ enum: ['Assertion'] }),
    text: str(),
    claims: nodeRefs('ClaimSummary'),
    first: { allOf: [ref('ClaimSummary')], nullable: true },
    claimedBy: nodeRefs('NodeRef'),
  }),
  Organization: obj({
    label: str({ enum: ['Organization'] }),
    name: str(),
    aliases: arr(str()),
    kind: nstr(),
    members: nodeRefs('Link'),
    events: nodeRefs('Link'),
    claimsAbout: nodeRefs('ClaimWithAbout'),
    mentionedIn: nodeRefs('Link'),
  }),
  Article: obj({
    label: str({ enum: ['Article'] }),
    title: str(),
    published: NULLABLE_DATE,
    text: str(),
    events: nodeRefs('Link'),
    claims: nodeRefs('ClaimSummary'),
    mentions: nodeRefs('Link'),
  }),
  Claim: obj({
    label: str({ enum: ['Claim'] }),
    claim: ref('ClaimSummary'),
    about: nodeRefs('Link'),
    evidence: nodeRefs('Provenance'),
  }),
  Place: obj({
    label: str({ enum: ['Place'] }),
    name: str(),
    country: nstr(),
    events: nodeRefs('Link'),
  }),
  Topic: obj({
    label: str({ enum: ['Topic'] }),
    name: str(),
    claims: nodeRefs('ClaimWithAbout'),
  }),
  Other: obj({ label: str({ enum: ['Other'] }) }),
};

/** Schemas only the explorer uses, added to components.schemas. */
export const explorerSchemas: Record<string, Schema> = {
  ...Object.fromEntries(Object.entries(detailsSchemas).map(([k, v]) => [`${k}Details`, v])),
  NodeResponse: obj({
    node: ref('NodeData'),
    degree: arr(ref('DegreeEntry')),
    degreeTotal: int(),
    truncated: bool(),
    details: {
      oneOf: Object.keys(detailsSchemas).map((k) => ref(`${k}Details`)),
      discriminator: {
        propertyName: 'label',
        mapping: Object.fromEntries(
          Object.keys(detailsSchemas).map((k) => [k, `#/components/schemas/${k}Details`]),
        ),
      },
    },
  }),
  DateRange: obj({ min: NULLABLE_DATE, max: NULLABLE_DATE }),
};

export const explorerPaths: Record<string, Schema> = {
  '/api/search': {
    get: {
      tags: ['explorer'],
      operationId: 'search',
      summary: 'Typo-tolerant search over names, aliases and titles',
      description:
        'Full-text index `entity_names` (Lucene: each word exact, as a prefix and fuzzy; user text escaped), plus Assertion text. Hits ranked by score.',
      parameters: [
        queryParam(
          'q',
          str({ minLength: 1, maxLength: MAX_QUERY_LENGTH, pattern: '\\S' }),
          'What to look for, e.g. "Ingrida Betancur"',
          true,
        ),
        queryParam('limit', range(SEARCH_LIMIT), 'Most hits'),
        queryParam('labels', listOf(SEARCH_LABELS), 'Only these labels'),
      ],
      responses: {
        '200': jsonResponse(
          'Hits, best first',
          obj({
            q: str(),
            hits: arr(
              obj({
                id: str(),
                label: str(),
                name: str(),
                matchedAlias: nstr(),
                score: num(),
                context: str(),
              }),
            ),
          }),
        ),
        ...errors(400, 503),
      },
    },
  },
  '/api/nodes/{id}': {
    get: {
      tags: ['explorer'],
      operationId: 'getNode',
      summary: 'A node: properties, degree by type and direction, label-specific details',
      parameters: [pathId('Model id, e.g. person:rama-yade')],
      responses: {
        '200': jsonResponse('The node and its details', ref('NodeResponse')),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/nodes/{id}/neighbors': {
    get: {
      tags: ['explorer'],
      operationId: 'getNeighbors',
      summary: "One page of a node's neighbours as Cytoscape elements, with per-group counts",
      parameters: [
        pathId('Model id of the centre node'),
        queryParam('types', listOf(RELATIONSHIP_TYPES), 'Only these relationship types'),
        queryParam('labels', listOf(NODE_LABELS), 'Only neighbours with these labels'),
        queryParam(
          'direction',
          str({ enum: ['both', 'out', 'in'], default: 'both' }),
          'Relationship direction seen from the centre',
        ),
        queryParam('limit', range(NEIGHBOR_LIMIT), 'Relationships in this page'),
        queryParam('offset', int({ minimum: 0, maximum: MAX_OFFSET, default: 0 }), 'Page start'),
      ],
      responses: {
        '200': jsonResponse(
          'The centre, one page of neighbours, counts',
          obj({
            id: str(),
            elements: ref('Elements'),
            total: int(),
            returned: int(),
            offset: int(),
            limit: int(),
            more: int(),
            groups: arr(
              obj({
                type: str(),
                direction: str({ enum: ['out', 'in'] }),
                label: str(),
                total: int(),
                returned: int(),
                more: int(),
              }),
            ),
          }),
        ),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/articles/{id}': {
    get: {
      tags: ['explorer'],
      operationId: 'getArticle',
      summary: 'An article text with every evidence span sourced from it',
      parameters: [pathId('Article id')],
      responses: {
        '200': jsonResponse(
          'Text and spans (UTF-16 offsets)',
          obj({
            id: str(),
            title: str(),
            published: NULLABLE_DATE,
            dateline: nstr(),
            text: str(),
            spans: arr(
              obj({
                start: int(),
                end: int(),
                relationship: str(),
                type: str(),
                from: ref('NodeRef'),
                to: ref('NodeRef'),
              }),
            ),
          }),
        ),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/paths': {
    get: {
      tags: ['explorer'],
      operationId: 'getPaths',
      summary: 'All shortest paths between two nodes, as elements and in words',
      parameters: [
        queryParam('from', nodeIdParam, 'Start node id', true),
        queryParam('to', nodeIdParam, 'End node id (the same as from: the empty path)', true),
        queryParam('max', range(PATH_MAX), 'Longest path, in relationships'),
        queryParam('limit', range(PATH_LIMIT), 'Most paths'),
        queryParam(
          'includeArticles',
          str({ enum: ['true', 'false'], default: 'false' }),
          'Allow hops through Article nodes (MENTIONS, REPORTED_IN)',
        ),
      ],
      responses: {
        '200': jsonResponse(
          'Paths (empty when none within max)',
          obj({
            from: ref('NodeRef'),
            to: ref('NodeRef'),
            max: int(),
            includeArticles: bool(),
            length: { type: 'integer', nullable: true },
            paths: arr(
              obj({
                steps: arr(
                  obj(
                    {
                      kind: str({ enum: ['node', 'relationship'] }),
                      id: str(),
                      name: str(),
                      label: str(),
                      type: str(),
                      verb: str(),
                      role: nstr(),
                      direction: str({ enum: ['forward', 'backward'] }),
                    },
                    ['name', 'label', 'type', 'verb', 'role', 'direction'],
                  ),
                ),
                length: int(),
                text: str(),
              }),
            ),
            truncated: bool(),
            elements: ref('Elements'),
          }),
        ),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/network/co-speakers': {
    get: {
      tags: ['explorer'],
      operationId: 'getCoSpeakers',
      summary: 'Who spoke alongside whom: people linked by shared events (derived)',
      parameters: [
        ...dateParams('events'),
        queryParam('person', nodeIdParam, "A Person id: only that person's co-speakers"),
        queryParam('minShared', range(MIN_SHARED), 'Fewest shared events for an edge'),
      ],
      responses: {
        '200': jsonResponse(
          'Person nodes (with eventCount) and SPOKE_ALONGSIDE edges (weight, events)',
          obj({
            from: NULLABLE_DATE,
            to: NULLABLE_DATE,
            person: nstr(),
            minShared: int(),
            elements: ref('Elements'),
            truncated: bool(),
          }),
        ),
        ...errors(400, 404, 503),
      },
    },
  },
  '/api/timeline': {
    get: {
      tags: ['explorer'],
      operationId: 'getTimeline',
      summary: 'Events by date and, apart, articles by publication date',
      parameters: dateParams('events and articles'),
      responses: {
        '200': jsonResponse(
          'Both lists, ascending, with their ranges',
          obj({
            events: arr(
              obj({
                id: str(),
                name: str(),
                kind: nstr(),
                date: ISO_DATE,
                city: nstr(),
                venue: nstr(),
                speakers: int(),
              }),
            ),
            articles: arr(
              obj({ id: str(), title: str(), published: ISO_DATE, events: arr(str()) }),
            ),
            undated: obj({ events: int(), articles: int() }),
            range: obj({
              events: ref('DateRange'),
              articles: ref('DateRange'),
              all: ref('DateRange'),
            }),
          }),
        ),
        ...errors(400, 503),
      },
    },
  },
  '/api/overview': {
    get: {
      tags: ['explorer'],
      operationId: 'getOverview',
      summary: 'The first view: events with speakers, organizers and places, capped',
      parameters: [queryParam('limit', range(OVERVIEW_LIMIT), 'Most nodes')],
      responses: {
        '200': jsonResponse(
          'Elements, whether the cap cut them, and graph counts',
          obj({
            elements: ref('Elements'),
            truncated: bool(),
            limit: int(),
            graph: obj({
              labels: arr(obj({ label: str(), count: int() })),
              relationshipTypes: arr(obj({ type: str(), count: int() })),
            }),
          }),
        ),
        ...errors(400, 503),
      },
    },
  },
};
