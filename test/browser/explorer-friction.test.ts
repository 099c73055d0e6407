/**
 * The rough edges of issue 16, in a real browser against the seeded corpus: full-text search
 * over quotes and articles (grouped by kind, matching words marked as text, each claim with
 * its speaker and event), events found by their city, paths limited to chosen relationship
 * types, and the keyboard (Delete hides the selection, Ctrl-A selects all, `?` lists the
 * shortcuts). Screenshots go to test-output/friction-*.png.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { testDriver } from '../support/neo4j';
import { launchBrowser, screenshot, startBrowserApp, type BrowserApp } from './support';
import {
  busiestArticle,
  downloadExport,
  idle,
  nodeIds,
  nodePoint,
  onCy,
  openExplorer,
  openForDownloads,
} from './explorer-support';

const driver = testDriver();
let app: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startBrowserApp(driver), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver.close();
});

describe('Full-text search', () => {
  it('finds words of quotes and articles, grouped by kind, the words marked, claims with speaker and event', async () => {
    const { page, errors } = await openExplorer(browser, app.url, { width: 1400, height: 900 });
    await page.click('[data-testid="search"]');
    await page.keyboard.type('fatwa', { delay: 20 });
    await page.locator('.ex-search-item[data-kind="claims"]').first().waitFor();
    const groups = await page.locator('.ex-search-group').allTextContents();
    expect(groups).toContain('In claims');
    const marks = await page.locator('.ex-search-item[data-kind="claims"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^fatw/);
    const context = await page
      .locator('.ex-search-item[data-kind="claims"] .ex-search-context')
      .first()
      .textContent();
    expect(context).toMatch(/claimed by .+ · .+/);
    await screenshot(page, 'friction-search-fatwa');

    // Choosing a claim puts it on the canvas, focused.
    const id = await page
      .locator('.ex-search-item[data-kind="claims"]')
      .first()
      .getAttribute('data-id');
    const index = await page
      .locator('.ex-search-item')
      .evaluateAll(
        (items, want) => items.findIndex((i) => (i as HTMLElement).dataset.id === want),
        id,
      );
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await idle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(id);
    expect(await nodeIds(page)).toContain(id);

    // Words only the articles hold, and a city.
    await page.fill('[data-testid="search"]', '');
    await page.keyboard.type('intimidated', { delay: 20 });
    await page
      .locator('.ex-search-item[data-kind="articles"], .ex-search-item[data-kind="claims"]')
      .first()
      .waitFor();
    await page.fill('[data-testid="search"]', '');
    await page.keyboard.type('Geneva', { delay: 20 });
    await page.locator('.ex-search-item[data-kind="Event"]').first().waitFor();
    expect(await page.locator('.ex-search-item[data-kind="Place"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'friction-search-geneva');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Keyboard', () => {
  it('Ctrl-A selects all, Delete hides the selection, ? lists the shortcuts', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    await page.locator('.ex-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+A');
    const all = await nodeIds(page);
    expect(await nodeIds(page, ':selected')).toEqual(all);
    await onCy(page, (cy) => {
      cy.nodes().unselect();
      cy.nodes('[label = "Event"]').first().select();
    });
    const chosen = await nodeIds(page, ':selected');
    await page.keyboard.press('Delete');
    await expect.poll(() => new URL(page.url()).searchParams.get('hidden')).toBe(chosen[0]);
    // Any page error first: a failed restyle shows as the node still drawn, which says less.
    expect(errors).toEqual([]);
    await expect
      .poll(() => onCy(page, (cy, id) => cy.getElementById(id).visible(), chosen[0]))
      .toBe(false);
    expect(new URL(page.url()).searchParams.get('hidden')).toBe(chosen[0]);
    await page.keyboard.press('Shift+?');
    const help = page.locator('[data-testid="shortcuts"]');
    await help.waitFor();
    expect(await help.locator('kbd').count()).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Paths by relationship type', () => {
  it('goes not through claims and mentions by default, through what the user chooses, and fades the rest', async () => {
    const from = 'person:rama-yade';
    const to = 'person:tahar-boumedra';
    const { page, errors } = await openExplorer(browser, `${app.url}/?path=${from}|${to}`);
    await page.locator('[data-testid="path-text"]').first().waitFor();
    const types = () =>
      onCy(page, (cy) => [...new Set(cy.edges('.path').map((e) => String(e.data('type'))))]);
    for (const type of await types())
      expect(['SPOKE_AT', 'AFFILIATED_WITH', 'ORGANIZED', 'HELD_IN']).toContain(type);
    const faded = await onCy(
      page,
      (cy) =>
        cy
          .elements()
          .not('.path')
          .filter((e) => !e.hasClass('faded')).length === 0,
    );
    expect(faded).toBe(true);
    // Only SPOKE_AT (the two spoke at one event): the path uses that type alone.
    await page.click('[data-action="path-types"]');
    for (const type of ['AFFILIATED_WITH', 'ORGANIZED', 'HELD_IN'])
      await page.uncheck(`[data-path-type="${type}"]`);
    await idle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('via')).toBe('SPOKE_AT');
    await expect.poll(types).toEqual(['SPOKE_AT']);
    await screenshot(page, 'friction-path-types');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Image caption', () => {
  it('adds the source line under an SVG when asked, and leaves it out by default', async () => {
    const page = await openForDownloads(browser, app.url);
    const svgText = async () => (await downloadExport(page)).toString('utf8');
    await page.click('[data-testid="export-menu"] > button');
    await page.selectOption('select[name="xm-format"]', 'svg');
    expect(await svgText()).not.toContain('class="caption"');
    await page.check('input[name="xm-caption"]');
    const svg = await svgText();
    const caption = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return doc.querySelector('text.caption')?.textContent ?? null;
    }, svg);
    expect(caption).toMatch(/^From \d+ articles?, exported \d{1,2} \w+ \d{4}, \d\d:\d\d UTC/);
    await page.close();
  });

  it('adds a strip under a PNG when asked', async () => {
    const page = await openForDownloads(browser, app.url, { width: 1024, height: 700 });
    /** The PNG's height in pixels, from its IHDR chunk. */
    const pngHeight = async () => {
      const bytes = await downloadExport(page);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      return bytes.readUInt32BE(20);
    };
    await page.click('[data-testid="export-menu"] > button');
    await page.selectOption('select[name="xm-format"]', 'png');
    const plain = await pngHeight();
    await page.check('input[name="xm-caption"]');
    expect(await pngHeight()).toBeGreaterThan(plain);
    await page.close();
  });
});

