/**
 * The large-result prompt offers what to keep (large-result.ts): opened from a file of 5,000
 * elements, it draws the analyst's number of most connected nodes (the same ones keep-part.ts
 * chooses), of the checked labels only when some are unchecked, and says when drawing
 * everything would be at reduced detail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticElements } from '../../bench/synthetic-elements';
import { keepLabels, keepMostConnected } from '../../client/src/explorer/keep-part';
import { screenshot } from './support';
import { fileSuite } from './file-suite';
import { onCy, openExplorer, openJsonFile } from './explorer-support';

const suite = fileSuite('large-result');

const file = syntheticElements(5000);
const graph = file.elements;

async function openFile(page: Page): Promise<void> {
  await openJsonFile(page, path.join(suite.dir, 'graph-5000.json'), file);
  await page.waitForSelector('[data-testid="large-result"]');
}

const drawnIds = (page: Page) =>
  onCy(page, (cy) =>
    cy
      .nodes()
      .map((n) => n.id())
      .sort(),
  );

describe('the large-result prompt', () => {
  it('keeps the most connected nodes, of the checked labels', async () => {
    const { page, errors } = await openExplorer(suite.browser, `${suite.app.url}/?view=blank`, {
      width: 1400,
      height: 900,
    });
    await openFile(page);
    const prompt = page.locator('[data-testid="large-result"]');
    expect(await prompt.textContent()).toContain('1,667 nodes');
    expect(await prompt.locator('[data-action="draw-all"]').textContent()).not.toContain(
      'reduced detail',
    );
    await screenshot(page, 'large-result-prompt');
    await prompt.locator('input[name="keep-count"]').fill('300');
    await prompt.locator('[data-action="draw-top"]').click();
    await page.waitForSelector('.ex-canvas[data-nodes="300"][data-layout="done"]', {
      timeout: 120_000,
    });
    const expected = keepMostConnected(graph, 300)
      .nodes.map((n) => n.data.id)
      .sort();
    expect(await drawnIds(page)).toEqual(expected);
    await screenshot(page, 'large-result-kept');

    // Again, only people: the most connected of them.
    await openFile(page);
    await prompt.locator('input[data-label="Event"]').uncheck();
    await prompt.locator('input[data-label="Organization"]').uncheck();
    await prompt.locator('input[name="keep-count"]').fill('200');
    await prompt.locator('[data-action="draw-top"]').click();
    await page.waitForSelector('.ex-canvas[data-nodes="200"][data-layout="done"]', {
      timeout: 120_000,
    });
    const unchecked = new Set(['Event', 'Organization']);
    const labels = new Set(graph.nodes.map((n) => n.data.label).filter((l) => !unchecked.has(l)));
    const people = keepMostConnected(keepLabels(graph, labels), 200)
      .nodes.map((n) => n.data.id)
      .sort();
    expect(await drawnIds(page)).toEqual(people);
    expect(errors).toEqual([]);
    await page.close();

    const small = await openExplorer(suite.browser, `${suite.app.url}/?view=blank`, {
      width: 1024,
      height: 700,
    });
    await openFile(small.page);
    await screenshot(small.page, 'large-result-prompt-1024');
    await small.page.locator('[data-testid="large-result"] [data-action="draw-cancel"]').click();
    expect(await small.page.getAttribute('.ex-canvas', 'data-nodes')).toBe('0');
    await small.page.close();
  }, 300_000);
});
