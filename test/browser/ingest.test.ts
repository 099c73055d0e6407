/**
 * "Add articles" end to end in Chromium on the run's Neo4j: a .txt and a .docx (invented
 * reports, built here) and a scanned PDF are dropped into the dialog, previewed, the PDF is
 * shown as refused and removed, the other two are added, and the explorer then shows their
 * events and speakers selected; the same report offered again previews its people as known.
 * Screenshots at 1400×900 and 1024×700 go to test-output/.
 * Every node this file added is removed at the end.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { testDriver } from '../support/neo4j';
import { graphSnapshot } from '../support/graph-snapshot';
import { docxOf, scannedPdf, wireText } from '../support/ingest-documents';
import { launchBrowser, screenshot, startBrowserApp, type BrowserApp } from './support';
import { onCy, openExplorer } from './explorer-support';

const driver = testDriver();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-browser-'));
let app: BrowserApp;
let browser: Browser;
let snapshot: Awaited<ReturnType<typeof graphSnapshot>>;

beforeAll(async () => {
  snapshot = await graphSnapshot(driver);
  app = await startBrowserApp(driver, { ingest: { dataDir } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await snapshot.restore();
  await driver.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-action="add-articles"]');
  await page.waitForSelector('[data-testid="ingest-dialog"][open]');
}

describe('Add articles', () => {
  it('previews a .txt, a .docx and a scan, adds the two readable ones and shows their events selected', async () => {
    const { page, errors } = await openExplorer(browser, app.url, { width: 1400, height: 900 });
    await openDialog(page);
    await page.setInputFiles('.ig-picker', [
      {
        name: 'rally-and-talks.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(wireText('07-rally-and-talks.txt')),
      },
      {
        name: 'library-gala.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: await docxOf(wireText('06-library-gala.txt')),
      },
      { name: 'scanned-release.pdf', mimeType: 'application/pdf', buffer: await scannedPdf() },
    ]);
    await page.waitForSelector('.ig-doc.ig-bad[data-file="scanned-release.pdf"]', {
      timeout: 120_000,
    });
    await page.waitForSelector('.ig-doc.ig-ok[data-file="library-gala.docx"]');
    const cards = await page.$$eval('.ig-doc', (els) =>
      els.map((e) => ({ file: (e as HTMLElement).dataset.file, text: e.textContent ?? '' })),
    );
    expect(cards.map((c) => c.file)).toEqual([
      'rally-and-talks.txt',
      'library-gala.docx',
      'scanned-release.pdf',
    ]);
    expect(cards[0]?.text).toContain('Thousands rally as trade talks open in Brindlecombe');
    expect(cards[2]?.text).toContain('no text layer');
    await screenshot(page, 'ingest-preview-1400');

    await page.click('.ig-doc[data-file="scanned-release.pdf"] [data-action="drop-document"]');
    await page.waitForFunction(
      () =>
        !document.querySelector('.ig-doc[data-file="scanned-release.pdf"]') &&
        document.querySelectorAll('.ig-doc.ig-ok').length === 2,
      undefined,
      { timeout: 120_000 },
    );
    expect(await page.textContent('[data-action="ingest-submit"]')).toBe(
      'Add 2 documents to graph',
    );
    const marksBefore = await page.$$eval('[data-track="events"] > *', (els) => els.length);
    await page.click('[data-action="ingest-submit"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="ingest-status"]')?.textContent?.startsWith('Added'),
      undefined,
      { timeout: 180_000 },
    );
    const status = await page.textContent('[data-testid="ingest-status"]');
    expect(status).toMatch(/^Added 2 documents/);
    // The timeline reads its marks again: both new events are dated.
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-track="events"] > *').length === before + 2,
      marksBefore,
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      () => {
        const host = document.querySelector('.ex-canvas') as unknown as {
          _cyreg?: { cy: import('cytoscape').Core };
        };
        return (host._cyreg?.cy.nodes(':selected').length ?? 0) >= 2;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    await screenshot(page, 'ingest-done-1400');
    await page.click('[data-action="ingest-close"]');
    const selected = await onCy(page, (cy) =>
      cy.nodes(':selected').map((n) => ({ id: n.id(), label: n.data('label') as string })),
    );
    expect(selected.filter((n) => n.label === 'Event')).toHaveLength(2);
    expect(selected.filter((n) => n.label === 'Person').length).toBeGreaterThan(2);
    await screenshot(page, 'ingest-graph-1400');

    // The same report again: its people now join the nodes just written.
    await openDialog(page);
    await page.setInputFiles('.ig-picker', [
      {
        name: 'rally-and-talks.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(wireText('07-rally-and-talks.txt')),
      },
    ]);
    await page.waitForSelector('.ig-doc.ig-ok .ig-merged', { timeout: 120_000 });
    expect(await page.$$('.ig-doc.ig-ok .ig-new')).toHaveLength(0);
    await screenshot(page, 'ingest-merged-1400');
    expect(errors).toEqual([]);
    await page.close();

    // A smaller window, opened at that size: the dialog and its list still fit and scroll.
    const small = await openExplorer(browser, app.url, { width: 1024, height: 700 });
    await openDialog(small.page);
    await small.page.setInputFiles('.ig-picker', [
      {
        name: 'library-gala.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: await docxOf(wireText('06-library-gala.txt')),
      },
      { name: 'scanned-release.pdf', mimeType: 'application/pdf', buffer: await scannedPdf() },
    ]);
    await small.page.waitForSelector('.ig-doc.ig-bad[data-file="scanned-release.pdf"]', {
      timeout: 120_000,
    });
    const box = await small.page.$eval('[data-testid="ingest-dialog"]', (d) => {
      const r = d.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(700);
    expect(box.right).toBeLessThanOrEqual(1024);
    await screenshot(small.page, 'ingest-preview-1024');
    expect(small.errors).toEqual([]);
    expect(fs.readdirSync(path.join(dataDir, 'uploads'))).toEqual([]);
  }, 400_000);
});
