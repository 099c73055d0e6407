/**
 * The timeline: events (by event date) and articles (by publication date) on two separate
 * tracks of one time axis, with a date range chosen by dragging the handles, typing dates, or
 * clicking a mark (one day); "All dates" clears it. The range is applied by the caller (the
 * canvas hides events and articles outside it; the co-speaker view refetches). Data comes from
 * GET /api/timeline once.
 */
import { el, Listeners } from '../dom';
import type { TimelineResponse } from '../../../api';
import { axisTicks } from './timeline-ticks';

export interface Timeline {
  readonly root: HTMLElement;
  load(data: TimelineResponse): void;
  setRange(from: string | null, to: string | null): void;
  teardown(): void;
}

const DAY = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** A date whose year has four digits and does not start with 0 (years 1000–9999). */
const COMPLETE = /^[1-9]\d{3}-\d{2}-\d{2}$/;

export function createTimeline(
  onRange: (from: string | null, to: string | null) => void,
): Timeline {
  const listeners = new Listeners();
  const axis = el('div', { className: 'ex-tl-axis' });
  const events = el('div', { className: 'ex-tl-track', dataset: { track: 'events' } });
  const articles = el('div', { className: 'ex-tl-track', dataset: { track: 'articles' } });
  const selection = el('div', { className: 'ex-tl-selection' });
  const low = el('input', {
    type: 'range',
    className: 'ex-tl-handle',
    attrs: { 'aria-label': 'Start date' },
  });
  const high = el('input', {
    type: 'range',
    className: 'ex-tl-handle',
    attrs: { 'aria-label': 'End date' },
  });
  const fromInput = el('input', {
    type: 'date',
    className: 'ex-tl-date',
    dataset: { testid: 'timeline-from' },
    attrs: { 'aria-label': 'From' },
  });
  const toInput = el('input', {
    type: 'date',
    className: 'ex-tl-date',
    dataset: { testid: 'timeline-to' },
    attrs: { 'aria-label': 'To' },
  });
  const reset = el('button', {
    type: 'button',
    className: 'ex-button ex-small',
    textContent: 'All dates',
    dataset: { action: 'timeline-reset' },
  });
  const plot = el(
    'div',
    { className: 'ex-tl-plot' },
    el(
      'div',
      { className: 'ex-tl-labels' },
      el('span', { textContent: 'Events' }),
      el('span', { textContent: 'Articles' }),
    ),
    el('div', { className: 'ex-tl-area' }, selection, events, articles, axis, low, high),
  );
  const root = el(
    'div',
    {
      className: 'ex-timeline',
      dataset: { testid: 'timeline' },
      attrs: { role: 'group', 'aria-label': 'Timeline' },
    },
    el(
      'div',
      { className: 'ex-tl-controls' },
      el('span', { className: 'ex-tl-title', textContent: 'Timeline' }),
      fromInput,
      el('span', { textContent: '–' }),
      toInput,
      reset,
    ),
    plot,
  );
  let min = 0;
  let max = 1;
  let range: [string | null, string | null] = [null, null];

  const pct = (day: number) => `${(100 * (day - min)) / Math.max(max - min, 1)}%`;

  const paint = () => {
    const a = range[0] ? toDay(range[0]) : min;
    const b = range[1] ? toDay(range[1]) : max;
    low.value = String(a);
    high.value = String(b);
    fromInput.value = range[0] ?? '';
    toInput.value = range[1] ?? '';
    selection.style.left = pct(a);
    selection.style.width = `calc(${pct(b)} - ${pct(a)})`;
    selection.hidden = !range[0] && !range[1];
    for (const mark of root.querySelectorAll<HTMLElement>('.ex-tl-mark')) {
      const day = toDay(mark.dataset.date ?? '');
      mark.classList.toggle('ex-out', day < a || day > b);
    }
  };

  const emit = (from: string | null, to: string | null) => {
    if (from && to && from > to) [from, to] = [to, from];
    apply(from, to);
  };

  const apply = (from: string | null, to: string | null) => {
    fromInput.removeAttribute('aria-invalid');
    toInput.removeAttribute('aria-invalid');
    fromInput.title = toInput.title = '';
    range = [from, to];
    paint();
    onRange(from, to);
  };

  const mark = (date: string, title: string, kind: string, id: string) => {
    const dot = el('button', {
      type: 'button',
      className: `ex-tl-mark ex-tl-${kind}`,
      title,
      dataset: { date, id },
    });
    dot.style.left = pct(toDay(date));
    return dot;
  };

  listeners.on(low, 'input', () =>
    emit(Number(low.value) <= min ? null : fromDay(Number(low.value)), range[1]),
  );
  listeners.on(high, 'input', () =>
    emit(range[0], Number(high.value) >= max ? null : fromDay(Number(high.value))),
  );
  /**
   * A typed date: Chromium reports a value as soon as each part is valid, so the year 0002
   * arrives while "2017" is being typed. Only a complete date is applied, on change when the
   * year has its four digits, and on blur; an end before the start is marked, never swapped.
   */
  const typed = (input: HTMLInputElement, final: boolean) => {
    const value = input.value || null;
    if (value && !COMPLETE.test(value)) {
      if (final) invalid(input, 'Type the whole date (year with four digits).');
      return;
    }
    const [from, to] = input === fromInput ? [value, range[1]] : [range[0], value];
    if (from === range[0] && to === range[1]) return;
    if (from && to && from > to) {
      if (final)
        invalid(input, input === fromInput ? 'After the end date.' : 'Before the start date.');
      return;
    }
    apply(from, to);
  };
  const invalid = (input: HTMLInputElement, why: string) => {
    input.setAttribute('aria-invalid', 'true');
    input.title = why;
  };
  for (const input of [fromInput, toInput]) {
    listeners.on(input, 'change', () => typed(input, false));
    listeners.on(input, 'blur', () => typed(input, true));
    listeners.on<KeyboardEvent>(input, 'keydown', (event) => {
      if (event.key === 'Enter') typed(input, true);
    });
  }
  listeners.on(reset, 'click', () => emit(null, null));
  listeners.on<MouseEvent>(plot, 'click', (event) => {
    const date = (event.target as HTMLElement).dataset.date;
    if (date) emit(date, date);
  });

  return {
    root,
    load(data) {
      const all = data.range.all;
      if (!all.min || !all.max) {
        root.hidden = true;
        return;
      }
      // A little room on both sides so the first and last marks are not cut.
      const span = toDay(all.max) - toDay(all.min);
      min = toDay(all.min) - Math.max(3, Math.round(span * 0.03));
      max = toDay(all.max) + Math.max(3, Math.round(span * 0.03));
      for (const input of [low, high]) {
        input.min = String(min);
        input.max = String(max);
        input.step = '1';
      }
      fromInput.min = toInput.min = fromDay(min);
      fromInput.max = toInput.max = fromDay(max);
      events.replaceChildren(
        ...data.events.map((e) =>
          mark(
            e.date,
            `${e.date} · ${e.name}${e.city ? ` · ${e.city}` : ''} (${e.speakers} speaker${e.speakers === 1 ? '' : 's'})`,
            'event',
            e.id,
          ),
        ),
      );
      articles.replaceChildren(
        ...data.articles.map((a) =>
          mark(a.published, `${a.published} · published: ${a.title}`, 'article', a.id),
        ),
      );
      // A label runs to the right of its tick: one in the last few percent would be cut off.
      const room = min + (max - min) * 0.95;
      const ticks = axisTicks(min, max)
        .filter((t) => t.day <= room)
        .map((t) => {
          const tick = el('span', {
            className: t.year ? 'ex-tl-tick ex-tl-year' : 'ex-tl-tick',
            textContent: t.label,
          });
          tick.style.left = pct(t.day);
          return tick;
        });
      axis.replaceChildren(...ticks);
      paint();
    },
    setRange(from, to) {
      range = [from, to];
      paint();
    },
    teardown() {
      listeners.dispose();
      root.remove();
    },
  };
}
