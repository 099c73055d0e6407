/**
 * The summary card of a large graph's first view (docs/large-graphs.md): over the canvas, how
 * many events the range holds and what the canvas draws of them (the busiest events and the
 * most active people, real nodes to click and expand), and the events per month (per day
 * within one month) and kind, each period a button that opens it: the date range becomes that
 * period, and the server answers its summary, or the period drawn whole when it fits. Hidden
 * while the canvas shows anything else. Not here: fetching (loading.ts) or the range itself
 * (the timeline and commands.dateRange). The buttons are short ("Mar 34", grouped under their
 * year) so that the card stays a strip along the canvas's top that leaves the graph room at
 * 1024×700; each button's title gives the full name and the kinds.
 */
import { el } from '../dom';
import type { OverviewPeriod, OverviewSummary } from '../../../api';

export interface SummaryCard {
  readonly root: HTMLElement;
  render(summary: OverviewSummary | null): void;
}

const MONTHS = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAYS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The first and last day of a period ('YYYY-MM' or 'YYYY-MM-DD'); null when undated. */
export function periodRange(period: string): { from: string; to: string } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return { from: period, to: period };
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return null;
  const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

const SHORT_MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

function periodName(period: string): string {
  const range = periodRange(period);
  if (!range) return 'Undated';
  const date = new Date(`${range.from}T00:00:00Z`);
  return range.from === range.to ? DAYS.format(date) : MONTHS.format(date);
}

/** The button's own text: the month ('Mar') or the day ('12') within the group's heading. */
function shortName(period: string): string {
  const range = periodRange(period);
  if (!range) return 'Undated';
  const date = new Date(`${range.from}T00:00:00Z`);
  return range.from === range.to ? String(date.getUTCDate()) : SHORT_MONTHS.format(date);
}

/** The heading a period is grouped under: its year, or its month for days. */
function groupName(period: string, byDay: boolean): string {
  const range = periodRange(period);
  if (!range) return 'Undated';
  return byDay ? MONTHS.format(new Date(`${range.from}T00:00:00Z`)) : range.from.slice(0, 4);
}

/** Periods in order, each with its events per kind. */
function byPeriod(periods: OverviewPeriod[]): { period: string; events: number; kinds: string }[] {
  const rows = new Map<string, { events: number; kinds: string[] }>();
  for (const p of periods) {
    const row = rows.get(p.period) ?? { events: 0, kinds: [] };
    row.events += p.events;
    row.kinds.push(`${p.events.toLocaleString('en')} ${p.kind}`);
    rows.set(p.period, row);
  }
  return [...rows].map(([period, row]) => ({
    period,
    events: row.events,
    kinds: row.kinds.join(', '),
  }));
}

export function createSummaryCard(
  open: (from: string | null, to: string | null) => void,
): SummaryCard {
  const root = el('section', {
    className: 'ex-summary',
    dataset: { testid: 'overview-summary' },
    attrs: { 'aria-label': 'Summary of a large graph' },
  });
  root.hidden = true;
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-from]');
    if (button) open(button.dataset.from || null, button.dataset.to || null);
  });
  let shown: OverviewSummary | null = null;
  return {
    root,
    render(summary) {
      if (summary === shown) return;
      shown = summary;
      root.hidden = !summary;
      root.replaceChildren();
      if (!summary) return;
      const within =
        summary.from || summary.to
          ? ` from ${summary.from ?? 'the start'} to ${summary.to ?? 'the end'}`
          : '';
      const byDay = summary.by === 'day';
      const groups = new Map<string, ReturnType<typeof byPeriod>>();
      for (const row of byPeriod(summary.periods)) {
        const name = groupName(row.period, byDay);
        groups.set(name, [...(groups.get(name) ?? []), row]);
      }
      root.append(
        el('h3', { className: 'ex-summary-title', textContent: 'Large graph: a summary' }),
        el('p', {
          textContent: `${summary.events.toLocaleString('en')} events${within}, too many to draw at once. Drawn: the ${summary.busiestEvents} events with the most speakers and the ${summary.mostActivePeople} people who spoke at the most events. Open a ${byDay ? 'day' : 'month'}:`,
        }),
        ...[...groups].map(([name, rows]) =>
          el(
            'div',
            { className: 'ex-summary-group' },
            el('span', { className: 'ex-summary-hint', textContent: name }),
            el(
              'ul',
              { className: 'ex-summary-periods' },
              ...rows.map((row) => {
                const range = periodRange(row.period);
                const count = row.events.toLocaleString('en');
                const title = `${periodName(row.period)}: ${count} events (${row.kinds})`;
                return el(
                  'li',
                  {},
                  range
                    ? el(
                        'button',
                        {
                          type: 'button',
                          className: 'ex-summary-period',
                          title,
                          attrs: { 'aria-label': title },
                          dataset: { from: range.from, to: range.to, period: row.period },
                        },
                        el('span', { textContent: shortName(row.period) }),
                        el('span', { className: 'ex-summary-count', textContent: count }),
                      )
                    : el('span', { textContent: `Undated: ${count}`, title }),
                );
              }),
            ),
          ),
        ),
      );
      if (summary.from || summary.to)
        root.append(
          el('button', {
            type: 'button',
            className: 'ex-button',
            textContent: 'All dates',
            dataset: { from: '', to: '', action: 'summary-all' },
          }),
        );
    },
  };
}
