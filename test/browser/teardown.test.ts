/**
 * The explorer's and the workbench's teardowns in a real browser: mounted on a page of their
 * own (teardown-page/, built by Vite for the test), loaded with the corpus and the saved-query
 * lists, then torn down; the listeners on window and document (read through the Chrome
 * DevTools protocol) are exactly those from before mounting, and the views' elements are gone.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { testDriver } from '../support/neo4j';
import { launchBrowser, startBrowserApp, type BrowserApp } from './support';

// Outside any dot-folder: Express will not send files from one.
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'teardown-page-'));
const driver = testDriver();
let app: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  await build({
    configFile: false,
    root: path.join(import.meta.dirname, 'teardown-page'),
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  [app, browser] = await Promise.all([
    startBrowserApp(driver, { clientDir: OUT }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver.close();
  fs.rmSync(OUT, { recursive: true, force: true });
});

/** The types of the listeners on window and document, sorted. */
async function listeners(page: Page): Promise<{ window: string[]; document: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const found = { window: [] as string[], document: [] as string[] };
  for (const target of ['window', 'document'] as const) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    found[target] = listeners.map((l) => l.type).sort();
  }
  await cdp.detach();
  return found;
}

describe('Teardown of the explorer and the workbench', () => {
  it('removes every listener they added to window and document, and their elements', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    // Playwright adds listeners of its own on first use: count after it has been used.
    await page.waitForSelector('#canvas', { state: 'attached' });
    await page.waitForSelector('#canvas');
    await page.locator('#canvas').count();
    const before = await listeners(page);
    const bodyChildren = () => page.evaluate(() => document.body.children.length);
    const children = await bodyChildren();

    await page.evaluate(() => (window as unknown as { mountViews(): void }).mountViews());
    await page.waitForSelector('.ex-root[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('.wb-list-library .wb-list-item');
    const mounted = await listeners(page);
    expect(mounted.document).toContain('keydown');
    expect(mounted.window.length).toBeGreaterThan(before.window.length);

    await page.evaluate(() => (window as unknown as { unmountViews(): void }).unmountViews());
    expect(await listeners(page)).toEqual(before);
    expect(await page.locator('#canvas *, #panel *, #workbench *').count()).toBe(0);
    expect(await bodyChildren()).toBe(children);
    await page.close();
  });
});
