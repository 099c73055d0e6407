/**
 * Helpers shared by the explorer browser tests: open the app at a URL and wait until the
 * explorer has drawn its view, run a function on the canvas's Cytoscape core in the page,
 * search and choose a hit, read label boxes to check that no two labels overlap, and download
 * what the Export menu makes.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import { collectPageErrors } from './support';

export async function openExplorer(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors = collectPageErrors(page);
  const stacks: string[] = [];
  page.on('pageerror', (error) => stacks.push(error.stack ?? error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  await page
    .waitForSelector('.ex-root[data-ready="true"]', { timeout: 30_000 })
    .catch((error: Error) => {
      throw new Error(`${error.message}\npage errors: ${stacks.join('\n')}`);
    });
  await page.waitForFunction(() => !document.querySelector('.ex-root[data-busy]'));
  return { page, errors };
}

/** Runs `fn(cy, arg)` in the page on the explorer canvas's Cytoscape core. */
export function onCy<T, A = undefined>(
  page: Page,
  fn: (cy: import('cytoscape').Core, arg: A) => T,
  arg?: A,
): Promise<T> {
  return page.evaluate(
    ([source, value]) => {
      const host = document.querySelector('.ex-canvas') as unknown as {
        _cyreg: { cy: import('cytoscape').Core };
      };
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- fn's source crosses into the page as text; rebuilding it there is the point
      const run = new Function('cy', 'arg', `return (${source})(cy, arg)`) as (
        cy: unknown,
        arg: unknown,
      ) => T;
      return run(host._cyreg.cy, value);
    },
    [fn.toString(), arg] as const,
  );
}

/** Waits until no request of the explorer is running. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.ex-root[data-busy]') &&
      !document.querySelector('#panel[data-loading]'),
  );
}

/** Types into the search box and chooses the hit with `id` by keyboard. */
export async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  await page.fill('[data-testid="search"]', '');
  await page.type('[data-testid="search"]', text, { delay: 20 });
  const item = page.locator(`.ex-search-item[data-id="${id}"]`);
  await item.waitFor();
  const ids = await page
    .locator('.ex-search-item')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.id));
  for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => item.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await idle(page);
}

export interface LabelBox {
  id: string;
  name: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** On-screen boxes of the visible node labels (rendered coordinates). */
export function labelBoxes(page: Page): Promise<LabelBox[]> {
  return onCy(page, (cy) => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    return cy
      .nodes(':visible')
      .filter(
        (n) => Number.parseFloat(String(n.style('font-size'))) * zoom >= 6 && !n.hasClass('more'),
      )
      .map((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return {
          id: n.id(),
          name: String(n.data('name')),
          x1: b.x1 * zoom + pan.x,
          y1: b.y1 * zoom + pan.y,
          x2: b.x2 * zoom + pan.x,
          y2: b.y2 * zoom + pan.y,
        };
      });
  });
}

/** Pairs of labels whose boxes overlap by more than `slack` pixels both ways. */
export function overlaps(boxes: LabelBox[], slack = 2): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > slack && h > slack) found.push([a.name, b.name]);
    }
  }
  return found;
}

/** Page coordinates of a node's centre on the canvas. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.ex-canvas').boundingBox();
  const at = await onCy(page, (cy, nodeId) => cy.getElementById(nodeId).renderedPosition(), id);
  return { x: box!.x + at.x, y: box!.y + at.y };
}

/** Ids of the nodes on the canvas (without "N more" stubs), sorted. */
export function nodeIds(page: Page, selector = 'node'): Promise<string[]> {
  return onCy(
    page,
    (cy, sel) =>
      cy
        .nodes(sel)
        .not('.more')
        .map((n) => n.id())
        .sort(),
    selector,
  );
}

/** Opens the first view on a page that accepts downloads (for the Export menu). */
export async function openForDownloads(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  await page.goto(url);
  await page.waitForSelector('.ex-root[data-ready="true"]', { timeout: 30_000 });
  await idle(page);
  return page;
}

/** Clicks the Export menu's Download and returns the file's bytes. */
export async function downloadExport(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="export-download"]'),
  ]);
  return fs.readFileSync(await download.path());
}

/** The id of the article with the most relationships: one expansion brings most of a view. */
export async function busiestArticle(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Article)-[r]-() RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC LIMIT 1',
  );
  return String(records[0]!.get('id'));
}

/** Writes `contents` as JSON to `file` and opens it with the explorer's *Open file* input. */
export async function openJsonFile(page: Page, file: string, contents: unknown): Promise<void> {
  fs.writeFileSync(file, JSON.stringify(contents));
  await page.setInputFiles('[data-testid="export-open-file"]', file);
}

/**
 * Arms a click on the progress bar's Cancel in the very task that shows "preparing the
 * drawing", so it cannot land before or after that phase; then clicks `thenClick` (in the same
 * task, so the phase cannot start before the observer listens).
 */
export function cancelWhilePreparing(page: Page, thenClick?: string): Promise<void> {
  return page.evaluate((click) => {
    const bar = document.querySelector('[data-testid="layout-progress"]')!;
    const observer = new MutationObserver(() => {
      if (!bar.textContent?.includes('preparing the drawing')) return;
      observer.disconnect();
      bar.querySelector<HTMLButtonElement>('[data-action="cancel-layout"]')!.click();
    });
    observer.observe(bar, { subtree: true, childList: true, characterData: true });
    if (click) document.querySelector<HTMLButtonElement>(click)!.click();
  }, thenClick ?? null);
}
