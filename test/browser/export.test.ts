/**
 * The Export menu in a real browser against the real API and Neo4j: every format downloads
 * through the menu (Playwright download events) and is checked for content: JSON, GraphML,
 * GEXF (canvas positions and colours), CSV zip and Cypher hold the canvas's nodes; PNG comes
 * at the chosen scale beyond screen size with the legend drawn in; SVG is vectors with text
 * and the legend; the HTML viewer opens offline from file:// with no network, draws the graph
 * and shows details and provenance on click. A JSON export opens back into the canvas, and a
 * bad file changes nothing. Hostile names survive as text and never run.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { testDb, testDriver } from '../support/neo4j';
import {
  OUTPUT_DIR,
  collectPageErrors,
  launchBrowser,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './support';
import { onCy } from './explorer-support';

const driver = testDriver();
const database = testDb(driver).database;
let app: BrowserApp;
let browser: Browser;

const PEOPLE: Record<string, string> = {
  'xp:ada': 'Ada Lovelace',
  'xp:img': '<img src=x onerror=alert(1)>',
  'xp:script': '</script><script>alert(2)</script>',
  'xp:quotes': `"Double" 'single' & <amp>`,
  'xp:rtl': 'مریم رجوی',
  'xp:emoji': '👩🏽‍⚖️ Judge 🇫🇷',
};
const EVENT = { id: 'xp:event', name: 'Free Iran 2017 "Paris" <Villepinte>' };
const PLACE = { id: 'xp:place', name: 'Villepinte' };
const EVIDENCE = 'Ada said "hi" </script><b>bold</b> & <img src=x onerror=alert(3)>';
const ALL_IDS = [...Object.keys(PEOPLE), EVENT.id, PLACE.id].sort();
const DRAW_QUERY = "MATCH p = (n)-[r]->(m) WHERE n.id STARTS WITH 'xp:' RETURN p";
const POLL = { timeout: 20_000 };
const FILE_NAME = (name: string, ext: string) =>
  new RegExp(`^graph-${name}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.${ext.replace('.', '\\.')}$`);

beforeAll(async () => {
  await driver.executeQuery(
    `CREATE (e:XpEvent {id: $event.id, name: $event.name}),
            (e)-[:XP_HELD_IN {id: 'xp:r-held', source: 'xp:article', evidence: 'in Villepinte'}]->
              (:XpPlace {id: $place.id, name: $place.name})
     WITH e
     UNWIND $people AS person
     CREATE (p:XpPerson {id: person.id, name: person.name})
     CREATE (p)-[:XP_SPOKE_AT {id: 'xp:r-' + person.id, source: 'xp:article', evidence: $evidence,
                               method: 'pattern', confidence: 0.9}]->(e)`,
    {
      event: EVENT,
      place: PLACE,
      evidence: EVIDENCE,
      people: Object.entries(PEOPLE).map(([id, name]) => ({ id, name })),
    },
    { database },
  );
  [app, browser] = await Promise.all([startBrowserApp(driver), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver.executeQuery(
    'MATCH (n) WHERE n:XpPerson OR n:XpEvent OR n:XpPlace DETACH DELETE n',
    {},
    { database },
  );
  await driver.close();
});

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const errors = collectPageErrors(page);
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${app.url}/?cypher=1`);
  await page.waitForSelector('[data-testid="cypher-editor"] .cm-content');
  // The explorer draws its first view on load: let it finish before drawing over it.
  await page.waitForSelector('.ex-root[data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.ex-root[data-busy]'));
  return { page, errors };
}

async function draw(page: Page, query = DRAW_QUERY, nodes = ALL_IDS.length): Promise<void> {
  await page.keyboard.press('Escape'); // closes the export menu if open
  await page.click('[data-testid="cypher-editor"] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await runAndWait(page, () => page.keyboard.press('Control+Enter'));
  await expect
    .poll(() => page.getAttribute('[data-testid="workbench-graph"]', 'data-nodes'), POLL)
    .toBe(String(nodes));
  await page.waitForFunction(() => !document.querySelector('.ex-root[data-busy]'));
}

/** Starts a workbench run and waits until its result is drawn (the canvas idle again). */
async function runAndWait(page: Page, start: () => Promise<void>): Promise<void> {
  // Clear the workbench's state marker first, so the previous run's "done" does not count.
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-testid="workbench"]');
    if (root) delete root.dataset.state;
  });
  await start();
  await expect
    .poll(() => page.getAttribute('[data-testid="workbench"]', 'data-state'), POLL)
    .toBe('done');
  await page.waitForFunction(() => !document.querySelector('.ex-root[data-busy]'));
}

