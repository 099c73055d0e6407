/**
 * The details panel as a function of the State: the focused node's details (fetched, only the
 * latest request applied), else the shortest paths shown, else the co-speaker network's
 * summary, else the welcome that tells a newcomer where to start, with the graph's counts. It
 * redraws only when what it should show changed, or a step was restored. Rendering of each
 * kind is details.ts's; what the panel's buttons do comes in through hooks.
 */
import { el } from '../dom';
import { lookOf } from '../../../model/looks';
import { explorerApi } from './api';
import { renderCoSpeakers, renderDetails, renderPaths, type DetailsHooks } from './details';
import { latest, STALE } from '../latest';
import type { State } from './state';

export interface PanelHooks extends DetailsHooks {
  clearPath(): void;
}

export interface Panel {
  render(state: State, previous: State | null): void;
  teardown(): void;
}

/** What the panel shows for a state; two equal contents draw the same panel. */
type Content =
  | { kind: 'details'; of: string }
  | { kind: 'paths'; of: NonNullable<State['paths']> }
  | { kind: 'co-speakers'; of: NonNullable<State['coSpeakers']> }
  | { kind: 'welcome'; of: State['overview'] };

function contentOf(state: State): Content {
  const { recipe } = state;
  if (recipe.focus) return { kind: 'details', of: recipe.focus };
  if (recipe.path && state.paths) return { kind: 'paths', of: state.paths };
  if (recipe.view === 'co-speakers' && state.coSpeakers)
    return { kind: 'co-speakers', of: state.coSpeakers };
  return { kind: 'welcome', of: state.overview };
}

function welcome(overview: State['overview']): HTMLElement {
  const box = el('div', { className: 'ex-details ex-welcome', dataset: { testid: 'welcome' } });
  box.append(
    el('div', { className: 'ex-kicker' }, el('span', { textContent: 'Start here' })),
    el('h2', {
      className: 'ex-title',
      textContent: 'Who spoke where, alongside whom, and on what evidence',
    }),
    el(
      'ol',
      { className: 'ex-steps' },
      el('li', { textContent: 'Search a name (typos and aliases are fine) and choose it.' }),
      el('li', {
        textContent:
          'Click a node for its details; every relationship shows the sentence it came from — click “Source” to read it in the article.',
      }),
      el('li', {
        textContent:
          'Double-click to expand; right-click for more (by type, hide, pin, collapse, path).',
      }),
      el('li', {
        textContent: '“Co-speakers” shows who spoke alongside whom; the timeline limits the dates.',
      }),
    ),
    el('p', {
      className: 'ex-muted ex-small',
      textContent:
        'Claims are shown as “claimed by …”: the graph records who said what, where, according to which article — not whether it is true.',
    }),
  );
  if (overview) {
    const dl = el('dl', { className: 'ex-facts' });
    for (const { label, count } of overview.labels)
      dl.append(
        el('dt', { textContent: lookOf(label).plural }),
        el('dd', { textContent: String(count) }),
      );
    box.append(el('h3', { className: 'ex-section-title', textContent: 'In the graph' }), dl);
  }
  return box;
}

export function createPanel(panel: HTMLElement, hooks: PanelHooks): Panel {
  const details = latest();

  function showDetails(id: string): void {
    panel.dataset.loading = 'true';
    void details
      .run((signal) => explorerApi.node(id, signal))
      .then(
        (response) => {
          if (response === STALE) return;
          renderDetails(panel, response, hooks);
          delete panel.dataset.loading;
        },
        (error: Error) => {
          panel.replaceChildren(el('p', { className: 'ex-error', textContent: error.message }));
          delete panel.dataset.loading;
        },
      );
  }

  function show(content: Content): void {
    if (content.kind === 'details') return showDetails(content.of);
    // Whatever replaces the details, a request for them still running is no longer wanted.
    details.abort();
    delete panel.dataset.loading;
    if (content.kind === 'paths') renderPaths(panel, content.of, hooks, () => hooks.clearPath());
    else if (content.kind === 'co-speakers') renderCoSpeakers(panel, content.of, hooks);
    else panel.replaceChildren(welcome(content.of));
  }

  return {
    render(state, previous) {
      const content = contentOf(state);
      if (previous && state.restored === previous.restored) {
        const before = contentOf(previous);
        if (before.kind === content.kind && before.of === content.of) return;
      }
      show(content);
    },
    teardown() {
      details.abort();
      panel.replaceChildren();
    },
  };
}
