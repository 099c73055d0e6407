/**
 * The canvas's pointer events: tap a node to choose it (or a "+N more" node to load the rest),
 * double-tap to expand, right-click for the context menu (expand all or by relationship group
 * with counts, details, hide, pin, collapse, path, co-speakers), tap an edge to read its source,
 * hover for highlights and the edge tooltip, tap the background to unfocus. Handlers are
 * attached through `canvas.onCore`, so they follow the core when it is rebuilt, and removed by
 * the canvas's teardown. Not here: what the commands do.
 */
import type { EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { el } from '../dom';
import { verbOf } from '../../../model/verbs';
import { explorerApi } from './api';
import type { ArticleViewer } from './article-viewer';
import type { Canvas } from './canvas';
import type { Commands } from './commands';
import { groupText, type ContextMenu, type MenuItem } from './context-menu';
import type { Paths } from './paths';
import type { Store } from './state';

/** The tooltip's lines for an edge: who and how, the evidence, or the shared events. */
function edgeTip(edge: EdgeSingular): string[] {
  const type = String(edge.data('type'));
  if (type === 'SPOKE_ALONGSIDE') {
    const events =
      (edge.data('events') as { name: string; date: string | null; city: string | null }[]) ?? [];
    return [
      `${edge.source().data('name')} & ${edge.target().data('name')}: ${events.length} shared event${events.length === 1 ? '' : 's'}`,
      ...events.map((e) => `${e.date ?? 'undated'} · ${e.name}`),
    ];
  }
  const role = edge.data('role') as string | undefined;
  const lines = [
    `${edge.source().data('name')} — ${verbOf(type)}${role ? ` (${role})` : ''} — ${edge.target().data('name')}`,
  ];
  const evidence = edge.data('evidence') as string | undefined;
  if (evidence) lines.push(`“${evidence.length > 240 ? `${evidence.slice(0, 240)}…` : evidence}”`);
  if (edge.data('article')) lines.push('Click the edge for its source.');
  return lines;
}

/** Attaches the handlers; returns the tooltip, to place on the stage. */
export function attachCanvasEvents(parts: {
  canvas: Canvas;
  store: Store;
  commands: Commands;
  paths: Paths;
  menu: ContextMenu;
  viewer: ArticleViewer;
}): HTMLElement {
  const { canvas, store, commands, paths, menu, viewer } = parts;
  const tooltip = el('div', {
    className: 'ex-tooltip',
    hidden: true,
    dataset: { testid: 'tooltip' },
  });

  function openMenu(node: NodeSingular, x: number, y: number): void {
    const id = node.id();
    const items: MenuItem[] = [
      { text: 'Expand', action: 'menu-expand', run: () => void commands.expand(id) },
      { text: 'Details', action: 'menu-details', run: () => void commands.choose(id) },
      { text: 'Hide', action: 'menu-hide', run: () => commands.hide(id) },
      {
        text: node.hasClass('pinned') ? 'Unpin' : 'Pin',
        action: 'menu-pin',
        run: () => commands.togglePin(node),
      },
      { text: 'Collapse', action: 'menu-collapse', run: () => commands.collapse(id) },
      { text: 'Path from here…', action: 'menu-path-from', run: () => paths.start(id) },
    ];
    const pick = store.state.pathPick;
    if (pick && pick.id !== id)
      items.unshift({
        text: 'Path to here',
        action: 'menu-path-to',
        run: () => void commands.choose(id),
      });
    if (node.data('label') === 'Person')
      items.push({
        text: 'Co-speakers',
        action: 'menu-co-speakers',
        run: () => void commands.switchView('co-speakers', id),
      });
    const groups = explorerApi.neighbors(id, { limit: 1 }).then((response) =>
      response.groups.map((group) => ({
        text: groupText(group),
        action: `menu-group-${group.type}-${group.direction}-${group.label}`,
        run: () =>
          void commands.expand(id, {
            types: group.type,
            labels: group.label,
            direction: group.direction,
          }),
      })),
    );
    menu.open(x, y, items, groups);
  }

  const node = (event: EventObject) => event.target as NodeSingular;
  const edge = (event: EventObject) => event.target as EdgeSingular;
  canvas.onCore((c) => {
    const handlers: [string, string, (event: EventObject) => void][] = [
      [
        'tap',
        'node',
        (event) => {
          menu.close();
          const pointer = event.originalEvent as MouseEvent | undefined;
          if (node(event).hasClass('more')) void commands.loadMore(node(event));
          // Shift (or Ctrl/Cmd) adds to the selection, for Path or export: Cytoscape's own
          // selection does that; choosing would make the node the one focus and drop the rest.
          else if (pointer?.shiftKey || pointer?.ctrlKey || pointer?.metaKey) return;
          else void commands.choose(node(event).id());
        },
      ],
      [
        'dbltap',
        'node',
        (event) => {
          if (!node(event).hasClass('more')) void commands.expand(node(event).id());
        },
      ],
      [
        'cxttap',
        'node',
        (event) => {
          if (!node(event).hasClass('more'))
            openMenu(node(event), event.renderedPosition.x, event.renderedPosition.y);
        },
      ],
      [
        'tap',
        'edge',
        (event) => {
          const data = (key: string) => edge(event).data(key) as unknown;
          const article = data('article') as string | undefined;
          if (article)
            void viewer.open({
              article,
              evidence: (data('evidence') as string) ?? null,
              evidenceStart: (data('evidenceStart') as number) ?? null,
              evidenceEnd: (data('evidenceEnd') as number) ?? null,
            });
        },
      ],
      [
        'mouseover',
        'node',
        (event) => {
          node(event).addClass('hover');
          node(event).connectedEdges().addClass('labelled');
        },
      ],
      [
        'mouseout',
        'node',
        (event) => {
          node(event).removeClass('hover');
          node(event).connectedEdges().removeClass('labelled');
        },
      ],
      [
        'mouseover',
        'edge',
        (event) => {
          const target = edge(event);
          if (target.hasClass('more')) return;
          target.addClass('hover');
          tooltip.replaceChildren(
            ...edgeTip(target).map((line, i) => el(i ? 'div' : 'strong', { textContent: line })),
          );
          // Synthetic events (keyboard, tests) carry no pointer position: use the edge's middle.
          const { x, y } = event.renderedPosition ?? target.renderedMidpoint();
          tooltip.style.left = `${Math.min(x + 12, c.width() - 320)}px`;
          tooltip.style.top = `${y + 12}px`;
          tooltip.hidden = false;
        },
      ],
      [
        'mouseout',
        'edge',
        (event) => {
          edge(event).removeClass('hover');
          tooltip.hidden = true;
        },
      ],
    ];
    for (const [type, selector, handler] of handlers) c.on(type, selector, handler);
    const background = (event: EventObject) => {
      if (event.target !== c) return;
      menu.close();
      commands.unfocus();
    };
    const hideMenu = () => {
      menu.close();
      tooltip.hidden = true;
    };
    // An edge taken off the canvas (view switch, clear, undo) takes its tooltip with it: no
    // mouseout ever comes for it.
    const removed = () => {
      tooltip.hidden = true;
    };
    c.on('tap', background);
    c.on('pan zoom', hideMenu);
    c.on('remove', 'edge', removed);
    return () => {
      for (const [type, selector, handler] of handlers) c.off(type, selector, handler);
      c.off('tap', background);
      c.off('pan zoom', hideMenu);
      c.off('remove', 'edge', removed);
    };
  });
  return tooltip;
}
