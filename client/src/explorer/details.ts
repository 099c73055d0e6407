/**
 * The details panel: what the graph says about the focused node, per label (Person, Event,
 * Assertion, Organization, Article, Claim, Place, Topic), every relationship with its evidence
 * and source, claims as "claimed by …". Also the path-in-words and co-speaker summaries that
 * other actions put in the panel, and the empty state that tells a newcomer where to start.
 * Rendering only: fetching and canvas actions come in through hooks.
 */
import { el } from '../dom';
import { citation } from './citation';
import { lookOf } from '../../../model/looks';
import { verbOf } from '../../../model/verbs';
import { explorerApi } from './api';
import { decorateDetails } from './corrections/details-actions';
import {
  chip,
  claimList,
  empty,
  evidence,
  facts,
  linkList,
  section,
  swatch,
  type PanelHooks,
} from './details-parts';
import type {
  NodeResponse,
  PathsResponse,
  CoSpeakerEdgeData,
  CoSpeakersResponse,
  EventRef,
  Link,
} from '../../../api';

export interface DetailsHooks extends PanelHooks {
  expand(id: string): void;
  coSpeakers(personId: string): void;
  pathFrom(id: string): void;
  openArticle(id: string): void;
}

function header(response: NodeResponse, hooks: DetailsHooks): HTMLElement {
  const { node } = response;
  const look = lookOf(node.label);
  const actions = el('div', { className: 'ex-actions' });
  const action = (text: string, name: string, run: () => void, title = '') => {
    const b = el('button', {
      type: 'button',
      className: 'ex-button',
      textContent: text,
      title,
      dataset: { action: name },
    });
    b.addEventListener('click', run);
    actions.append(b);
  };
  action(
    'Expand',
    'expand',
    () => hooks.expand(node.id),
    'Show neighbours on the canvas (or double-click the node)',
  );
  if (node.label === 'Person')
    action(
      'Co-speakers',
      'co-speakers',
      () => hooks.coSpeakers(node.id),
      'Who spoke alongside this person',
    );
  action(
    'Path from here…',
    'path-from',
    () => hooks.pathFrom(node.id),
    'Then choose the other end on the canvas or in search',
  );
  if (node.label === 'Article')
    action('Read article', 'read-article', () => hooks.openArticle(node.id));
  const degree = response.degree
    .map((d) => `${verbOf(d.type)} ${d.direction === 'in' ? '←' : '→'} ${d.count}`)
    .join(' · ');
  return el(
    'header',
    { className: 'ex-details-head' },
    el(
      'div',
      { className: 'ex-kicker' },
      swatch(look.color),
      el('span', { textContent: node.label }),
    ),
    el('h2', {
      className: 'ex-title',
      textContent: node.name,
      dataset: { testid: 'details-title' },
    }),
    degree
      ? el('p', {
          className: 'ex-degree',
          textContent: `${response.degreeTotal} relationships: ${degree}`,
        })
      : null,
    actions,
  );
}

/**
 * A node outside the model (made by hand in an external database) has no section of its own:
 * its labels and properties as stored are what an analyst can read.
 */
function properties(node: NodeResponse['node']): (HTMLElement | null)[] {
  const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  const rows = Object.entries(node)
    .filter(([key]) => !['id', 'label', 'labels', 'name'].includes(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]): [string, string] => [key, shown(value)]);
  return [
    facts([['Labels', node.labels.join(', ')], ['id', node.id], ...rows]),
    rows.length ? null : empty('No other properties.'),
  ];
}

