/**
 * The Cypher workbench in a real browser against the real API and Neo4j: the editor runs on
 * Ctrl-Enter and draws, tabulates and summarises results; errors mark Neo4j's position; the
 * parameter form turns `$name` into typed inputs; a saved query goes through save, edit,
 * reload, delete; a shared link opens and runs a query with its parameters; a stale save
 * offers to keep both edits; APP_TOKEN is asked for; results replace or add to the graph;
 * a .cypher file imports.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import type { SavedQuery, SavedQueryList } from '../../api';
import { testApp, testDb, testDriver } from '../support/neo4j';
import {
  OUTPUT_DIR,
  collectPageErrors,
  launchBrowser,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './support';

const driver = testDriver();
const database = testDb(driver).database;
let app: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  await driver.executeQuery(
    `CREATE (a:WbBrowser {id: 'wbb:ada', name: 'Ada'})-[:WBB_KNOWS]->(b:WbBrowser {id: 'wbb:bob', name: 'Bob'}),
            (b)-[:WBB_KNOWS]->(:WbBrowser {id: 'wbb:cy', name: 'Cy'})`,
    {},
    { database },
  );
  [app, browser] = await Promise.all([startBrowserApp(driver), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver.executeQuery('MATCH (n:WbBrowser) DETACH DELETE n', {}, { database });
  await driver.executeQuery(
    "MATCH (q:SavedQuery) WHERE q.title STARTS WITH 'WBB ' DETACH DELETE q",
    {},
    { database },
  );
  await driver.close();
});

async function openPage(path = '/'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = collectPageErrors(page);
  // The Cypher dock starts closed (the explorer's first view is the graph): open it.
  const url = new URL(path, app.url);
  url.searchParams.set('cypher', '1');
  await page.goto(url.href);
  await page.waitForSelector('[data-testid="cypher-editor"] .cm-content');
  await page.waitForSelector('.wb-list-library .wb-list-item');
  return { page, errors };
}

async function typeQuery(page: Page, text: string): Promise<void> {
  await page.click('[data-testid="cypher-editor"] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

const summary = (page: Page) => page.locator('[data-testid="workbench-summary"]');

describe('Cypher workbench in the browser', () => {
  it('runs on Ctrl-Enter and shows the graph, a sortable table and the summary', async () => {
    const { page, errors } = await openPage();
    await typeQuery(
      page,
      'MATCH p = (a:WbBrowser)-[:WBB_KNOWS]->(b) RETURN a.name AS from, b.name AS to, p',
    );
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => summary(page).textContent())
      .toMatch(/2 rows · 3 nodes, 2 relationships · \d+ ms/);
    expect(await page.locator('.wb-table tbody tr').count()).toBe(2);
    await expect
      .poll(() => page.getAttribute('[data-testid="workbench-graph"]', 'data-nodes'))
      .toBe('3');
    await page.click('.wb-table th:has-text("from")');
    await page.click('.wb-table th:has-text("from")');
    expect(await page.locator('.wb-table tbody tr:first-child td:first-child').textContent()).toBe(
      'Bob',
    );
    const history = await page.locator('.wb-history option').allTextContents();
    expect(history[1]).toContain('MATCH p = (a:WbBrowser)');
    await screenshot(page, 'workbench-results');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names a relationship by its ends and properties in the table, its id on hover', async () => {
    const { page, errors } = await openPage();
    await typeQuery(page, "MATCH (:WbBrowser {id: 'wbb:ada'})-[r:WBB_KNOWS]->(b) RETURN r, b");
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.wb-table tbody tr');
    const cells = page.locator('.wb-table tbody td');
    expect(await cells.allTextContents()).toEqual(['(Ada)-[:WBB_KNOWS]->(Bob)', 'Bob (WbBrowser)']);
    expect(await cells.first().getAttribute('title')).toBe('WBB_KNOWS:wbb:ada->wbb:bob');
    expect(await cells.nth(1).getAttribute('data-id')).toBe('wbb:bob');
    await screenshot(page, 'workbench-relationship-cells');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('completes labels from the live schema while typing', async () => {
    const { page } = await openPage();
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.type('MATCH (n:WbBr');
    await page.waitForSelector('.cm-tooltip-autocomplete');
    const options = await page.locator('.cm-tooltip-autocomplete li').allTextContents();
    expect(options.join(' ')).toContain('WbBrowser');
    await screenshot(page, 'workbench-autocomplete');
    await page.close();
  });

  it('shows Neo4j’s message and marks the error position in the editor', async () => {
    const { page } = await openPage();
    await typeQuery(page, 'MATCH (n:WbBrowser)\nRETURN m');
    await page.click('[data-action="run"]');
    await page.waitForSelector('.wb-error:not([hidden])');
    expect(await page.locator('.wb-error').textContent()).toMatch(/line 2, column 8/);
    await page.waitForSelector('.cm-lintRange-error');
    expect(await page.locator('.cm-lintRange-error').first().textContent()).toBe('m');
    await screenshot(page, 'workbench-error');
    await page.close();
  });

  it('turns $parameters into a typed form and sends typed values', async () => {
    const { page } = await openPage();
    await typeQuery(page, 'RETURN $count + 1 AS next, $since AS since, valueType($since) AS type');
    await page.waitForSelector('[data-param="count"]');
    await page.waitForSelector('[data-param="since"]');
    await page.selectOption('.wb-param:has([data-param="count"]) .wb-param-type', 'integer');
    await page.selectOption('.wb-param:has([data-param="since"]) .wb-param-type', 'date');
    await page.fill('[data-param="count"]', '41');
    await page.fill('[data-param="since"]', '2017-09-14');
    expect(await page.getAttribute('[data-param="since"]', 'type')).toBe('date');
    await page.click('[data-action="run"]');
    await page.waitForSelector('.wb-table tbody tr');
    expect(await page.locator('.wb-table tbody td').allTextContents()).toEqual([
      '42',
      '2017-09-14',
      'DATE NOT NULL',
    ]);
    await page.selectOption('.wb-param:has([data-param="count"]) .wb-param-type', 'map');
    await page.fill('[data-param="count"]', '[1, 2]');
    await page.click('[data-action="run"]');
    await page.waitForSelector('.wb-error:not([hidden])');
    expect(await page.locator('.wb-error').textContent()).toContain(
      '$count: expected a JSON object',
    );
    await screenshot(page, 'workbench-params');
    await page.close();
  });

  it('saves, edits, reopens and deletes a query', async () => {
    const { page } = await openPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.fill('.wb-title', 'WBB round trip');
    await page.fill('.wb-tags-input', 'browser, test');
    await typeQuery(page, 'MATCH (n:WbBrowser {name: $name}) RETURN n');
    await page.waitForSelector('[data-param="name"]');
    await page.fill('[data-param="name"]', 'Ada');
    await page.click('[data-action="save-as"]');
    await page.waitForSelector('.wb-list-saved .wb-list-item:has-text("WBB round trip")');
    expect(await page.locator('.wb-badge').textContent()).toBe('Saved · v1');

    await typeQuery(page, 'MATCH (n:WbBrowser {name: $name}) RETURN n.name AS name');
    await page.click('[data-action="save"]');
    await expect.poll(() => page.locator('.wb-badge').textContent()).toBe('Saved · v2');

    await page.reload();
    await page.waitForSelector('.wb-list-saved .wb-list-item:has-text("WBB round trip")');
    await page.fill('.wb-list-search', 'round trip');
    await page.click('.wb-list-saved .wb-list-item:has-text("WBB round trip")');
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toBe(
      'MATCH (n:WbBrowser {name: $name}) RETURN n.name AS name',
    );
    expect(await page.inputValue('[data-param="name"]')).toBe('Ada');
    await page.click('[data-action="run"]');
    await page.waitForSelector('.wb-table tbody tr');
    expect(await page.locator('.wb-table tbody td').allTextContents()).toEqual(['Ada']);
    await screenshot(page, 'workbench-saved');

    await page.click('[data-action="delete"]');
    await page.waitForSelector('.wb-list-saved .wb-list-item:has-text("WBB round trip")', {
      state: 'detached',
    });
    expect(await page.locator('.wb-badge').textContent()).toBe('New');
    await page.close();
  });

  it('opens a shared link and runs the query with the link’s parameters', async () => {
    const created = await request(testApp(driver))
      .post('/api/queries')
      .send({
        title: 'WBB shared',
        cypher: 'MATCH (n:WbBrowser {name: $name}) RETURN n.name AS name, $times AS times',
        params: [
          { name: 'name', type: 'string', default: 'Bob' },
          { name: 'times', type: 'integer', default: 1 },
        ],
      });
    expect(created.status).toBe(201);
    const { id } = created.body as SavedQuery;
    const { page, errors } = await openPage(`/?query=${id}&p.name=Cy&p.times=3`);
    await page.waitForSelector('.wb-table tbody tr');
    expect(await page.locator('.wb-table tbody td').allTextContents()).toEqual(['Cy', '3']);
    expect(await page.inputValue('.wb-title')).toBe('WBB shared');
    await page.click('[data-action="share"]');
    const link = await page.inputValue('.wb-share');
    expect(link).toBe(`${app.url}/?query=${id}&p.name=Cy&p.times=3`);
    await screenshot(page, 'workbench-shared-link');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a library query read-only and runs it with its defaults', async () => {
    const { page } = await openPage();
    await page.click('.wb-list-library .wb-list-item:has-text("Co-speakers of a person")');
    expect(await page.locator('.wb-badge').textContent()).toBe('Library · read-only');
    expect(await page.locator('[data-action="save"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="delete"]').isDisabled()).toBe(true);
    expect(await page.inputValue('[data-param="personId"]')).toBe('person:rama-yade');
    await page.click('[data-action="run"]');
    await expect.poll(() => summary(page).textContent()).toMatch(/rows/);
    await page.close();
  });

  it('keeps both edits when someone saved in between: 409, then “save mine as a copy”', async () => {
    const api = testApp(driver);
    const created = await request(api)
      .post('/api/queries')
      .send({ title: 'WBB conflict', cypher: 'RETURN 1 AS one' });
    const { page } = await openPage();
    await page.click('.wb-list-saved .wb-list-item:has-text("WBB conflict")');
    await typeQuery(page, 'RETURN 2 AS mine');
    const theirs = await request(api)
      .put(`/api/queries/${(created.body as SavedQuery).id}`)
      .send({ title: 'WBB conflict', cypher: 'RETURN 3 AS theirs', version: 1 });
    expect(theirs.status).toBe(200);
    await page.click('[data-action="save"]');
    await page.waitForSelector('[data-action="conflict-copy"]');
    expect(await page.locator('.wb-error').textContent()).toContain('changed by someone else');
    await screenshot(page, 'workbench-conflict');
    await page.click('[data-action="conflict-copy"]');
    await page.waitForSelector('.wb-list-saved .wb-list-item:has-text("WBB conflict (my edit)")');
    const list = (await request(api).get('/api/queries')).body as SavedQueryList;
    const byTitle = Object.fromEntries(list.queries.map((q) => [q.title, q.cypher]));
    expect(byTitle['WBB conflict']).toBe('RETURN 3 AS theirs');
    expect(byTitle['WBB conflict (my edit)']).toBe('RETURN 2 AS mine');
    await page.close();
  });

  it('asks for the APP_TOKEN when the server has one, then saves with it', async () => {
    const token = 'browser-token-0123456789';
    const guarded = await startBrowserApp(driver, { appToken: token });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(new URL('/?cypher=1', guarded.url).href);
      await page.waitForSelector('.wb-token:not([hidden])');
      await page.fill('.wb-title', 'WBB guarded');
      await typeQuery(page, 'RETURN 1 AS one');
      await page.fill('.wb-token', 'wrong-token-0123456789');
      await page.dispatchEvent('.wb-token', 'change');
      await page.click('[data-action="save-as"]');
      await page.waitForSelector('.wb-error:not([hidden])');
      expect(await page.locator('.wb-error').textContent()).toContain('APP_TOKEN');
      await page.fill('.wb-token', token);
      await page.dispatchEvent('.wb-token', 'change');
      await page.click('[data-action="save-as"]');
      await page.waitForSelector('.wb-list-saved .wb-list-item:has-text("WBB guarded")');
      await page.click('[data-action="run"]');
      await page.waitForSelector('.wb-table tbody tr');
    } finally {
      await page.close();
      await guarded.close();
    }
  });

  it('replaces or adds to the drawn graph as chosen', async () => {
    const { page } = await openPage();
    await typeQuery(page, "MATCH (n:WbBrowser {id: 'wbb:ada'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getAttribute('[data-testid="workbench-graph"]', 'data-nodes'))
      .toBe('1');
    await page.selectOption('.wb-mode', 'add');
    await typeQuery(
      page,
      "MATCH p = (:WbBrowser {id: 'wbb:bob'})-->(:WbBrowser {id: 'wbb:cy'}) RETURN p",
    );
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getAttribute('[data-testid="workbench-graph"]', 'data-nodes'))
      .toBe('3');
    await page.selectOption('.wb-mode', 'replace');
    await page.keyboard.press('Control+Enter');
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getAttribute('[data-testid="workbench-graph"]', 'data-nodes'))
      .toBe('2');
    await page.close();
  });

  it('imports a .cypher file with a header comment into the saved list', async () => {
    const file = path.join(OUTPUT_DIR, 'wbb-imported.cypher');
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    fs.writeFileSync(
      file,
      '// @name wbb-imported\n// @title WBB imported\n// @description Imported in a browser test.\n// @param who string = "Ada" - a name\n// @tags imported\nMATCH (n:WbBrowser {name: $who}) RETURN n.name AS name\n',
    );
    const { page } = await openPage();
    await page.setInputFiles('.wb-side-tools input[type="file"]', file);
    await page.waitForSelector('.wb-list-saved .wb-list-item:has-text("WBB imported")');
    await page.click('.wb-tag[data-tag="imported"]');
    expect(await page.locator('.wb-list-saved .wb-list-item').count()).toBe(1);
    await page.click('.wb-list-saved .wb-list-item:has-text("WBB imported")');
    expect(await page.inputValue('[data-param="who"]')).toBe('Ada');
    await page.click('[data-action="run"]');
    await page.waitForSelector('.wb-table tbody tr');
    expect(await page.locator('.wb-table tbody td').allTextContents()).toEqual(['Ada']);
    await page.close();
  });
});
