/**
 * The first view of a large graph in the browser (docs/large-graphs.md): with a generated
 * graph this file owns (test/support/large-graph.ts) the explorer opens on the server's
 * summary card, draws the busiest events and the most active people, and drills down: a month
 * that fits is drawn whole, and the timeline's "All dates" goes back to the summary (a month
 * still too large opens its days: test/overview-summary.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { graphCounts, testDriver } from '../support/neo4j';
import { createLargeGraph, removeLargeGraph } from '../support/large-graph';
import { launchBrowser, screenshot, startBrowserApp, type BrowserApp } from './support';
import { openExplorer } from './explorer-support';

const driver = testDriver();
let app: BrowserApp;
let browser: Browser;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  before = await graphCounts(driver);
  await removeLargeGraph(driver);
  await createLargeGraph(driver);
  app = await startBrowserApp(driver);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await removeLargeGraph(driver);
  expect(await graphCounts(driver)).toEqual(before);
  await driver.close();
}, 120_000);

describe('the first view of a large graph', () => {
  it('is a summary the analyst drills into, period by period', async () => {
    const { page, errors } = await openExplorer(browser, app.url, { width: 1400, height: 900 });
    const card = page.locator('[data-testid="overview-summary"]');
    await card.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForSelector('.ex-canvas[data-layout="done"]');
    // The busiest events and the most active people, not the whole graph.
    const drawn = Number(await page.getAttribute('.ex-canvas', 'data-nodes'));
    expect(drawn).toBeGreaterThan(20);
    expect(drawn).toBeLessThan(100);
    expect(await card.textContent()).toContain('20 events with the most speakers');
    const months = card.locator('button[data-period^="1990-"]');
    expect(await months.count()).toBe(12);
    await screenshot(page, 'overview-summary-1400');

    // A month that fits (March: 34 events and their speakers, under the 500-node cap) is drawn
    // whole, as the server answers it, and the card goes away.
    const march = (await (
      await page.request.get(`${app.url}/api/overview?from=1990-03-01&to=1990-03-31`)
    ).json()) as { summary: unknown; elements: { nodes: unknown[] } };
    expect(march.summary).toBeNull();
    await card.locator('button[data-period="1990-03"]').click();
    await card.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('from')).toBe('1990-03-01');
    await page.waitForSelector(
      `.ex-canvas[data-nodes="${march.elements.nodes.length}"][data-layout="done"]`,
      { timeout: 60_000 },
    );
    await screenshot(page, 'overview-summary-march');

    // The timeline's "All dates" goes back to the whole graph's summary.
    await page.click('[data-action="timeline-reset"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('button[data-period^="1990-"]').count()).toBe(12);
    expect(errors).toEqual([]);
    await page.close();

    const small = await openExplorer(browser, app.url, { width: 1024, height: 700 });
    await small.page.locator('[data-testid="overview-summary"]').waitFor({ state: 'visible' });
    await small.page.waitForSelector('.ex-canvas[data-layout="done"]');
    await screenshot(small.page, 'overview-summary-1024');
    expect(small.errors).toEqual([]);
    await small.page.close();
  }, 240_000);
});