describe('Re-fit on large changes', () => {
  it('keeps the whole graph on the canvas after an expansion that brings most of it', async () => {
    const id = await busiestArticle(driver);
    const { page, errors } = await openExplorer(
      browser,
      `${app.url}/?view=blank&add=${id}&focus=${id}`,
      { width: 1024, height: 700 },
    );
    const at = await nodePoint(page, id);
    await page.mouse.dblclick(at.x, at.y);
    await idle(page);
    await expect.poll(() => onCy(page, (cy) => cy.nodes(':visible').length)).toBeGreaterThan(10);
    // Once the fit's animation is over, every node's centre is inside the canvas.
    const outside = async () =>
      onCy(page, (cy) => {
        const w = cy.width();
        const h = cy.height();
        return cy
          .nodes(':visible')
          .filter((n) => {
            const p = n.renderedPosition();
            return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
          })
          .map((n) => String(n.data('name')));
      });
    await expect.poll(outside, { timeout: 10_000 }).toEqual([]);
    // The status line ("25 of 92 shown; click …"), cut at this width, reads whole on hover.
    const note = page.locator('.ex-note');
    expect(await note.getAttribute('title')).toBe(await note.textContent());
    expect(await note.textContent()).not.toBe('');
    await screenshot(page, 'friction-refit-expand');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Article citation', () => {
  it('shows what the article has to be cited, "unknown" where it does not say, the title whole', async () => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Article) WHERE a.title STARTS WITH 'In a panel at the National Press Club' RETURN a.id AS id, a.title AS title",
    );
    const id = String(records[0]!.get('id'));
    const { page, errors } = await openExplorer(browser, `${app.url}/?focus=${id}`, {
      width: 1400,
      height: 900,
    });
    const cite = page.locator('[data-testid="citation"]');
    await cite.waitFor();
    const rows = await cite.evaluate((dl) => {
      const out: Record<string, string> = {};
      dl.querySelectorAll('dt').forEach((dt) => {
        out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? '';
      });
      return out;
    });
    expect(rows.Title).toBe(String(records[0]!.get('title')));
    expect(rows.Title!.endsWith('…')).toBe(false);
    expect(rows.Author).toBe('unknown');
    expect(rows.URL).toBe('unknown');
    expect(rows.Published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screenshot(page, 'friction-citation');
    expect(errors).toEqual([]);
    await page.close();
  });
});
