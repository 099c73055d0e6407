/**
 * "Add articles" end to end in Chromium on the run's Neo4j: one report in each format (.txt,
 * .md, .html, .pdf, .docx: invented reports, built here) and a scanned PDF are chosen in the
 * dialog, previewed, the scan is shown as refused and removed, the five others are added, and
 * the explorer then shows their events and speakers selected; the same report offered again
 * previews its people as known, and, once an analyst has renamed one, with the new name.
 * Screenshots at 1400×900 and 1024×700 go to test-output/.
 * Every node this file added is removed at the end.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { testDriver, testNeo4j } from '../support/neo4j';
import { graphSnapshot } from '../support/graph-snapshot';
import {
  docxOf,
  htmlPageOf,
  markdownOf,
  pdfOf,
  scannedPdf,
  wireText,
} from '../support/ingest-documents';
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

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One report in each format the dialog takes, built from the team's invented wire reports. */
async function fiveFormats() {
  return [
    {
      name: 'rally-and-talks.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(wireText('07-rally-and-talks.txt')),
    },
    {
      name: 'town-hall.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(markdownOf(wireText('08-council-town-hall.txt'))),
    },
    {
      name: 'tech-conference.html',
      mimeType: 'text/html',
      buffer: Buffer.from(htmlPageOf(wireText('10-tech-conference.txt'))),
    },
    {
      name: 'memorial.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfOf(wireText('09-memorial-ceremony.txt')),
    },
    {
      name: 'library-gala.docx',
      mimeType: DOCX,
      buffer: await docxOf(wireText('06-library-gala.txt')),
    },
  ];
}

describe('Add articles', () => {
  it('previews a .txt, .md, .html, .pdf and .docx and a scan, adds the five readable ones and shows their events selected', async () => {
    const { page, errors } = await openExplorer(browser, app.url, { width: 1400, height: 900 });
    await openDialog(page);
    await page.setInputFiles('.ig-picker', [
      ...(await fiveFormats()),
      { name: 'scanned-release.pdf', mimeType: 'application/pdf', buffer: await scannedPdf() },
    ]);
    await page.waitForSelector('.ig-doc.ig-bad[data-file="scanned-release.pdf"]', {
      timeout: 120_000,
    });
    await page.waitForSelector('.ig-doc.ig-ok[data-file="library-gala.docx"]');
    const cards = await page.$$eval('.ig-doc', (els) =>
      els.map((e) => ({
        file: (e as HTMLElement).dataset.file,
        ok: e.classList.contains('ig-ok'),
        format: e.querySelector('.ig-format')?.textContent,
        title: e.querySelector('.ig-title')?.textContent,
        text: e.textContent ?? '',
      })),
    );
    expect(cards.map((c) => [c.file, c.format, c.ok])).toEqual([
      ['rally-and-talks.txt', 'Text', true],
      ['town-hall.md', 'Text', true],
      ['tech-conference.html', 'Web page', true],
      ['memorial.pdf', 'PDF', true],
      ['library-gala.docx', 'Word', true],
      ['scanned-release.pdf', 'PDF', false],
    ]);
    expect(cards.map((c) => c.title)).toEqual([
      'Thousands rally as trade talks open in Brindlecombe',
      // The Markdown heading without its "#".
      'Residents pack town hall over Millbrook bypass plan',
      'Chipmaker bets on low-power designs at developer conference',
      'Harbour town remembers the Northgate ferry disaster, fifty years on',
      'Library trust marks its centenary with readings and reports',
      undefined,
    ]);
    // The web page's provenance, from its metadata.
    expect(cards[2]?.text).toContain('Fjord News Service');
    expect(cards[5]?.text).toContain('no text layer');
    await screenshot(page, 'ingest-preview-1400');

    await page.click('.ig-doc[data-file="scanned-release.pdf"] [data-action="drop-document"]');
    await page.waitForFunction(
      () =>
        !document.querySelector('.ig-doc[data-file="scanned-release.pdf"]') &&
        document.querySelectorAll('.ig-doc.ig-ok').length === 5,
      undefined,
      { timeout: 120_000 },
    );
    expect(await page.textContent('[data-action="ingest-submit"]')).toBe(
      'Add 5 documents to graph',
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
    expect(status).toMatch(/^Added 5 documents/);
    // The timeline reads its marks again: the five new events are dated.
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-track="events"] > *').length === before + 5,
      marksBefore,
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      () => {
        const host = document.querySelector('.ex-canvas') as unknown as {
          _cyreg?: { cy: import('cytoscape').Core };
        };
        return (host._cyreg?.cy.nodes(':selected').length ?? 0) >= 5;
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
    expect(selected.filter((n) => n.label === 'Event')).toHaveLength(5);
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

    // An analyst renames one of them: offered again, the preview says what the corrections
    // will show once it is written.
    const { records } = await driver.executeQuery(
      "MATCH (p:Person {name: 'Luis Ferreira'}) RETURN p.id AS id",
      {},
      { database: testNeo4j().database },
    );
    const renamed = await fetch(`${app.url}/api/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'rename',
        node: records[0]?.get('id') as string,
        name: 'Luís Ferreira',
      }),
    });
    expect(renamed.status).toBe(201);
    const correction = ((await renamed.json()) as { correction: { id: string } }).correction.id;
    await page.click('.ig-doc[data-file="rally-and-talks.txt"] [data-action="drop-document"]');
    await page.setInputFiles('.ig-picker', [
      {
        name: 'rally-and-talks.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(wireText('07-rally-and-talks.txt')),
      },
    ]);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.ig-doc.ig-ok .ig-merged')].some(
          (c) => c.textContent === 'Luis Ferreira ↔ known → Luís Ferreira',
        ),
      undefined,
      { timeout: 120_000 },
    );
    const speakers = await page.$$eval('.ig-doc.ig-ok .ig-row', (rows) =>
      rows.map((r) => r.textContent ?? '').find((t) => t.startsWith('Speakers')),
    );
    expect(speakers).toContain('Luis Ferreira → Luís Ferreira (speaker)');
    await screenshot(page, 'ingest-merged-1400');
    expect(
      (await fetch(`${app.url}/api/corrections/${correction}`, { method: 'DELETE' })).status,
    ).toBe(200);
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
