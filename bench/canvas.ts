/**
 * Canvas benchmark (`npm run bench:canvas [-- --json FILE]`, not part of `npm test`): opens the
 * built client in Debian's Chromium (playwright-core, headless) at 1280×800, draws synthetic
 * graphs of 1k, 5k, 20k and 100k elements (bench/synthetic-elements.ts) through the explorer's
 * own import path, and measures for each size and renderer (canvas, Cytoscape's WebGL): the
 * force layout (in the layout worker above 150 nodes: fcose, or ForceAtlas2 above its
 * threshold), the longest main-thread task from its start until a second after its result is
 * drawn (PerformanceObserver 'longtask' in the page; 0 when there was none, i.e. under 50 ms),
 * the longest task before it, from "Draw all" (the elements added and styled: `drawTaskMs`),
 * mean and p95 frame times while panning by a mouse drag at zoom 1, and the page's JS heap.
 * `BENCH_TRACE=dir` traces each worker run and adds both task figures from the trace, V8's
 * collection tasks included (trace-tasks.ts; `npm run bench:long-tasks` reads a trace). The same run measures the main-thread fcose of before (`?layoutWorker=0`, canvas
 * renderer) as the baseline, stopped after BENCH_BASELINE_TIMEOUT_S
 * (reported as "> N s"), and prints the ratios (worker / main-thread) and the load average. The API is not needed: the page opens a blank
 * canvas, and the static server answers `/api/*` with 503.
 * `BENCH_SIZES=1000,5000 BENCH_RENDERERS=canvas npm run bench:canvas -- --json out.json`;
 * `BENCH_QUERY=detail=full` adds page switches, `BENCH_SCREENSHOTS=dir` saves each result.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { ensureClientBuilt } from '../server/client-build';
import { CLIENT_DIST } from '../server/app';
import { syntheticElements } from './synthetic-elements';
import { longTasks, markTime, type TraceEvent } from './trace-tasks';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000,100000').split(',').map(Number);
const RENDERERS = (process.env.BENCH_RENDERERS ?? 'canvas,webgl').split(',');
/** The main-thread baseline is stopped after this long and reported as "> N s". */
const BASELINE_TIMEOUT_S = Number(process.env.BENCH_BASELINE_TIMEOUT_S ?? 180);
/** The worker layout (and the drawing before it) is given this long. */
const LAYOUT_TIMEOUT_S = Number(process.env.BENCH_LAYOUT_TIMEOUT_S ?? 900);
const FRAMES = 120;
/** Long tasks are counted until this long after the result's first frames. */
const SETTLE_MS = 1000;
/** Frames stop after this long (software WebGL at 100k draws seconds a frame). */
const FRAMES_MAX_MS = 30_000;
/** A second build (e.g. of main) measured in the same run as 'worker (before)'. */
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST;
/** More query parameters for the page, e.g. `detail=full` or `forceAtlas=0` (README). */
/** A folder for a 1400×900 screenshot of each worker result, fitted (BENCH_SCREENSHOTS=dir). */
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS;
/**
 * A folder for a Chromium trace of each worker run (BENCH_TRACE=dir), from opening the page to
 * the end of the settling second: `npm run bench:long-tasks -- FILE` says what the long tasks held.
 */
const TRACE = process.env.BENCH_TRACE;
const EXTRA_QUERY = process.env.BENCH_QUERY ? `&${process.env.BENCH_QUERY}` : '';
const jsonArg = process.argv.indexOf('--json');
const JSON_FILE = jsonArg >= 0 ? process.argv[jsonArg + 1] : undefined;

function serveClient(dist: string = CLIENT_DIST): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'unavailable', message: 'bench: no API' } }));
      return;
    }
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(dist) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : 'text/html';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Result {
  elements: number;
  renderer: string;
  /** 'worker', 'worker (before)' for BENCH_BEFORE_DIST, or 'main-thread' for the baseline. */
  layout: string;
  /** Null when the baseline was stopped after `timeoutS`. */
  layoutMs: number | null;
  timeoutS?: number;
  /** Why there is no figure when it was not the time limit (e.g. the page crashed). */
  error?: string;
  /** Longest main-thread task from the layout's start to a second after its result is drawn. */
  longestTaskMs: number | null;
  /**
   * Longest task from "Draw all" (or, below the prompt's threshold, from opening the file) until
   * the layout started: adding the elements and styling them. The page's start-up is not in it.
   */
  drawTaskMs: number | null;
  /** With BENCH_TRACE: the same two figures from the trace, V8's collection tasks included. */
  tracedLongestTaskMs?: number;
  tracedDrawTaskMs?: number;
  frameMeanMs: number | null;
  frameP95Ms: number | null;
  pageMemoryMB: number | null;
  /** The machine's one-minute load average when the row was measured. */
  loadAverage?: number;
}

