/**
 * The timeline's axis labels for a span of days: one a month when the dates fit in about a
 * year, then one a quarter, one a year, or one every few years, so that the labels never run
 * into each other however far apart the events are (a batch of new articles can stretch the
 * span from months to decades). The year is on the first label and on every January. Pure;
 * placing them is timeline.ts's work.
 */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** At most about this many labels across the axis (it is a few hundred pixels wide). */
const MAX_TICKS = 14;

export interface AxisTick {
  /** Days since 1970-01-01 (the timeline's unit). */
  day: number;
  label: string;
  /** A label that names its year (styled apart). */
  year: boolean;
}

/** Months between ticks: 1, 3 or 6, or whole years. */
function stepMonths(spanMonths: number): number {
  for (const step of [1, 3, 6]) if (spanMonths / step <= MAX_TICKS) return step;
  return 12 * Math.max(1, Math.ceil(spanMonths / 12 / MAX_TICKS));
}

export function axisTicks(minDay: number, maxDay: number): AxisTick[] {
  const start = new Date(minDay * DAY);
  const step = stepMonths((maxDay - minDay) / 30.44);
  const ticks: AxisTick[] = [];
  // The first month boundary after the start that falls on the step (January for years).
  let month = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1;
  const yearStep = step / 12;
  while (step >= 12 ? month % 12 !== 0 || (month / 12) % yearStep !== 0 : month % step !== 0)
    month += 1;
  for (; ; month += step) {
    const d = new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
    const day = d.getTime() / DAY;
    if (day > maxDay) break;
    const year = ticks.length === 0 || d.getUTCMonth() === 0;
    ticks.push({
      day,
      label:
        step >= 12
          ? String(d.getUTCFullYear())
          : `${MONTHS[d.getUTCMonth()]}${year ? ` ${d.getUTCFullYear()}` : ''}`,
      year,
    });
  }
  return ticks;
}