interface Choice {
  format: string;
  scope?: 'selection' | 'visible' | 'query';
  hops?: number;
  area?: 'full' | 'viewport';
  scale?: 1 | 2 | 4;
  legend?: boolean;
}

async function setChoice(page: Page, choice: Choice): Promise<void> {
  const panel = page.locator('[data-testid="export-menu"] [role="dialog"]');
  if (await panel.isHidden()) await page.click('[data-testid="export-menu"] > button');
  await page.selectOption('select[name="xm-format"]', choice.format);
  if (choice.scope) await page.check(`input[name="xm-scope"][value="${choice.scope}"]`);
  if (choice.hops !== undefined)
    await page.selectOption('select[name="xm-hops"]', String(choice.hops));
  if (choice.area) await page.selectOption('select[name="xm-area"]', choice.area);
  if (choice.scale) await page.selectOption('select[name="xm-scale"]', String(choice.scale));
  if (choice.legend !== undefined) await page.setChecked('input[name="xm-legend"]', choice.legend);
}

/** Chooses in the menu, clicks Download and returns the saved file. */
async function exportFile(
  page: Page,
  choice: Choice,
): Promise<{ name: string; file: string; bytes: Buffer; text: string }> {
  await setChoice(page, choice);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="export-download"]'),
  ]);
  const name = download.suggestedFilename();
  fs.mkdirSync(path.join(OUTPUT_DIR, 'export'), { recursive: true });
  const file = path.join(OUTPUT_DIR, 'export', name);
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  return { name, file, bytes, text: bytes.toString('utf8') };
}

