/**
 * Hostile names and quotes reach the page as text, never as markup: an article is loaded
 * through the loader's module API (seed/load) whose speaker is named
 * `<img src=x onerror=alert(1)>` and whose quote contains `</script>`; the explorer (served
 * with the app's real Content-Security-Policy) finds the person by search, opens the details,
 * shows both strings verbatim, and no dialog opens, no injected element appears and no CSP
 * violation or page error is reported. The test removes every node it loaded.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { testDb, testDriver } from '../support/neo4j';
import { loadCypherLibrary } from '../../platform/cypher/loader';
import { loadGraphDocument } from '../../platform/load/load-graph';
import type { GraphDocument } from '../../model/graph-document';
import { launchBrowser, screenshot, startBrowserApp, type BrowserApp } from './support';
import { openExplorer, searchAndChoose } from './explorer-support';

const NAME = '<img src=x onerror=alert(1)>';
const QUOTE = 'We will not stay silent </script><script>alert(2)</script> any longer';
const PERSON = 'person:xss-test-speaker';
const EVENT = 'event:xss-test-panel';
const ARTICLE = 'article:xss-test';
const CLAIM = 'claim:xss-test-quote';
const IDS = [PERSON, EVENT, ARTICLE, CLAIM];

const SPOKE = `${NAME} spoke at the XSS test panel in Paris.`;
const SAID = `${NAME} said: "${QUOTE}".`;
const TEXT = `${SPOKE} ${SAID}`;
const span = (s: string) => ({
  evidence: s,
  evidenceStart: TEXT.indexOf(s),
  evidenceEnd: TEXT.indexOf(s) + s.length,
});
const provenance = (s: string) => ({
  source: ARTICLE,
  ...span(s),
  method: 'curation' as const,
  confidence: 1,
});

const DOCUMENT: GraphDocument = {
  version: 1,
  inputs: ['xss-test.txt'],
  nodes: [
    {
      id: ARTICLE,
      label: 'Article',
      properties: { title: 'XSS test </script> article', published: '2017-07-01', text: TEXT },
    },
    {
      id: CLAIM,
      label: 'Claim',
      properties: {
        text: QUOTE,
        quote: QUOTE,
        topics: [],
        source: ARTICLE,
        quoteStart: TEXT.indexOf(QUOTE),
        quoteEnd: TEXT.indexOf(QUOTE) + QUOTE.length,
      },
    },
    {
      id: EVENT,
      label: 'Event',
      properties: { name: 'XSS test panel', kind: 'panel', date: '2017-07-01', city: 'Paris' },
    },
    { id: PERSON, label: 'Person', properties: { name: NAME, aliases: [], titles: [] } },
  ],
  relationships: [
    {
      id: `CLAIMED:${PERSON}->${CLAIM}`,
      type: 'CLAIMED',
      from: PERSON,
      to: CLAIM,
      properties: provenance(SAID),
    },
    {
      id: `MADE_AT:${CLAIM}->${EVENT}`,
      type: 'MADE_AT',
      from: CLAIM,
      to: EVENT,
      properties: provenance(SAID),
    },
    {
      id: `MENTIONS:${ARTICLE}->${PERSON}`,
      type: 'MENTIONS',
      from: ARTICLE,
      to: PERSON,
      properties: provenance(SPOKE),
    },
    {
      id: `REPORTED_IN:${CLAIM}->${ARTICLE}`,
      type: 'REPORTED_IN',
      from: CLAIM,
      to: ARTICLE,
      properties: provenance(SAID),
    },
    {
      id: `REPORTED_IN:${EVENT}->${ARTICLE}`,
      type: 'REPORTED_IN',
      from: EVENT,
      to: ARTICLE,
      properties: provenance(SPOKE),
    },
    {
      id: `SPOKE_AT:${PERSON}->${EVENT}`,
      type: 'SPOKE_AT',
      from: PERSON,
      to: EVENT,
      properties: { ...provenance(SPOKE), role: 'speaker' },
    },
  ],
};

const driver = testDriver();
const db = testDb(driver);
let app: BrowserApp;
let browser: Browser;

async function removeTestNodes(): Promise<void> {
  await driver.executeQuery(
    'MATCH (n) WHERE n.id IN $ids DETACH DELETE n',
    { ids: IDS },
    { database: db.database },
  );
}

beforeAll(async () => {
  await removeTestNodes();
  await loadGraphDocument(db, loadCypherLibrary(), DOCUMENT);
  app = await startBrowserApp(driver);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await removeTestNodes();
  await driver.close();
});

describe('hostile names and quotes in the explorer', () => {
  it('stored them verbatim through the loader', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (p:Person {id: $person})-[:CLAIMED]->(c:Claim) RETURN p.name AS name, c.quote AS quote',
      { person: PERSON },
      { database: db.database },
    );
    expect(records[0]?.get('name')).toBe(NAME);
    expect(records[0]?.get('quote')).toBe(QUOTE);
  });

  it('shows the name and the quote as text in search and details, and runs no script', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    const shell = await page.request.get(app.url);
    expect(shell.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.evaluate(() => {
      (window as unknown as { xssFired: boolean }).xssFired = false;
      window.alert = () => {
        (window as unknown as { xssFired: boolean }).xssFired = true;
      };
    });

    await searchAndChoose(page, 'onerror', PERSON);
    const details = page.locator(`[data-testid="details"][data-node="${PERSON}"]`);
    await details.waitFor();
    expect(await details.locator('[data-testid="details-title"]').textContent()).toBe(NAME);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain(QUOTE);
    await screenshot(page, 'xss-details');

    // Nothing from the data became markup anywhere in the page.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    const bodyHtml = await page.evaluate(() => document.body.innerHTML);
    expect(bodyHtml).not.toContain('<img src="x"');
    expect(bodyHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(await page.evaluate(() => (window as unknown as { xssFired: boolean }).xssFired)).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
