/**
 * Canvas benchmark (`npm run bench:canvas`, not part of `npm test`): opens the built client in
 * Debian's Chromium (playwright-core, headless) at 1280×800, draws synthetic graphs of 1k, 5k
 * and 20k elements (one node per two relationships, the model's labels) through the explorer's
 * own import path, and measures the force layout (fcose) and frame times while panning, with
 * the canvas renderer and with Cytoscape's WebGL renderer. Prints milliseconds and ratios
 * against the canvas renderer at 1k from the same run, so figures compare across machines.
 * The API is not needed: the page opens a blank canvas, and the static server answers `/api/*`
 * with 503. Sizes: `BENCH_SIZES=1000,5000 npm run bench:canvas`.
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

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const FRAMES = 120;

function serveClient(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'unavailable', message: 'bench: no API' } }));
      return;
    }
    const file = path.join(CLIENT_DIST, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(CLIENT_DIST) || !fs.existsSync(file)) {
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
  size: number;
  webgl: boolean;
  renderer: string;
  layoutMs: number;
  frameMean: number;
  frameP95: number;
}

async function measure(
  browser: Browser,
  base: string,
  file: string,
  size: number,
  webgl: boolean,
): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/?view=blank&webgl=${webgl ? 1 : 0}`);
  await page.waitForSelector('.ex-root[data-ready="true"]');
  await page.setInputFiles('[data-testid="export-open-file"]', file);
  if (size > 2500) {
    // Above the explorer's threshold it asks first: draw everything.
    const ask = page.locator('[data-testid="large-result"] [data-action="draw-all"]');
    await ask.waitFor({ timeout: 60_000 });
    // Clicked from a timer: the layout that follows blocks the page, and a Playwright click
    // would wait for it and time out.
    await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>(
        '[data-testid="large-result"] [data-action="draw-all"]',
      );
      setTimeout(() => button?.click(), 0);
    });
  }
  const nodes = String(Math.round(size / 3));
  await page.waitForSelector(`.ex-canvas[data-nodes="${nodes}"][data-layout-ms]`, {
    timeout: 600_000,
  });
  const layoutMs = Number(await page.getAttribute('.ex-canvas', 'data-layout-ms'));
  const renderer = String(await page.getAttribute('.ex-canvas', 'data-renderer'));
  const frames = await page.evaluate(async (count) => {
    const host = document.querySelector('.ex-canvas') as unknown as {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const cy = host._cyreg.cy;
    cy.zoom(1); // labels drawn, as when an analyst reads the graph
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      times.push(now - last);
      last = now;
      cy.panBy({ x: i % 40 < 20 ? 8 : -8, y: 3 });
    }
    return times.slice(5);
  }, FRAMES);
  await page.close();
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    size,
    webgl,
    renderer,
    layoutMs,
    frameMean: frames.reduce((a, b) => a + b, 0) / frames.length,
    frameP95: sorted[Math.floor(sorted.length * 0.95)]!,
  };
}

async function main(): Promise<void> {
  await ensureClientBuilt();
  const server = await serveClient();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
    ],
  });
  const results: Result[] = [];
  try {
    for (const size of SIZES) {
      const file = path.join(dir, `graph-${size}.json`);
      fs.writeFileSync(file, JSON.stringify(syntheticElements(size)));
      for (const webgl of [false, true]) {
        const result = await measure(browser, base, file, size, webgl);
        results.push(result);
        console.error(
          `${size} elements, ${result.renderer}: layout ${result.layoutMs} ms, frame ${result.frameMean.toFixed(1)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const baseline = results.find((r) => r.size === SIZES[0] && !r.webgl)!;
  console.log(
    `\nCanvas benchmark (headless Chromium ${os.cpus().length} CPU; ratios vs canvas renderer at ${baseline.size} elements)\n`,
  );
  console.log(
    '| elements | renderer | fcose layout ms | × | pan frame mean ms | × | frame p95 ms |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.size.toLocaleString('en')} | ${r.renderer} | ${r.layoutMs} | ${(r.layoutMs / baseline.layoutMs).toFixed(1)} | ${r.frameMean.toFixed(1)} | ${(r.frameMean / baseline.frameMean).toFixed(2)} | ${r.frameP95.toFixed(1)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
