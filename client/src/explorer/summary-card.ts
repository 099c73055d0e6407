/**
 * The summary card of a large graph's first view (docs/large-graphs.md): over the canvas, how
 * many events the range holds and what the canvas draws of them (the busiest events and the
 * most active people, real nodes to click and expand), and the events per month (per day
 * within one month) and kind, each period a button that opens it: the date range becomes that
 * period, and the server answers its summary, or the period drawn whole when it fits. Hidden
 * while the canvas shows anything else. Not here: fetching (loading.ts) or the range itself
 * (the timeline and commands.dateRange).
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

function periodName(period: string): string {
  const range = periodRange(period);
  if (!range) return 'Undated';
  const date = new Date(`${range.from}T00:00:00Z`);
  return range.from === range.to ? DAYS.format(date) : MONTHS.format(date);
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
      const unit = summary.by === 'day' ? 'day' : 'month';
      const rows = byPeriod(summary.periods);
      root.append(
        el('h3', { className: 'ex-summary-title', textContent: 'Large graph: a summary' }),
        el('p', {
          textContent: `${summary.events.toLocaleString('en')} events${within}, too many to draw at once. Drawn: the ${summary.busiestEvents} events with the most speakers and the ${summary.mostActivePeople} people who spoke at the most events; double-click one to expand it.`,
        }),
        el('p', { className: 'ex-summary-hint', textContent: `Open a ${unit}:` }),
        el(
          'ul',
          { className: 'ex-summary-periods' },
          ...rows.map((row) => {
            const range = periodRange(row.period);
            const label = `${periodName(row.period)}: ${row.events.toLocaleString('en')}`;
            return el(
              'li',
              {},
              range
                ? el('button', {
                    type: 'button',
                    className: 'ex-summary-period',
                    textContent: label,
                    title: row.kinds,
                    dataset: { from: range.from, to: range.to, period: row.period },
                  })
                : el('span', { textContent: label, title: row.kinds }),
            );
          }),
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
