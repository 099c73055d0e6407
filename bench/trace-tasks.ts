/**
 * The renderer main thread's tasks in a Chromium trace (`browser.startTracing` with the
 * 'toplevel' category), with the garbage collection and the work inside each. The page's
 * long-task observer reports only tasks that run the page's own event loop work, not V8's
 * collection tasks (a 265 ms compaction during a 100k layout went unreported), so the canvas
 * benchmark takes its traced figure from here.
 */
import fs from 'node:fs';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number } };
}

export interface TracedTask {
  /** Seconds since the thread's first traced event. */
  atS: number;
  /** Start and end in the trace's clock (µs), to compare with `markTime`. */
  startUs: number;
  endUs: number;
  ms: number;
  collectionMs: number;
  /** The longest pieces of work inside, as "what ms", longest first. */
  work: string[];
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Main-thread collection pauses; their background helpers run on other threads. */
const isCollection = (e: TraceEvent) =>
  /^(V8\.GC_(SCAVENGER|MC|MARK_COMPACTOR|MINOR_MC)|MajorGC|MinorGC|V8\.GCFinalizeMC)/.test(
    e.name,
  ) && !e.name.includes('BACKGROUND');
/** Script by its outermost call (a timer's or a frame's callback), and the browser's own work. */
const WORK_NAMES = new Set(['FunctionCall', 'Paint', 'UpdateLayoutTree', 'Layout', 'Layerize']);

export function readTrace(file: string): TraceEvent[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as
    TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Where a piece of work came from: the function and script of a call, or the event's name. */
function describe(e: TraceEvent): string {
  const data = e.args?.data;
  if (e.name !== 'FunctionCall' || !data) return e.name;
  const script = (data.url ?? '').split('/').pop() || '(inline)';
  return `${data.functionName || '(anonymous)'} ${script}:${data.lineNumber ?? '?'}`;
}

/** Total time of events, counting overlapping ones (a phase inside a collection) once. */
function covered(events: TraceEvent[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const end = e.ts + (e.dur ?? 0);
    if (end <= reach) continue;
    total += end - Math.max(e.ts, reach);
    reach = end;
  }
  return total;
}

/** When the page first called `performance.mark(name)` (traced with 'blink.user_timing'). */
export function markTime(events: TraceEvent[], name: string): number | undefined {
  const at = events.filter((e) => e.name === name).map((e) => e.ts);
  return at.length ? Math.min(...at) : undefined;
}

/** The main thread's tasks longer than `overMs`, in order. */
export function longTasks(events: TraceEvent[], overMs: number): TracedTask[] {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!thread) throw new Error('no renderer main thread in the trace');
  const spans = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const first = Math.min(...spans.map((e) => e.ts));
  return spans
    .filter((e) => TASK_NAMES.has(e.name) && (e.dur ?? 0) > overMs * 1000)
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = spans.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
      const work = new Map<string, number>();
      for (const e of inside.filter((x) => WORK_NAMES.has(x.name))) {
        // Only the outermost piece counts, so a call inside a call is not counted twice.
        const outer = inside.some(
          (o) =>
            o !== e &&
            WORK_NAMES.has(o.name) &&
            o.ts <= e.ts &&
            o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
            (o.dur ?? 0) > (e.dur ?? 0),
        );
        if (!outer) work.set(describe(e), (work.get(describe(e)) ?? 0) + (e.dur ?? 0));
      }
      return {
        atS: (task.ts - first) / 1e6,
        startUs: task.ts,
        endUs: end,
        ms: (task.dur ?? 0) / 1000,
        collectionMs: covered(inside.filter(isCollection)) / 1000,
        work: [...work]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(([what, us]) => `${what} ${(us / 1000).toFixed(0)}`),
      };
    });
}