/** Installed before the page's scripts: long tasks, and when the canvas's layout starts/ends. */
function observe(): void {
  const w = window as unknown as {
    __tasks: { start: number; end: number }[];
    __layout: { start?: number; end?: number };
  };
  w.__tasks = [];
  w.__layout = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__tasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const host = document.querySelector('.ex-canvas');
    const state = host?.getAttribute('data-layout');
    if (state === 'running' && w.__layout.start === undefined) {
      w.__layout.start = performance.now();
      performance.mark('bench-layout-start'); // for a traced run (BENCH_TRACE)
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout'] });
}

async function measure(
  browser: Browser,
  base: string,
  file: string,
  size: number,
  renderer: string,
  worker: boolean,
  label = worker ? 'worker' : 'main-thread',
): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('crash', () => console.error(`${size} elements: the page crashed`));
  page.on('pageerror', (error) => console.error(`${size} elements: ${error.message}`));
  const row: Result = {
    elements: size,
    renderer,
    layout: label,
    layoutMs: null,
    longestTaskMs: null,
    drawTaskMs: null,
    frameMeanMs: null,
    frameP95Ms: null,
    pageMemoryMB: null,
  };
  try {
    await page.addInitScript(observe);
    // tsx keeps function names through an `__name` helper, which code passed to evaluate()
    // then calls in the page.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    const tracing = TRACE !== undefined && worker;
    if (tracing) {
      fs.mkdirSync(TRACE, { recursive: true });
      await browser.startTracing(page, {
        path: path.join(TRACE, `trace-${size}-${renderer}-${label.replace(/\W+/g, '-')}.json`),
        categories: [
          'toplevel',
          'devtools.timeline',
          'disabled-by-default-v8.gc',
          'blink.user_timing',
        ],
      });
    }
    const webgl = renderer === 'webgl' ? 1 : 0;
    await page.goto(
      `${base}/?view=blank&webgl=${webgl}${worker ? '' : '&layoutWorker=0'}${EXTRA_QUERY}`,
    );
    await page.waitForSelector('.ex-root[data-ready="true"]');
    // Where the drawing starts (drawTaskMs): opening the file, or "Draw all" below.
    if (size <= 2500)
      await page.evaluate(() => {
        (window as unknown as { __drawAt: number }).__drawAt = performance.now();
        performance.mark('bench-draw-start');
      });
    await page.setInputFiles('[data-testid="export-open-file"]', file);
    if (size > 2500) {
      // Above the explorer's threshold it asks first: draw everything. Clicked from a timer: on
      // the main thread the layout that follows blocks the page, and a Playwright click would
      // wait for it.
      const ask = page.locator('[data-testid="large-result"] [data-action="draw-all"]');
      await ask.waitFor({ timeout: 120_000 });
      await page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>(
          '[data-testid="large-result"] [data-action="draw-all"]',
        );
        (window as unknown as { __drawAt: number }).__drawAt = performance.now();
        performance.mark('bench-draw-start');
        setTimeout(() => button?.click(), 0);
      });
    }
    const nodes = String(Math.round(size / 3));
    const limit = worker ? LAYOUT_TIMEOUT_S : BASELINE_TIMEOUT_S;
    const done = await page
      .waitForSelector(`.ex-canvas[data-nodes="${nodes}"][data-layout-ms]`, {
        timeout: limit * 1000,
      })
      .then(() => true)
      .catch((error: Error) => {
        if (error.name === 'TimeoutError') row.timeoutS = limit;
        else row.error = error.message.split('\n')[0];
        return false;
      });
    if (!done) return row;
    row.layoutMs = Number(await page.getAttribute('.ex-canvas', 'data-layout-ms'));
    // Small graphs keep their layout on the main thread (WORKER_ABOVE in canvas.ts).
    if (worker && Number(nodes) <= 150) row.layout = 'main-thread (small)';
    row.renderer = String(await page.getAttribute('.ex-canvas', 'data-renderer'));
    // Two frames, so the drawing of the result counts among the layout's tasks, then a second
    // more: Cytoscape sharpens textures and redraws in the frames after, and those count too.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await page.waitForTimeout(SETTLE_MS);
    if (tracing) {
      const events = JSON.parse((await browser.stopTracing()).toString('utf8')) as
        TraceEvent[] | { traceEvents: TraceEvent[] };
      Object.assign(row, tracedFigures(Array.isArray(events) ? events : events.traceEvents));
    }
    const tasks = await page.evaluate((mainThread) => {
      const w = window as unknown as {
        __tasks: { start: number; end: number }[];
        __layout: { start?: number };
        __drawAt?: number;
      };
      const start = w.__layout.start ?? 0;
      const drawAt = w.__drawAt ?? 0;
      // The worker's layout starts in a task of its own; on the main thread the layout runs
      // inside the task that drew the graph, so that one counts.
      const during = w.__tasks.filter((t) => t.start >= start || (mainThread && t.end > start));
      const before = w.__tasks.filter((t) => !during.includes(t) && t.start >= drawAt);
      return {
        during: Math.max(0, ...during.map((t) => t.end - t.start)),
        before: Math.max(0, ...before.map((t) => t.end - t.start)),
      };
    }, !worker);
    row.longestTaskMs = Math.round(tasks.during);
    row.drawTaskMs = Math.round(tasks.before);
    // Panned as an analyst pans: a mouse drag from a spot of the background, so that
    // Cytoscape's viewport shortcuts (level-of-detail.ts) apply as they would; a programmatic
    // pan draws every frame in full. The page times its frames while the mouse moves.
    const at = await page.evaluate(() => {
      const host = document.querySelector('.ex-canvas') as unknown as HTMLElement & {
        _cyreg: { cy: import('cytoscape').Core };
      };
      const cy = host._cyreg.cy;
      cy.zoom(1); // labels drawn, as when an analyst reads the graph
      const box = host.getBoundingClientRect();
      const spots = cy.nodes().map((n) => ({
        ...n.renderedPosition(),
        r: (n.renderedOuterWidth() + n.renderedOuterHeight()) / 4 + 4,
      }));
      for (let g = 0; g < 0.45; g += 0.025)
        for (const [fx, fy] of [
          [0.5 + g, 0.5],
          [0.5 - g, 0.5],
          [0.5, 0.5 + g],
          [0.5, 0.5 - g],
        ]) {
          const [x, y] = [fx! * box.width, fy! * box.height];
          if (spots.every((p) => Math.abs(p.x - x) > p.r || Math.abs(p.y - y) > p.r))
            return { x: box.left + x, y: box.top + y, panX: cy.pan().x };
        }
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, panX: cy.pan().x };
    });
    await page.evaluate(
      ([count, maxMs]) => {
        const w = window as unknown as { __frames: { times: number[]; done: boolean } };
        w.__frames = { times: [], done: false };
        const began = performance.now();
        let last = began;
        const tick = (now: number) => {
          w.__frames.times.push(now - last);
          last = now;
          if (w.__frames.times.length < count && now - began < maxMs) requestAnimationFrame(tick);
          else w.__frames.done = true;
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
        });
      },
      [FRAMES, FRAMES_MAX_MS] as const,
    );
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 0; i < 10_000; i++) {
      await page.mouse.move(at.x + ((i % 40) - 20) * 6, at.y + (i % 40 < 20 ? 3 : -3));
      if (
        await page.evaluate(
          () => (window as unknown as { __frames: { done: boolean } }).__frames.done,
        )
      )
        break;
    }
    await page.mouse.up();
    const frames = await page.evaluate((panX) => {
      const w = window as unknown as {
        __frames: { times: number[] };
      };
      const host = document.querySelector('.ex-canvas') as unknown as {
        _cyreg: { cy: import('cytoscape').Core };
      };
      return { times: w.__frames.times.slice(5), moved: host._cyreg.cy.pan().x !== panX };
    }, at.panX);
    if (!frames.moved) {
      row.error = 'the drag did not pan the canvas';
      return row;
    }
    const sorted = [...frames.times].sort((a, b) => a - b);
    row.frameMeanMs = round1(
      frames.times.reduce((a, b) => a + b, 0) / Math.max(frames.times.length, 1),
    );
    row.frameP95Ms = round1(sorted[Math.floor(sorted.length * 0.95)] ?? NaN);
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
    );
    row.pageMemoryMB = heap ? Math.round(heap / 2 ** 20) : null;
    if (SCREENSHOTS && worker) {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.evaluate(async () => {
        const host = document.querySelector('.ex-canvas') as unknown as {
          _cyreg: { cy: import('cytoscape').Core };
        };
        host._cyreg.cy.resize();
        host._cyreg.cy.fit(undefined, 36);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOTS, `canvas-${size}-${label.replace(/\W+/g, '-')}.png`),
        timeout: 120_000,
      });
    }
    return row;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * The longest main-thread tasks of a traced run, V8's own collection tasks included (the
 * page's long-task observer does not see those): from "Draw all" to the layout's start, and
 * from the layout's start to the end of the settling second.
 */
