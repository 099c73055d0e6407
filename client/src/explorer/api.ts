/**
 * The explorer's calls to the server's graph-exploration API, typed by the shared contract
 * (api/). Only URL building and typing live here; what to do with an
 * answer is the caller's business. Not here: the Cypher workbench and export calls.
 */
import { apiFetch } from '../api';
import type {
  ArticleResponse,
  CoSpeakersResponse,
  NeighborsResponse,
  NodeResponse,
  OverviewResponse,
  PathsResponse,
  SearchResponse,
  TextSearchResponse,
  TimelineResponse,
} from '../../../api';

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = (value: string) => encodeURIComponent(value);

export const explorerApi = {
  search: (q: string, signal?: AbortSignal) =>
    apiFetch<SearchResponse>(`/api/search${query({ q, limit: 8 })}`, { signal }),
  searchText: (q: string, signal?: AbortSignal) =>
    apiFetch<TextSearchResponse>(`/api/search/text${query({ q, limit: 6 })}`, { signal }),
  node: (nodeId: string, signal?: AbortSignal) =>
    apiFetch<NodeResponse>(`/api/nodes/${id(nodeId)}`, { signal }),
  article: (articleId: string) => apiFetch<ArticleResponse>(`/api/articles/${id(articleId)}`),
  neighbors: (
    nodeId: string,
    params: {
      types?: string;
      labels?: string;
      direction?: string;
      limit?: number;
      offset?: number;
    },
  ) => apiFetch<NeighborsResponse>(`/api/nodes/${id(nodeId)}/neighbors${query(params)}`),
  paths: (from: string, to: string, types?: string[]) =>
    apiFetch<PathsResponse>(
      `/api/paths${query({ from, to, max: 6, limit: 5, types: types?.join(',') })}`,
    ),
  coSpeakers: (params: { from?: string | null; to?: string | null; person?: string | null }) =>
    apiFetch<CoSpeakersResponse>(`/api/network/co-speakers${query(params)}`),
  timeline: () => apiFetch<TimelineResponse>('/api/timeline'),
  overview: (range: { from?: string | null; to?: string | null } = {}) =>
    apiFetch<OverviewResponse>(`/api/overview${query({ limit: 500, ...range })}`),
};
