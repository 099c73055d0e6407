/**
 * The explorer state in the page URL and back, so a copied link reopens the same view:
 * `?view=co-speakers&focus=person:rama-yade&hide=Claim&types=MENTIONS&from=2017-09-01&to=…
 * &layout=concentric&size=pagerank&color=community&expand=a,b&add=c&hidden=d&path=a|b`.
 * Defaults are left out to keep links short. Other query parameters (the workbench's `query=`
 * and `p.*`, `cypher=1`) are kept untouched. Not here: when to write (render.ts, on every
 * change of the recipe).
 */
import {
  INITIAL_STATE,
  LAYOUTS,
  SIZES,
  type ExplorerState,
  type LayoutName,
  type SizeBy,
  type ViewMode,
} from './state';

const OWN_KEYS = [
  'view',
  'focus',
  'hide',
  'types',
  'from',
  'to',
  'layout',
  'size',
  'color',
  'expand',
  'add',
  'hidden',
  'path',
  'via',
];
const VIEWS: Record<string, ViewMode> = {
  'co-speakers': 'co-speakers',
  blank: 'blank',
  query: 'blank',
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const date = (value: string | null) => (value && DATE.test(value) ? value : null);

export function stateFromUrl(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const layout = params.get('layout') as LayoutName | null;
  const size = params.get('size') as SizeBy | null;
  const [pathFrom, pathTo] = (params.get('path') ?? '').split('|');
  return {
    ...INITIAL_STATE,
    // A Cypher or file result cannot be replayed from the URL: it reopens as a blank canvas.
    view: VIEWS[params.get('view') ?? ''] ?? 'graph',
    focus: params.get('focus') || null,
    hiddenLabels: list(params.get('hide')),
    hiddenTypes: list(params.get('types')),
    dateFrom: date(params.get('from')),
    dateTo: date(params.get('to')),
    layout: layout && LAYOUTS.includes(layout) ? layout : INITIAL_STATE.layout,
    sizeBy: size && SIZES.includes(size) ? size : INITIAL_STATE.sizeBy,
    colorBy: params.get('color') === 'community' ? 'community' : 'label',
    expanded: list(params.get('expand')),
    added: list(params.get('add')),
    hiddenNodes: list(params.get('hidden')),
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    pathTypes: params.has('via') ? list(params.get('via')) : null,
  };
}

export function urlFromState(state: ExplorerState, current: string): string {
  const params = new URLSearchParams(current);
  for (const key of OWN_KEYS) params.delete(key);
  const put = (key: string, value: string | null, fallback: string | null = null) => {
    if (value && value !== fallback) params.set(key, value);
  };
  put('view', state.view, 'graph');
  put('focus', state.focus);
  put('hide', state.hiddenLabels.join(','));
  put('types', state.hiddenTypes.join(','));
  put('from', state.dateFrom);
  put('to', state.dateTo);
  put('layout', state.layout, INITIAL_STATE.layout);
  put('size', state.sizeBy, INITIAL_STATE.sizeBy);
  put('color', state.colorBy, INITIAL_STATE.colorBy);
  put('expand', state.expanded.join(','));
  put('add', state.added.join(','));
  put('hidden', state.hiddenNodes.join(','));
  put('path', state.path ? `${state.path.from}|${state.path.to}` : null);
  if (state.pathTypes) params.set('via', state.pathTypes.join(','));
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%7C/gi, '|');
  return text ? `?${text}` : '';
}