function tracedFigures(
  events: TraceEvent[],
): Pick<Result, 'tracedDrawTaskMs' | 'tracedLongestTaskMs'> {
  const draw = markTime(events, 'bench-draw-start');
  const layout = markTime(events, 'bench-layout-start');
  if (draw === undefined || layout === undefined) return {};
  const tasks = longTasks(events, 50);
  const longest = (from: number, to: number) =>
    Math.round(
      Math.max(0, ...tasks.filter((t) => t.endUs > from && t.startUs < to).map((t) => t.ms)),
    );
  return {
    tracedDrawTaskMs: longest(draw, layout),
    tracedLongestTaskMs: longest(layout, Infinity),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const ms = (r: Result) =>
  r.layoutMs !== null
    ? `${r.layoutMs.toLocaleString('en')} ms`
    : r.timeoutS
      ? `> ${r.timeoutS} s`
      : `failed: ${r.error}`;

async function main(): Promise<void> {
  await ensureClientBuilt();
  const server = await serveClient();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const before = BEFORE_DIST ? await serveClient(path.resolve(BEFORE_DIST)) : undefined;
  const beforeBase = before && `http://127.0.0.1:${(before.address() as AddressInfo).port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-canvas-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  const results: Result[] = [];
  const report = (r: Result) => {
    r.loadAverage = round1(os.loadavg()[0]!);
    results.push(r);
    console.error(
      `${r.elements} elements, ${r.renderer}, ${r.layout}: layout ${ms(r)}, longest task ${r.longestTaskMs} ms, draw task ${r.drawTaskMs} ms${r.tracedLongestTaskMs === undefined ? '' : ` (traced: longest ${r.tracedLongestTaskMs}, draw ${r.tracedDrawTaskMs} ms)`}, frame ${r.frameMeanMs} / p95 ${r.frameP95Ms} ms, heap ${r.pageMemoryMB} MB`,
    );
  };
  try {
    for (const size of SIZES) {
      const file = path.join(dir, `graph-${size}.json`);
      fs.writeFileSync(file, JSON.stringify(syntheticElements(size)));
      for (const renderer of RENDERERS) {
        if (beforeBase)
          report(await measure(browser, beforeBase, file, size, renderer, true, 'worker (before)'));
        report(await measure(browser, base, file, size, renderer, true));
      }
      report(await measure(browser, base, file, size, 'canvas', false));
    }
  } finally {
    await browser.close();
    server.close();
    before?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (JSON_FILE) fs.writeFileSync(JSON_FILE, JSON.stringify({ sizes: results }, null, 2) + '\n');
  console.log(
    `\nCanvas benchmark (headless Chromium, ${os.cpus().length} CPU, load average ${os.loadavg()[0]!.toFixed(1)}; × = worker layout time / main-thread fcose, same size, same run; longest task "< 50": none of 50 ms or more, the shortest a long task can be)\n`,
  );
  console.log(
    '| elements | renderer | layout | layout time | × | longest task ms | draw task ms | pan frame mean ms | p95 ms | heap MB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const main = results.find((b) => b.elements === r.elements && b.layout === 'main-thread');
    const ratio =
      r.layout.startsWith('worker') && main && r.layoutMs
        ? main.layoutMs === null
          ? main.timeoutS
            ? `< ${(r.layoutMs / (main.timeoutS * 1000)).toFixed(2)}`
            : ''
          : (r.layoutMs / main.layoutMs).toFixed(2)
        : '';
    const traced = (n: number | undefined) =>
      n === undefined ? '' : ` (traced ${n === 0 ? '< 50' : n})`;
    const longest =
      (r.longestTaskMs === 0 ? '< 50' : (r.longestTaskMs ?? '')) + traced(r.tracedLongestTaskMs);
    console.log(
      `| ${r.elements.toLocaleString('en')} | ${r.renderer} | ${r.layout} | ${ms(r)} | ${ratio} | ${longest} | ${r.drawTaskMs ?? ''}${traced(r.tracedDrawTaskMs)} | ${r.frameMeanMs ?? ''} | ${r.frameP95Ms ?? ''} | ${r.pageMemoryMB ?? ''} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
