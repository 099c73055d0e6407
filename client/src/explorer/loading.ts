/**
 * Requests to the exploration API and applying their answers to the canvas: the base view of a
 * recipe (the overview, the co-speaker network for its dates, or nothing), a node's neighbours
 * page by page with the "+N more" node standing for the rest, and a single node added with its
 * edges to what is already drawn. Base loads share one `latest()` slot: a newer one, or a
 * result drawn from outside (workbench, file), supersedes a slower one, so it never covers
 * them. Not here: when to load, undo steps and layout (commands.ts), or what it looks like.
 */
import type { Core } from 'cytoscape';
import { explorerApi } from './api';
import type { Canvas } from './canvas';
import { latest, STALE, type Latest, type Stale } from '../latest';
import type { CanvasStyle } from './render';
import { actions, type ExplorerState, type Store } from './state';
import type { NeighborsResponse } from '../../../api';

/** Neighbours fetched per expansion; the rest come through the "N more" node. */
export const EXPAND_LIMIT = 25;
/** "N more" fetches the rest, up to the API's page cap. */
export const MORE_LIMIT = 500;

export interface Loading {
  /** The slot base loads (and the replay of a link) run in. */
  readonly base: Latest;
  /**
   * Draws the recipe's base view, then its expansions and added nodes, unless `signal` was
   * aborted before the answer came.
   */
  loadBase(recipe: ExplorerState, signal: AbortSignal): Promise<void>;
  /** Runs `loadBase` as the latest base load; STALE when superseded. */
  reloadBase(recipe: ExplorerState): Promise<void | Stale>;
  /** Adds a page of `id`'s neighbours (and a "+N more" node for the rest). */
  fetchNeighbours(
    id: string,
    params?: Record<string, string>,
    offset?: number,
    limit?: number,
  ): Promise<NeighborsResponse>;
  /** Adds a node that is not on the canvas, with its edges to nodes already there. */
  ensureNode(id: string): Promise<boolean>;
}

export function createLoading(canvas: Canvas, store: Store, style: CanvasStyle): Loading {
  const cy = (): Core => canvas.core();
  const base = latest();

  async function loadBase(recipe: ExplorerState, signal: AbortSignal): Promise<void> {
    if (recipe.view === 'graph') {
      // A large graph's first view follows the date range (its summary, or the range in full);
      // a small one is drawn whole, the range only filtering it (docs/large-graphs.md).
      const range = { from: recipe.dateFrom, to: recipe.dateTo };
      const ranged = store.state.largeGraph && !!(range.from || range.to);
      let overview = await explorerApi.overview(ranged ? range : {});
      if (overview.large && !ranged && (range.from || range.to))
        overview = await explorerApi.overview(range);
      store.set(actions.overview(store.state, overview.graph));
      if (signal.aborted) return;
      store.set(actions.summary(store.state, overview.summary, overview.large));
      canvas.replace(overview.elements);
    } else if (recipe.view === 'co-speakers') {
      store.set(actions.summary(store.state, null, false));
      const network = await explorerApi.coSpeakers({ from: recipe.dateFrom, to: recipe.dateTo });
      if (signal.aborted) return;
      canvas.replace(network.elements);
      store.set(actions.coSpeakers(store.state, network));
    } else {
      store.set(actions.summary(store.state, null, false));
      canvas.replace({ nodes: [], edges: [] });
    }
    const skip = () => undefined;
    for (const id of recipe.expanded) {
      if (signal.aborted) return;
      await fetchNeighbours(id).catch(skip);
    }
    for (const id of [...recipe.added, ...(recipe.focus ? [recipe.focus] : [])]) {
      if (signal.aborted) return;
      await ensureNode(id).catch(skip);
    }
    style.refresh();
  }

  function addMoreStub(response: NeighborsResponse, params: Record<string, string>): void {
    const c = cy();
    const stubId = `more:${response.id}`;
    c.getElementById(stubId).remove();
    if (response.more <= 0) return;
    const { x, y } = c.getElementById(response.id).position();
    c.add([
      {
        group: 'nodes',
        classes: 'more',
        data: {
          id: stubId,
          label: 'More',
          name: `+${response.more} more`,
          moreOf: response.id,
          offset: response.offset + response.returned,
          params: JSON.stringify(params),
        },
        position: { x: x + 60, y: y - 40 },
      },
      {
        group: 'edges',
        classes: 'more',
        data: { id: `${stubId}:edge`, source: response.id, target: stubId, type: 'MORE' },
      },
    ]);
  }

  async function fetchNeighbours(
    id: string,
    params: Record<string, string> = {},
    offset = 0,
    limit = EXPAND_LIMIT,
  ): Promise<NeighborsResponse> {
    const response = await explorerApi.neighbors(id, { ...params, limit, offset });
    canvas.add(response.elements, id);
    addMoreStub(response, params);
    return response;
  }

  async function ensureNode(id: string): Promise<boolean> {
    if (cy().getElementById(id).nonempty()) return true;
    const response = await explorerApi.neighbors(id, { limit: 200 });
    const c = cy();
    const other = (e: { data: { source: string; target: string } }) =>
      e.data.source === id ? e.data.target : e.data.source;
    const onCanvas = response.elements.edges.filter((e) => c.getElementById(other(e)).nonempty());
    const centre = response.elements.nodes.find((n) => n.data.id === id);
    if (!centre) return false;
    let linked = c.collection();
    for (const e of onCanvas) linked = linked.union(c.getElementById(other(e)));
    const box = linked.nonempty() ? linked.boundingBox({}) : c.extent();
    const shift = linked.nonempty() ? 40 : 0;
    const position = { x: box.x1 + box.w / 2 + shift, y: box.y1 + box.h / 2 + shift };
    canvas.add({ nodes: [{ data: centre.data, position }], edges: onCanvas });
    return true;
  }

  return {
    base,
    loadBase,
    async reloadBase(recipe) {
      const done = await base.run((signal) => loadBase(recipe, signal));
      return done === STALE ? STALE : undefined;
    },
    fetchNeighbours,
    ensureNode,
  };
}
