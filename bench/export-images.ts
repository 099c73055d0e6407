/**
 * Image export benchmark (`npx tsx bench/export-images.ts`, not part of `npm test`): serves a bare
 * page with a Cytoscape canvas and the Export menu (bench/export-images/, Vite dev server, no
 * Neo4j), draws synthetic graphs into it (preset positions, wrapped labels with background boxes
 * on every node), and times the Export menu's SVG and PNG
 * downloads in Debian's Chromium from click to file. Prints seconds, file size and pixel size
 * per format and graph size. Sizes: `BENCH_IMAGE_SIZES=500:1500,3000:10000` (nodes:edges).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer } from 'vite';
import { chromium, type Page } from 'playwright-core';

const SIZES = (process.env.BENCH_IMAGE_SIZES ?? '500:1500,3000:10000')
  .split(',')
  .map((pair) => pair.split(':').map(Number) as [number, number]);

const RUNS: { label: string; format: string; area: string; scale?: string }[] = [
  { label: 'SVG full graph', format: 'svg', area: 'full' },
  { label: 'PNG full graph 1×', format: 'png', area: 'full', scale: '1' },
  { label: 'PNG viewport 4×', format: 'png', area: 'viewport', scale: '4' },
];

async function drawSynthetic(page: Page, nodes: number, edges: number): Promise<void> {
  const labels = ['Person', 'Organization', 'Event', 'Claim', 'Place'];
  const side = Math.ceil(Math.sqrt(nodes));
  const elements: object[] = [];
  for (let i = 0; i < nodes; i++) {
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, name: `Node ${i} name`, label: labels[i % labels.length] },
      position: { x: (i % side) * 60, y: Math.floor(i / side) * 60 },
    });
  }
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) % nodes;
  for (let j = 0; j < edges; j++) {
    elements.push({
      group: 'edges',
      data: { id: `e${j}`, source: `n${next()}`, target: `n${next()}`, type: 'REL' },
    });
  }
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate((all) => {
    const host = document.querySelector('[data-testid="workbench-graph"]') as unknown as {
      _cyreg: { cy: import('cytoscape').Core };
    };
    host._cyreg.cy.elements().remove();
    host._cyreg.cy.add(all as import('cytoscape').ElementDefinition[]);
    host._cyreg.cy.fit(undefined, 30);
  }, elements);
}

async function main(): Promise<void> {
  const server = await createServer({
    root: path.join(import.meta.dirname, 'export-images'),
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, fs: { allow: [path.join(import.meta.dirname, '..')] } },
  });
  await server.listen();
  const url = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-images-'));
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(url);
    await page.waitForSelector('[data-testid="export-menu"]', { state: 'attached' });
    console.log('| nodes / edges | export | seconds | file | pixels |');
    console.log('|---|---|---|---|---|');
    for (const [nodes, edges] of SIZES) {
      await drawSynthetic(page, nodes, edges);
      await page.click('[data-testid="export-menu"] > button');
      for (const run of RUNS) {
        await page.selectOption('select[name="xm-format"]', run.format);
        await page.selectOption('select[name="xm-area"]', run.area);
        if (run.scale) await page.selectOption('select[name="xm-scale"]', run.scale);
        const started = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 300_000 }),
          page.click('[data-action="export-download"]'),
        ]);
        const file = path.join(out, download.suggestedFilename());
        await download.saveAs(file);
        const seconds = (performance.now() - started) / 1000;
        const bytes = fs.statSync(file).size;
        const status = (await page.locator('.xm-status').textContent()) ?? '';
        const pixels = /(\d+) × (\d+)/.exec(status)?.slice(1).join(' × ') ?? '';
        console.log(
          `| ${nodes} / ${edges} | ${run.label} | ${seconds.toFixed(2)} | ${(bytes / 1e6).toFixed(2)} MB | ${pixels} |`,
        );
      }
      await page.keyboard.press('Escape');
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
}

await main();