function body(response: NodeResponse, hooks: DetailsHooks): (HTMLElement | null)[] {
  const { details } = response;
  const byDate = (link: Link<EventRef>) => link.node.date;
  switch (details.label) {
    case 'Person':
      return [
        facts([
          ['Also known as', details.aliases.join(', ')],
          ['Titles', details.titles.join('; ')],
        ]),
        section(
          'Spoke at',
          details.events.length,
          details.events.length
            ? linkList(details.events, hooks, byDate)
            : empty('No events recorded.'),
        ),
        section(
          'Spoke alongside',
          details.coSpeakers.length,
          details.coSpeakers.length
            ? el(
                'ul',
                { className: 'ex-links ex-cospeakers' },
                ...details.coSpeakers.map((c) =>
                  el(
                    'li',
                    { className: 'ex-link' },
                    el(
                      'div',
                      { className: 'ex-link-head' },
                      chip(c.person, hooks),
                      el('span', {
                        className: 'ex-role',
                        textContent: `${c.sharedEvents} shared event${c.sharedEvents === 1 ? '' : 's'}`,
                      }),
                    ),
                    el('p', {
                      className: 'ex-muted ex-small',
                      textContent: c.events
                        .map((e) => [e.date, e.name].filter(Boolean).join(' '))
                        .join(' · '),
                    }),
                  ),
                ),
              )
            : empty('Nobody else is recorded at the same events.'),
        ),
        section(
          'Claims',
          details.claims.length,
          details.claims.length ? claimList(details.claims, hooks) : empty('No claims recorded.'),
        ),
        section(
          'Affiliations',
          details.affiliations.length,
          details.affiliations.length
            ? linkList(details.affiliations, hooks)
            : empty('None recorded.'),
        ),
        section(
          'Mentioned in',
          details.mentionedIn.length,
          linkList(details.mentionedIn, hooks, (l) => l.node.published),
        ),
      ];
    case 'Event':
      return [
        facts([
          ['Kind', details.kind],
          ['Date', details.date],
          ['City', details.city],
          ['Venue', details.venue],
        ]),
        section(
          'Speakers',
          details.speakers.length,
          details.speakers.length
            ? linkList(details.speakers, hooks)
            : empty('No speakers recorded.'),
        ),
        section(
          'Organizers',
          details.organizers.length,
          details.organizers.length
            ? linkList(details.organizers, hooks)
            : empty('No organizers recorded.'),
        ),
        section(
          'Claims made there',
          details.claims.length,
          details.claims.length ? claimList(details.claims, hooks) : empty('No claims recorded.'),
        ),
        section('Held in', details.places.length, linkList(details.places, hooks)),
        section(
          'Reported in',
          details.reportedIn.length,
          linkList(details.reportedIn, hooks, (l) => l.node.published),
        ),
      ];
    case 'Assertion':
      return [
        el('p', { className: 'ex-assertion-text', textContent: details.text }),
        details.first ? section('Said first', null, claimList([details.first], hooks)) : null,
        section(
          'Claimed by',
          details.claimedBy.length,
          el('div', { className: 'ex-chips' }, ...details.claimedBy.map((n) => chip(n, hooks))),
        ),
        section(
          'Every claim asserting it',
          details.claims.length,
          claimList(details.claims, hooks),
        ),
      ];
    case 'Organization':
      return [
        facts([
          ['Also known as', details.aliases.join(', ')],
          ['Kind', details.kind],
        ]),
        section(
          'Organized',
          details.events.length,
          details.events.length
            ? linkList(details.events, hooks, byDate)
            : empty('No events recorded.'),
        ),
        section(
          'Members',
          details.members.length,
          details.members.length ? linkList(details.members, hooks) : empty('None recorded.'),
        ),
        section(
          'Claims about it',
          details.claimsAbout.length,
          details.claimsAbout.length
            ? claimList(details.claimsAbout, hooks)
            : empty('None recorded.'),
        ),
        section(
          'Mentioned in',
          details.mentionedIn.length,
          linkList(details.mentionedIn, hooks, (l) => l.node.published),
        ),
      ];
    case 'Article': {
      const read = el('button', {
        type: 'button',
        className: 'ex-button',
        textContent: 'Read the full text',
        dataset: { action: 'read-article-body' },
      });
      return [
        citation(details),
        read,
        section('Events reported', details.events.length, linkList(details.events, hooks, byDate)),
        section('Claims reported', details.claims.length, claimList(details.claims, hooks)),
        section(
          'Mentions',
          details.mentions.length,
          el('div', { className: 'ex-chips' }, ...details.mentions.map((l) => chip(l.node, hooks))),
        ),
      ];
    }
    case 'Claim':
      return [
        claimList([details.claim], hooks),
        section(
          'About',
          details.about.length,
          details.about.length ? linkList(details.about, hooks) : empty('No subject recorded.'),
        ),
        section(
          'All evidence',
          details.evidence.length,
          el(
            'ul',
            { className: 'ex-links' },
            ...details.evidence.map((p) => el('li', { className: 'ex-link' }, evidence(p, hooks))),
          ),
        ),
      ];
    case 'Place':
      return [
        facts([['Country', details.country]]),
        section('Events held here', details.events.length, linkList(details.events, hooks, byDate)),
      ];
    case 'Topic':
      return [
        section('Claims about this topic', details.claims.length, claimList(details.claims, hooks)),
      ];
    default:
      return properties(response.node);
  }
}

/** Renders a node's details into the panel; `Read the full text` opens the article. */
export function renderDetails(
  panel: HTMLElement,
  response: NodeResponse,
  hooks: DetailsHooks,
): void {
  const content = el('div', {
    className: 'ex-details',
    dataset: { testid: 'details', label: response.node.label, node: response.node.id },
  });
  content.append(
    header(response, hooks),
    ...body(response, hooks).filter((x): x is HTMLElement => !!x),
  );
  content
    .querySelector('[data-action="read-article-body"]')
    ?.addEventListener('click', () => hooks.openArticle(response.node.id));
  decorateDetails(content, response, () => {
    void explorerApi.node(response.node.id).then(
      (r) => renderDetails(panel, r, hooks),
      () => undefined,
    );
  });
  panel.replaceChildren(content);
}