/** Parses XML in the page (DOMParser) and runs a query over it. */
function inXml<T>(page: Page, text: string, fn: (doc: Document) => T): Promise<T> {
  return page.evaluate(
    ([xml, source]) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('not well-formed XML');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- fn's source crosses into the page as text; rebuilding it there is the point
      return (new Function('doc', `return (${source})(doc)`) as (doc: Document) => T)(doc);
    },
    [text, fn.toString()] as const,
  );
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Export menu in the browser', () => {
  it('downloads JSON, GraphML, CSV zip and a Cypher script of everything visible', async () => {
    const { page, errors } = await openPage();
    await draw(page);
    await page.click('[data-testid="export-menu"] > button');
    expect(
      await page.locator('[data-testid="export-menu"] [role="dialog"]').textContent(),
    ).toContain(`Everything visible (${ALL_IDS.length} nodes)`);
    await screenshot(page, 'export-menu');

    const json = await exportFile(page, { format: 'json', scope: 'visible' });
    expect(json.name).toMatch(FILE_NAME('canvas', 'json'));
    const body = JSON.parse(json.text) as {
      elements: {
        nodes: { data: { id: string; name: string }; position?: unknown }[];
        edges: unknown[];
      };
    };
    expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual(ALL_IDS);
    expect(body.elements.edges).toHaveLength(ALL_IDS.length - 1);
    expect(body.elements.nodes.every((n) => n.position)).toBe(true);
    expect(body.elements.nodes.find((n) => n.data.id === 'xp:img')?.data.name).toBe(
      PEOPLE['xp:img'],
    );

    const graphml = await exportFile(page, { format: 'graphml' });
    expect(graphml.name).toMatch(FILE_NAME('canvas', 'graphml'));
    const graphmlIds = await inXml(page, graphml.text, (doc) =>
      [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')),
    );
    expect(graphmlIds.sort()).toEqual(ALL_IDS);

    const csv = await exportFile(page, { format: 'csv' });
    expect(csv.name).toMatch(FILE_NAME('canvas', 'csv.zip'));
    const listing = execFileSync('unzip', ['-Z1', csv.file], { encoding: 'utf8' });
    expect(listing.split('\n')).toEqual(expect.arrayContaining(['nodes.csv', 'relationships.csv']));
    const nodesCsv = execFileSync('unzip', ['-p', csv.file, 'nodes.csv'], { encoding: 'utf8' });
    for (const id of ALL_IDS) expect(nodesCsv).toContain(id);

    const cypher = await exportFile(page, { format: 'cypher' });
    expect(cypher.name).toMatch(FILE_NAME('canvas', 'cypher'));
    for (const id of ALL_IDS) expect(cypher.text).toMatch(new RegExp(`MERGE .*'${id}'`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports GEXF with the canvas positions and colours', async () => {
    const { page } = await openPage();
    await draw(page);
    const canvas = await onCy(page, (cy) =>
      cy.nodes().map((n) => ({
        id: n.id(),
        ...n.position(),
        color: n.style('background-color') as string,
      })),
    );
    const gexf = await exportFile(page, { format: 'gexf', scope: 'visible' });
    expect(gexf.name).toMatch(FILE_NAME('canvas', 'gexf'));
    const nodes = await inXml(page, gexf.text, (doc) =>
      [...doc.getElementsByTagName('node')].map((n) => {
        const viz = 'http://gexf.net/1.3/viz';
        const position = n.getElementsByTagNameNS(viz, 'position')[0]!;
        const color = n.getElementsByTagNameNS(viz, 'color')[0]!;
        return {
          id: n.getAttribute('id')!,
          x: Number(position.getAttribute('x')),
          y: Number(position.getAttribute('y')),
          color: `rgb(${color.getAttribute('r')},${color.getAttribute('g')},${color.getAttribute('b')})`,
        };
      }),
    );
    expect(nodes.map((n) => n.id).sort()).toEqual(ALL_IDS);
    for (const node of canvas) {
      const written = nodes.find((n) => n.id === node.id)!;
      expect(written.x).toBeCloseTo(node.x, 3);
      expect(written.y).toBeCloseTo(-node.y, 3); // GEXF's y points up
      expect(written.color).toBe(String(node.color).replace(/\s/g, ''));
    }
    await page.close();
  });

  it('exports the selection, expanded by hops, and the last query result', async () => {
    const { page } = await openPage();
    await draw(page);
    // Selected through Cytoscape: a click in the explorer selects by focusing a node, which
    // needs the node-details API of the model labels, and these test nodes are not model labels.
    await onCy(page, (cy) => void cy.$id('xp:ada').select());
    expect(await onCy(page, (cy) => cy.nodes(':selected').map((n) => n.id()))).toEqual(['xp:ada']);
    const ids = (text: string) =>
      (JSON.parse(text) as { elements: { nodes: { data: { id: string } }[] } }).elements.nodes
        .map((n) => n.data.id)
        .sort();
    const alone = await exportFile(page, { format: 'json', scope: 'selection', hops: 0 });
    expect(alone.name).toMatch(FILE_NAME('selection', 'json'));
    expect(ids(alone.text)).toEqual(['xp:ada']);
    const near = await exportFile(page, { format: 'json', scope: 'selection', hops: 1 });
    expect(ids(near.text)).toEqual(['xp:ada', 'xp:event']);
    await page.keyboard.press('Escape');
    await onCy(page, (cy) => void cy.$id('xp:rtl').select());
    const two = await exportFile(page, { format: 'json', scope: 'selection', hops: 0 });
    expect(ids(two.text)).toEqual(['xp:ada', 'xp:rtl']);

    await draw(page, "MATCH (n:XpPerson) WHERE n.id IN ['xp:ada', 'xp:rtl'] RETURN n", 2);
    const query = await exportFile(page, { format: 'graphml', scope: 'query', hops: 0 });
    expect(query.name).toMatch(FILE_NAME('query', 'graphml'));
    const queryIds = await inXml(page, query.text, (doc) =>
      [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')),
    );
    expect(queryIds.sort()).toEqual(['xp:ada', 'xp:rtl']);
    expect(query.text).toContain('xp:rtl'); // the query travels in the metadata
    await page.close();
  });

  it('exports a saved query’s result under its title, with its parameters', async () => {
    const { page } = await openPage();
    await page.waitForSelector('.wb-list-library .wb-list-item');
    await page.click('.wb-list-library .wb-list-item:has-text("Co-speakers of a person")');
    await runAndWait(page, () => page.click('[data-action="run"]'));
    const drawn = await onCy(page, (cy) =>
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
    await setChoice(page, { format: 'json', scope: 'query', hops: 0 });
    expect(await page.locator('label:has(input[value="query"])').textContent()).toContain(
      'Co-speakers of a person',
    );
    const file = await exportFile(page, { format: 'json', scope: 'query', hops: 0 });
    expect(file.name).toMatch(FILE_NAME('co-speakers-of-a-person', 'json'));
    const body = JSON.parse(file.text) as {
      meta: { source: { kind: string; params: Record<string, unknown> } };
      elements: { nodes: { data: { id: string } }[] };
    };
    expect(body.meta.source.kind).toBe('query');
    expect(body.meta.source.params).toHaveProperty('personId', 'person:rama-yade');
    expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual(drawn);
    await page.close();
  });

  it('shows the server’s error, and says so when nothing is selected', async () => {
    const { page } = await openPage();
    await draw(page);
    await setChoice(page, { format: 'json', scope: 'selection' });
    await page.click('[data-action="export-download"]');
    await expect
      .poll(() => page.locator('.xm-error').textContent(), POLL)
      .toMatch(/nothing is selected/);
    // A query longer than the export's limit runs in the workbench but the export refuses it.
    await draw(page, `// ${'x'.repeat(20_100)}\n${DRAW_QUERY}`);
    await setChoice(page, { format: 'json', scope: 'query' });
    await page.click('[data-action="export-download"]');
    await expect
      .poll(() => page.locator('.xm-error').textContent(), POLL)
      .toMatch(/^invalid_argument: export: the query is longer than/);
    expect(await page.locator('.xm-error').isVisible()).toBe(true);
    await screenshot(page, 'export-server-error');
    await page.close();
  });

  it('draws PNGs at the chosen scale beyond screen size, with the legend', async () => {
    const { page, errors } = await openPage();
    await draw(page);
    const view = await onCy(page, (cy) => ({ width: cy.width(), height: cy.height() }));
    const plain = await exportFile(page, {
      format: 'png',
      area: 'viewport',
      scale: 2,
      legend: false,
    });
    expect(plain.name).toMatch(FILE_NAME('viewport', 'png'));
    expect(pngSize(plain.bytes)).toEqual({ width: 2 * view.width, height: 2 * view.height });

    const withLegend = await exportFile(page, {
      format: 'png',
      area: 'viewport',
      scale: 2,
      legend: true,
    });
    const size = pngSize(withLegend.bytes);
    expect(size.width).toBe(2 * view.width);
    const band = size.height - 2 * view.height;
    expect(band).toBeGreaterThan(20);
    expect(band).toBeLessThan(200);
    // The legend band holds the swatch colour and dark text pixels.
    const [legendColour] = await onCy(page, (cy) =>
      cy.nodes().map((n) => n.style('background-color') as string),
    );
    const pixels = await page.evaluate(
      async ([base64, top, swatch]) => {
        const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]);
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, top, bitmap.width, bitmap.height - top).data;
        let swatchPixels = 0;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (`rgb(${data[i]},${data[i + 1]},${data[i + 2]})` === swatch) swatchPixels += 1;
          if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) dark += 1;
        }
        return { swatchPixels, dark };
      },
      [
        withLegend.bytes.toString('base64'),
        2 * view.height,
        String(legendColour).replace(/\s/g, ''),
      ] as const,
    );
    expect(pixels.swatchPixels).toBeGreaterThan(50);
    expect(pixels.dark).toBeGreaterThan(50);

    const big = await exportFile(page, {
      format: 'png',
      area: 'viewport',
      scale: 4,
      legend: false,
    });
    expect(pngSize(big.bytes)).toEqual({ width: 4 * view.width, height: 4 * view.height });
    expect(4 * view.width).toBeGreaterThan(1400); // wider than the browser window

    const full = await exportFile(page, { format: 'png', area: 'full', scale: 4, legend: true });
    expect(full.name).toMatch(FILE_NAME('canvas', 'png'));
    const bb = await onCy(page, (cy) => cy.elements().boundingBox());
    expect(pngSize(full.bytes).width).toBe(4 * Math.ceil(bb.w));
    expect(await page.locator('.xm-status').textContent()).toMatch(/PNG \d+ × \d+ px/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws an SVG of vectors with text and the legend, where hostile names stay text', async () => {
    const { page, errors } = await openPage();
    await draw(page);
    const svg = await exportFile(page, { format: 'svg', area: 'full', legend: true });
    expect(svg.name).toMatch(FILE_NAME('canvas', 'svg'));
    const parsed = await inXml(page, svg.text, (doc) => ({
      nodes: [...doc.querySelectorAll('g.node')].map((g) => ({
        id: g.getAttribute('data-id'),
        title: g.querySelector('title')?.textContent,
        // Wrapped labels are one tspan per line, wrapped at spaces.
        text: g.querySelector('text tspan')
          ? [...g.querySelectorAll('text tspan')].map((t) => t.textContent).join(' ')
          : g.querySelector('text')?.textContent,
        path: g.querySelector('path')?.getAttribute('d'),
      })),
      edges: doc.querySelectorAll('g.edge path').length,
      arrows: doc.querySelectorAll('g.edge path.arrow').length,
      legend: [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent),
      scripts: doc.querySelectorAll('script, foreignObject, img, image, iframe').length,
      handlers: [...doc.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
    }));
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual(ALL_IDS);
    for (const node of parsed.nodes) {
      expect(node.path).toMatch(/^M[-\d.]+,[-\d.]+/);
      const name =
        node.id === EVENT.id ? EVENT.name : node.id === PLACE.id ? PLACE.name : PEOPLE[node.id!];
      expect(node.title).toBe(name);
      // The drawn label is the name, or its start cut with an ellipsis as on the canvas.
      expect(name!.startsWith(node.text!.replace(/…$/, ''))).toBe(true);
    }
    expect(parsed.nodes.find((n) => n.id === 'xp:img')?.title).toBe('<img src=x onerror=alert(1)>');
    expect(parsed.nodes.find((n) => n.id === 'xp:rtl')?.text).toBe(PEOPLE['xp:rtl']);
    expect(parsed.nodes.find((n) => n.id === 'xp:emoji')?.text).toBe(PEOPLE['xp:emoji']);
    expect(parsed.edges).toBeGreaterThanOrEqual(2 * (ALL_IDS.length - 1)); // line + arrow each
    expect(parsed.arrows).toBe(ALL_IDS.length - 1);
    expect(parsed.legend.sort()).toEqual(['XpEvent', 'XpPerson', 'XpPlace']);
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);

    // Opened on its own from disk, the SVG draws and runs nothing.
    const viewer = await browser.newPage();
    const dialogs: string[] = [];
    viewer.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await viewer.goto(pathToFileURL(svg.file).href);
    await viewer.screenshot({ path: path.join(OUTPUT_DIR, 'export-svg.png') });
    expect(dialogs).toEqual([]);
    await viewer.close();

    const viewport = await exportFile(page, { format: 'svg', area: 'viewport', legend: false });
    const view = await onCy(page, (cy) => ({ width: cy.width(), height: cy.height() }));
    const dims = await inXml(page, viewport.text, (doc) => ({
      width: doc.documentElement.getAttribute('width'),
      height: doc.documentElement.getAttribute('height'),
      legend: doc.querySelectorAll('g.legend').length,
    }));
    expect(dims).toEqual({ width: String(view.width), height: String(view.height), legend: 0 });

    // Zoomed in on one node, the viewport picture holds it and leaves out what is off screen.
    const inView = await onCy(page, (cy) => {
      cy.zoom({ level: 6, position: cy.$id('xp:ada').position() });
      cy.center(cy.$id('xp:ada'));
      const extent = cy.extent();
      return cy
        .nodes()
        .filter((n) => {
          const bb = n.boundingBox({ includeLabels: true });
          return (
            bb.x2 >= extent.x1 && bb.x1 <= extent.x2 && bb.y2 >= extent.y1 && bb.y1 <= extent.y2
          );
        })
        .map((n) => n.id())
        .sort();
    });
    const zoomed = await exportFile(page, { format: 'svg', area: 'viewport', legend: false });
    const zoomedIds = await inXml(page, zoomed.text, (doc) =>
      [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')),
    );
    expect(zoomedIds).toContain('xp:ada');
    expect(zoomedIds.length).toBeLessThan(ALL_IDS.length);
    expect(zoomedIds.sort()).toEqual(inView);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the SVG with wrapped labels, label boxes, rotated edge labels and shapes', async () => {
    const { page, errors } = await openPage();
    await draw(page);
    // A stylesheet using what the explorer canvas uses (client/src/explorer/canvas-style.ts).
    await onCy(page, (cy) => {
      cy.style()
        .fromJson([
          {
            selector: 'node',
            style: {
              label: 'data(name)',
              'text-valign': 'bottom',
              'text-wrap': 'wrap',
              'text-max-width': '80px',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
              'text-background-padding': '1px',
              'text-background-shape': 'round-rectangle',
              'border-width': 2,
              'border-style': 'dashed',
              'border-color': '#333333',
            },
          },
          { selector: 'node[label = "XpEvent"]', style: { shape: 'round-diamond' } },
          { selector: 'node[label = "XpPlace"]', style: { 'min-zoomed-font-size': 100 } },
          {
            selector: 'edge',
            style: {
              label: 'data(type)',
              'text-rotation': 'autorotate',
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
            },
          },
        ])
        .update();
    });
    const svg = await exportFile(page, { format: 'svg', area: 'full', legend: true });
    const parsed = await inXml(page, svg.text, (doc) => {
      const node = (id: string) => doc.querySelector(`g.node[data-id="${id}"]`)!;
      return {
        eventLines: [...node('xp:event').querySelectorAll('text tspan')].map((t) => t.textContent),
        eventShape: node('xp:event').querySelector('path')!.getAttribute('d'),
        boxes: doc.querySelectorAll('g.node g.label rect').length,
        dashed: node('xp:ada').querySelector('path')!.getAttribute('stroke-dasharray'),
        placeText: node('xp:place').querySelectorAll('text').length,
        rotated: [...doc.querySelectorAll('g.edge g.label')].map((g) =>
          g.getAttribute('transform'),
        ),
        edgeTexts: [...doc.querySelectorAll('g.edge g.label text')].map((t) => t.textContent),
      };
    });
    expect(parsed.eventLines.length).toBeGreaterThan(1);
    expect(parsed.eventLines.join(' ')).toBe(EVENT.name);
    expect(parsed.eventShape).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+){3}Z$/);
    expect(parsed.boxes).toBe(ALL_IDS.length - 1); // every node label but the hidden one
    expect(parsed.dashed).toMatch(/^[\d.]+ [\d.]+$/);
    expect(parsed.placeText).toBe(0);
    expect(parsed.edgeTexts).toHaveLength(ALL_IDS.length - 1);
    expect(parsed.rotated.every((t) => /^rotate\(-?[\d.]+ /.test(t ?? ''))).toBe(true);
    const viewer = await browser.newPage();
    await viewer.goto(pathToFileURL(svg.file).href);
    await viewer.screenshot({ path: path.join(OUTPUT_DIR, 'export-svg-styled.png') });
    await viewer.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports an HTML viewer that works offline from file:// and shows details and provenance', async () => {
    const { page } = await openPage();
    await draw(page);
    const html = await exportFile(page, { format: 'html', scope: 'visible' });
    expect(html.name).toMatch(FILE_NAME('canvas', 'html'));
    await page.close();

    const context = await browser.newContext({
      offline: true,
      viewport: { width: 1200, height: 800 },
    });
    const viewer = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    viewer.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    viewer.on('pageerror', (e) => problems.push(e.message));
    const url = pathToFileURL(html.file).href;
    await viewer.goto(url);
    await viewer.waitForFunction(
      () => (window as unknown as { __graphViewer?: unknown }).__graphViewer,
    );
    expect(
      await viewer.evaluate(() => {
        const v = (window as unknown as { __graphViewer: { nodes: number; edges: number } })
          .__graphViewer;
        return { nodes: v.nodes, edges: v.edges };
      }),
    ).toEqual({ nodes: ALL_IDS.length, edges: ALL_IDS.length - 1 });
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(await viewer.locator('img, iframe').count()).toBe(0);

    // Where the viewer draws each node (its fit of the exported canvas positions, labels in).
    const screen = await viewer.evaluate(() => {
      const data = JSON.parse(document.getElementById('graph-data')!.textContent) as {
        elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[] };
      };
      const v = (
        window as unknown as {
          __graphViewer: { at(id: string): { x: number; y: number } };
        }
      ).__graphViewer;
      return Object.fromEntries(data.elements.nodes.map((n) => [n.data.id, v.at(n.data.id)]));
    });
    const img = screen['xp:img']!;
    await viewer.mouse.click(img.x, img.y);
    expect(await viewer.locator('#details h2').textContent()).toBe(PEOPLE['xp:img']);
    const [from, to] = [screen['xp:ada']!, screen[EVENT.id]!];
    await viewer.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
    expect(await viewer.locator('#details h2').textContent()).toBe(
      `XP_SPOKE_AT: ${PEOPLE['xp:ada']} → ${EVENT.name}`,
    );
    expect(await viewer.locator('#details').textContent()).toContain('Source article: xp:article');
    expect(await viewer.locator('#details blockquote').textContent()).toBe(EVIDENCE);
    await viewer.screenshot({ path: path.join(OUTPUT_DIR, 'export-html-viewer.png') });
    expect(problems).toEqual([]);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    await context.close();
  });

  it('opens a JSON export back into the canvas: same elements, data and positions', async () => {
    const { page, errors } = await openPage();
    await draw(page);
    const snapshot = (p: Page) =>
      onCy(p, (cy) =>
        cy
          .elements()
          .map((e) => ({
            group: e.group(),
            data: e.data() as Record<string, unknown>,
            position: e.isNode() ? e.position() : null,
          }))
          .sort((a, b) => (String(a.data.id) < String(b.data.id) ? -1 : 1)),
      );
    const before = await snapshot(page);
    const json = await exportFile(page, { format: 'json', scope: 'visible' });
    await onCy(page, (cy) => void cy.elements().remove());
    expect(await onCy(page, (cy) => cy.elements().length)).toBe(0);
    await page.setInputFiles('[data-testid="export-open-file"]', json.file);
    await expect
      .poll(() => page.locator('.xm-status').textContent(), POLL)
      .toMatch(/^Opened graph-canvas-/);
    // A canvas may draw imported elements asynchronously: wait until they are all there.
    await expect
      .poll(async () => (await snapshot(page)).map((e) => e.data.id), POLL)
      .toEqual(before.map((e) => e.data.id));
    const after = await snapshot(page);
    for (const [index, element] of after.entries()) {
      expect(element.data).toEqual(before[index]!.data);
      if (element.position) {
        expect(element.position.x).toBeCloseTo(before[index]!.position!.x, 6);
        expect(element.position.y).toBeCloseTo(before[index]!.position!.y, 6);
      }
    }
    await screenshot(page, 'export-reopened');

    // A half-written file, a file with repeated ids, and a non-export change nothing.
    const half = path.join(OUTPUT_DIR, 'export', 'half-written.json');
    fs.writeFileSync(half, json.text.slice(0, Math.floor(json.text.length / 2)));
    const repeated = path.join(OUTPUT_DIR, 'export', 'repeated-ids.json');
    const parsed = JSON.parse(json.text) as { elements: { nodes: unknown[] } };
    parsed.elements.nodes.push(parsed.elements.nodes[0]);
    fs.writeFileSync(repeated, JSON.stringify(parsed));
    const other = path.join(OUTPUT_DIR, 'export', 'not-an-export.json');
    fs.writeFileSync(other, JSON.stringify({ hello: 'world' }));
    for (const file of [half, repeated, other]) {
      await page.setInputFiles('[data-testid="export-open-file"]', file);
      await expect
        .poll(() => page.locator('.xm-error').textContent(), POLL)
        .toContain(`Could not open ${path.basename(file)}`);
      expect(await page.locator('.xm-error').textContent()).toContain('The canvas is unchanged.');
      expect((await snapshot(page)).map((e) => e.data.id)).toEqual(before.map((e) => e.data.id));
    }
    await screenshot(page, 'export-open-error');
    expect(errors).toEqual([]);
    await page.close();
  });
});