/** Shortest paths listed in words, each step clickable. */
export function renderPaths(
  panel: HTMLElement,
  response: PathsResponse,
  hooks: PanelHooks,
  clear: () => void,
): void {
  const box = el('div', { className: 'ex-details', dataset: { testid: 'paths' } });
  const close = el('button', {
    type: 'button',
    className: 'ex-button',
    textContent: 'Clear path',
    dataset: { action: 'clear-path' },
  });
  close.addEventListener('click', clear);
  box.append(
    el('div', { className: 'ex-kicker' }, el('span', { textContent: 'Shortest path' })),
    el(
      'h2',
      { className: 'ex-title' },
      chip(response.from, hooks),
      el('span', { className: 'ex-arrow', textContent: ' to ' }),
      chip(response.to, hooks),
    ),
  );
  if (!response.paths.length) {
    box.append(empty(`No path of up to ${response.max} steps (not counting articles).`), close);
    panel.replaceChildren(box);
    return;
  }
  box.append(
    el('p', {
      className: 'ex-muted',
      textContent: `${response.paths.length}${response.truncated ? '+' : ''} shortest path${response.paths.length === 1 ? '' : 's'} of ${response.length} step${response.length === 1 ? '' : 's'}, highlighted on the canvas.`,
    }),
  );
  const list = el('ol', { className: 'ex-paths' });
  for (const path of response.paths) {
    const words = el('p', {
      className: 'ex-path-text',
      textContent: path.text,
      dataset: { testid: 'path-text' },
    });
    const steps = el('div', { className: 'ex-path-steps' });
    for (const step of path.steps) {
      if (step.kind === 'node') steps.append(chip(step, hooks));
      else
        steps.append(
          el('span', {
            className: 'ex-path-verb',
            textContent:
              `${step.direction === 'backward' ? '←' : ''} ${step.verb}${step.role && step.role !== step.verb ? ` (${step.role})` : ''} ${step.direction === 'forward' ? '→' : ''}`.trim(),
          }),
        );
    }
    list.append(el('li', {}, words, steps));
  }
  box.append(list, close);
  panel.replaceChildren(box);
}

/** Summary of the co-speaker view: the strongest pairs, and how to read the canvas. */
export function renderCoSpeakers(
  panel: HTMLElement,
  response: CoSpeakersResponse,
  hooks: PanelHooks,
): void {
  const box = el('div', { className: 'ex-details', dataset: { testid: 'co-speakers' } });
  // The response's elements are the generic ones; its edges are SPOKE_ALONGSIDE (api/explorer.ts).
  const edges = [...(response.elements.edges as { data: CoSpeakerEdgeData }[])].sort(
    (a, b) => Number(b.data.weight) - Number(a.data.weight),
  );
  const names = new Map(response.elements.nodes.map((n) => [n.data.id, n.data]));
  box.append(
    el('div', { className: 'ex-kicker' }, el('span', { textContent: 'Who spoke alongside whom' })),
    el('h2', {
      className: 'ex-title',
      textContent: response.person
        ? `Co-speakers of ${names.get(response.person)?.name ?? response.person}`
        : 'Co-speaker network',
    }),
    el('p', {
      className: 'ex-muted',
      textContent: `${response.elements.nodes.length} people, ${edges.length} pairs${response.from || response.to ? `, events ${response.from ?? '…'} to ${response.to ?? '…'}` : ''}. Edge width = events shared; hover an edge for the events.`,
    }),
  );
  const list = el('ul', { className: 'ex-links' });
  for (const edge of edges.slice(0, 40)) {
    const a = names.get(edge.data.source);
    const b = names.get(edge.data.target);
    if (!a || !b) continue;
    const events = (edge.data.events as { name: string; date: string | null }[]) ?? [];
    list.append(
      el(
        'li',
        { className: 'ex-link', dataset: { edge: edge.data.id } },
        el(
          'div',
          { className: 'ex-link-head' },
          chip(a, hooks),
          el('span', { className: 'ex-arrow', textContent: ' & ' }),
          chip(b, hooks),
          el('span', { className: 'ex-role', textContent: String(edge.data.weight) }),
        ),
        el('p', {
          className: 'ex-muted ex-small',
          textContent: events.map((e) => [e.date, e.name].filter(Boolean).join(' ')).join(' · '),
        }),
      ),
    );
  }
  box.append(section('Strongest pairs', edges.length, list));
  panel.replaceChildren(box);
}
