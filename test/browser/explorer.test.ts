/**
 * The explorer in a real browser against the real API and the seeded corpus in Neo4j: the
 * first view (events, speakers, organizers; styled per label with a legend; labels readable
 * and not overlapping at 1280×800), search by a misspelled alias, focus, expansion by
 * double-click with "N more", details with provenance, the article opened at the highlighted
 * evidence sentence, co-speakers, a shortest path in words, a copied URL reopening the same
 * view, undo/redo, label and timeline filters, the context menu (expand by type, pin, hide),
 * the five layouts, PageRank sizing and community colouring. Screenshots go to
 * test-output/explorer-*.png.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { testDriver } from '../support/neo4j';
import { launchBrowser, screenshot, startBrowserApp, type BrowserApp } from './support';
import {
  idle,
  labelBoxes,
  nodeIds,
  nodePoint,
  onCy,
  openExplorer,
  overlaps,
  searchAndChoose,
} from './explorer-support';

const RAMA = 'person:rama-yade';
const TAHAR = 'person:tahar-boumedra';
const INGRID = 'person:ingrid-betancourt';

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

describe('Explorer first view', () => {
  it('shows the events with their speakers and organizers, a legend, and no overlapping labels', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    const counts = await onCy(page, (cy) => {
      const by: Record<string, number> = {};
      cy.nodes().forEach((n) => {
        const label = String(n.data('label'));
        by[label] = (by[label] ?? 0) + 1;
      });
      return by;
    });
    expect(counts.Event).toBe(7);
    expect(counts.Person).toBeGreaterThan(10);
    expect(counts.Organization).toBeGreaterThan(0);
    const legend = await page.locator('[data-testid="legend"] .ex-legend-name').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['People', 'Organizations', 'Events']));
    await screenshot(page, 'explorer-first-view');
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(20);
    expect(overlaps(boxes)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Explorer search, expansion and details', () => {
  it('finds a person by a misspelled alias, centres and selects them, and opens their details', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    await searchAndChoose(page, 'Ingrida', INGRID);
    await expect
      .poll(() => page.locator('[data-testid="details-title"]').textContent())
      .toBe('Ingrid Betancourt');
    await page.waitForTimeout(400); // the centring animation
    const selected = await nodeIds(page, ':selected');
    expect(selected).toEqual([INGRID]);
    const box = (await page.locator('.ex-canvas').boundingBox())!;
    const point = await nodePoint(page, INGRID);
    expect(Math.abs(point.x - (box.x + box.width / 2))).toBeLessThan(40);
    expect(Math.abs(point.y - (box.y + box.height / 2))).toBeLessThan(40);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(INGRID);
    await searchAndChoose(page, 'ghozali', 'person:sid-ahmed-ghozali');
    await expect
      .poll(() => page.locator('[data-testid="details-title"]').textContent())
      .toBe('Sid Ahmed Ghozali');
    await screenshot(page, 'explorer-search');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands a node on double-click, offers "N more" beyond the cap, and undoes and redoes', async () => {
    // The node with the most relationships, so the expansion cap (25) applies.
    const { records } = await driver.executeQuery(
      'MATCH (n:Article)-[r]-() RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC LIMIT 1',
    );
    const id = String(records[0]!.get('id'));
    const degree = Number(records[0]!.get('degree'));
    expect(degree).toBeGreaterThan(25);
    const { page, errors } = await openExplorer(
      browser,
      `${app.url}/?view=blank&add=${id}&focus=${id}`,
    );
    expect(await nodeIds(page)).toEqual([id]);
    const point = await nodePoint(page, id);
    await page.mouse.dblclick(point.x, point.y);
    await idle(page);
    await expect.poll(() => onCy(page, (cy) => cy.edges().not('.more').length)).toBe(25);
    const more = await onCy(page, (cy) => cy.nodes('.more').map((n) => String(n.data('name'))));
    expect(more).toEqual([`+${degree - 25} more`]);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(id);
    await screenshot(page, 'explorer-expand');
    const afterExpand = await nodeIds(page);

    const stub = await nodePoint(page, `more:${id}`);
    await page.mouse.click(stub.x, stub.y);
    await idle(page);
    await expect.poll(() => onCy(page, (cy) => cy.edges().not('.more').length)).toBe(degree);
    expect(await onCy(page, (cy) => cy.nodes('.more').length)).toBe(0);

    await page.click('[data-action="undo"]');
    expect(await nodeIds(page)).toEqual(afterExpand);
    await page.click('[data-action="undo"]');
    expect(await nodeIds(page)).toEqual([id]);
    await page.click('[data-action="redo"]');
    expect(await nodeIds(page)).toEqual(afterExpand);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows claims as "claimed by" and opens the source article at the highlighted evidence', async () => {
    const { page, errors } = await openExplorer(browser, `${app.url}/?focus=${RAMA}`);
    const details = page.locator(`[data-testid="details"][data-node="${RAMA}"]`);
    await details.waitFor();
    const claim = details.locator('.ex-claim').first();
    expect(await claim.locator('.ex-claim-by').textContent()).toMatch(/^claimed by Rama Yade at /);
    // Every relationship row carries its evidence and a source button.
    const rows = details.locator('.ex-link');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await details.locator('.ex-link .ex-quote').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer-details-person');

    // The evidence sentence, or (when it is the quote itself, printed once) the quote.
    const quote = claim.locator('.ex-quote');
    const evidence = (await quote.count())
      ? await quote.textContent()
      : (await claim.locator('.ex-claim-text').textContent())!.replace(/^“|”$/g, '');
    await claim.locator('[data-action="open-evidence"]').click();
    const mark = page.locator('[data-testid="evidence-highlight"]');
    await mark.waitFor();
    const marked = (await mark.textContent())!;
    expect(marked === evidence || marked.includes(evidence!) || evidence!.includes(marked)).toBe(
      true,
    );
    // Scrolled into view inside the article's text box.
    const [markBox, textBox] = await Promise.all([
      mark.boundingBox(),
      page.locator('.ex-article-text').boundingBox(),
    ]);
    expect(markBox!.y).toBeGreaterThanOrEqual(textBox!.y - 1);
    expect(markBox!.y + Math.min(markBox!.height, 40)).toBeLessThanOrEqual(
      textBox!.y + textBox!.height + 1,
    );
    await screenshot(page, 'explorer-article');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Explorer co-speakers, paths and links', () => {
  it('shows who spoke alongside whom, with shared events on hover, within the chosen dates', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    await page.click('[data-action="view-co-speakers"]');
    await idle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('co-speakers');
    const graph = await onCy(page, (cy) => ({
      labels: [...new Set(cy.nodes().map((n) => String(n.data('label'))))],
      types: [...new Set(cy.edges().map((e) => String(e.data('type'))))],
      weights: cy.edges().map((e) => Number(e.data('weight'))),
      widths: cy.edges().map((e) => Number.parseFloat(String(e.style('width')))),
    }));
    expect(graph.labels).toEqual(['Person']);
    expect(graph.types).toEqual(['SPOKE_ALONGSIDE']);
    const heaviest = graph.weights.indexOf(Math.max(...graph.weights));
    const lightest = graph.weights.indexOf(Math.min(...graph.weights));
    if (graph.weights[heaviest]! > graph.weights[lightest]!)
      expect(graph.widths[heaviest]!).toBeGreaterThan(graph.widths[lightest]!);

    // Hovering an edge lists its events.
    const edge = await onCy(page, (cy) => {
      const e = cy.edges().max((x) => Number(x.data('weight'))).ele;
      // Bring the edge to the middle of the canvas, away from the legend card.
      cy.zoom(1.5);
      cy.center(e);
      return {
        mid: e.renderedMidpoint(),
        events: (e.data('events') as { name: string }[]).map((x) => x.name),
      };
    });
    const box = (await page.locator('.ex-canvas').boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(box.x + edge.mid.x, box.y + edge.mid.y, { steps: 8 });
    const tip = page.locator('[data-testid="tooltip"]');
    if (!(await tip.isVisible())) {
      // Another element's label can cover the midpoint for the pointer: hover the edge itself.
      await onCy(page, (cy) => {
        cy.edges()
          .max((x) => Number(x.data('weight')))
          .ele.emit('mouseover');
      });
    }
    await tip.waitFor();
    for (const name of edge.events) expect(await tip.textContent()).toContain(name);
    await screenshot(page, 'explorer-co-speakers');

    // The Geneva side event only (2017-09-14): every remaining pair shared an event that day.
    await page.fill('[data-testid="timeline-from"]', '2017-09-14');
    await page.fill('[data-testid="timeline-to"]', '2017-09-14');
    await idle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2017-09-14');
    await expect
      .poll(
        // Refetch and layout of the network for the new range.
        () =>
          onCy(page, (cy) =>
            cy
              .edges()
              .every((e) =>
                (e.data('events') as { date: string }[]).every((x) => x.date === '2017-09-14'),
              ),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(await onCy(page, (cy) => cy.edges().length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a path between two people, lists it in words, and a copied link reopens the same view', async () => {
    const { page, errors } = await openExplorer(browser, `${app.url}/?focus=${RAMA}`);
    await page.locator(`[data-testid="details"][data-node="${RAMA}"]`).waitFor();
    await page.click('[data-testid="details"] [data-action="path-from"]');
    await searchAndChoose(page, 'Tahar Boumedra', TAHAR);
    const text = page.locator('[data-testid="path-text"]').first();
    await text.waitFor();
    const texts = await page.locator('[data-testid="path-text"]').allTextContents();
    for (const line of texts) expect(line).toMatch(/^Rama Yade — .+ — Tahar Boumedra$/);
    expect(
      texts.some((line) => /^Rama Yade — spoke at — .+ — spoke at — Tahar Boumedra$/.test(line)),
    ).toBe(true);
    expect(await onCy(page, (cy) => cy.nodes('.path').length)).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'explorer-path');
    const url = page.url();
    expect(new URL(url).searchParams.get('path')).toBe(`${RAMA}|${TAHAR}`);
    const ids = await nodeIds(page);

    const again = await openExplorer(browser, url);
    await again.page.locator('[data-testid="path-text"]').first().waitFor();
    expect(await again.page.locator('[data-testid="path-text"]').first().textContent()).toBe(
      await text.textContent(),
    );
    expect(await nodeIds(again.page)).toEqual(ids);
    expect(await onCy(again.page, (cy) => cy.nodes('.path').length)).toBe(
      await onCy(page, (cy) => cy.nodes('.path').length),
    );
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('hides a label from the legend, keeps it in the link, and filters events by the timeline', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    await page.uncheck('[data-testid="legend"] input[data-label="Person"]');
    expect(await nodeIds(page, '[label = "Person"]:visible')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('Person');
    await page.fill('[data-testid="timeline-from"]', '2017-09-01');
    await page.fill('[data-testid="timeline-to"]', '2017-10-31');
    await page.locator('[data-testid="timeline-to"]').blur();
    const visibleDates = () =>
      onCy(page, (cy) => cy.nodes('[label = "Event"]:visible').map((n) => String(n.data('date'))));
    // Wait for the canvas to show the range rather than reading it once: one CI run read an
    // event outside it right after the blur.
    await expect
      .poll(async () => (await visibleDates()).filter((d) => d < '2017-09-01' || d > '2017-10-31'))
      .toEqual([]);
    const dates = await visibleDates();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date >= '2017-09-01' && date <= '2017-10-31').toBe(true);
    expect(new URL(page.url()).searchParams.get('to')).toBe('2017-10-31');
    expect(await onCy(page, (cy) => cy.nodes('[label = "Event"]').length)).toBe(7);
    await screenshot(page, 'explorer-filters');
    const reopened = await openExplorer(browser, page.url());
    expect(await nodeIds(reopened.page, ':visible')).toEqual(await nodeIds(page, ':visible'));
    await page.click('[data-action="undo"]');
    await page.click('[data-action="undo"]');
    await page.click('[data-action="undo"]');
    expect(await nodeIds(page, '[label = "Person"]:visible')).not.toEqual([]);
    expect([...errors, ...reopened.errors]).toEqual([]);
    await reopened.page.close();
    await page.close();
  });
});

describe('Explorer context menu, layouts and metrics', () => {
  it('expands by type from the context menu with the counts the graph holds, then pins and hides', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    const { records } = await driver.executeQuery(
      'MATCH (:Person {id: $id})-[r:CLAIMED]->(:Claim) RETURN count(r) AS n',
      { id: RAMA },
    );
    const claims = Number(records[0]!.get('n'));
    expect(claims).toBeGreaterThan(0);
    const rightClick = async () => {
      // Click where the node is once the view has settled (a fit may still be moving it).
      let point = await nodePoint(page, RAMA);
      await expect
        .poll(async () => {
          const now = await nodePoint(page, RAMA);
          const still = Math.hypot(now.x - point.x, now.y - point.y) < 1;
          point = now;
          return still;
        })
        .toBe(true);
      await page.mouse.click(point.x, point.y, { button: 'right' });
      await page.locator('[data-testid="context-menu"]').waitFor();
    };
    await rightClick();
    const byType = page.locator(
      '[data-testid="context-menu"] [data-action="menu-group-CLAIMED-out-Claim"]',
    );
    await byType.waitFor({ timeout: 10_000 });
    expect(await byType.textContent()).toContain(String(claims));
    await screenshot(page, 'explorer-context-menu');
    await byType.click();
    await idle(page);
    await expect
      .poll(() =>
        onCy(
          page,
          (cy, id) => cy.getElementById(id).neighborhood('node[label = "Claim"]').length,
          RAMA,
        ),
      )
      .toBe(claims);

    await rightClick();
    await page.click('[data-testid="context-menu"] [data-action="menu-pin"]');
    expect(await onCy(page, (cy, id) => cy.getElementById(id).locked(), RAMA)).toBe(true);
    await rightClick();
    await page.click('[data-testid="context-menu"] [data-action="menu-hide"]');
    await expect
      .poll(() => onCy(page, (cy, id) => cy.getElementById(id).visible(), RAMA))
      .toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a layout chosen while the view is still animating fitted, not moved back by the animation', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    const canvas = (await page.locator('.ex-canvas').boundingBox())!;
    // Zoomed in far, the Fit button animates back over 250 ms; the layout is chosen inside it.
    await onCy(page, (cy) => cy.zoom({ level: 3, renderedPosition: { x: 10, y: 10 } }));
    const animating = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-action="fit"]')!.click();
      const host = document.querySelector('.ex-canvas') as unknown as {
        _cyreg: { cy: import('cytoscape').Core };
      };
      const running = host._cyreg.cy.animated();
      const select = document.querySelector<HTMLSelectElement>('select[name="ex-layout"]')!;
      select.value = 'circle';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return running;
    });
    expect(animating).toBe(true);
    await page.waitForTimeout(600); // past the animation's end
    const box = await onCy(page, (cy) => cy.nodes(':visible').renderedBoundingBox());
    expect(box.x1).toBeGreaterThanOrEqual(-1);
    expect(box.y1).toBeGreaterThanOrEqual(-1);
    expect(box.x2).toBeLessThanOrEqual(canvas.width + 1);
    expect(box.y2).toBeLessThanOrEqual(canvas.height + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs every layout, keeps the graph inside the canvas, and puts the layout in the link', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    const positions = () =>
      onCy(page, (cy) =>
        cy
          .nodes(':visible')
          .map((n) => `${n.id()}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)
          .join(' '),
      );
    const canvas = (await page.locator('.ex-canvas').boundingBox())!;
    let before = await positions();
    for (const layout of ['concentric', 'breadthfirst', 'circle', 'grid', 'fcose']) {
      await page.selectOption('select[name="ex-layout"]', layout);
      await idle(page);
      await expect.poll(positions, { timeout: 10_000 }).not.toBe(before);
      // The fit follows the layout (after the label pass, or once the worker's positions are
      // in): wait for it rather than measure the frame in between.
      const inside = async () => {
        const box = await onCy(page, (cy) => cy.nodes(':visible').renderedBoundingBox());
        return (
          box.x1 >= -1 && box.y1 >= -1 && box.x2 <= canvas.width + 1 && box.y2 <= canvas.height + 1
        );
      };
      await expect.poll(inside, { timeout: 10_000, message: layout }).toBe(true);
      before = await positions();
      if (layout !== 'fcose') expect(page.url()).toContain(`layout=${layout}`);
      await screenshot(page, `explorer-layout-${layout}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sizes nodes by PageRank and colours them by community', async () => {
    const { page, errors } = await openExplorer(browser, app.url);
    await page.selectOption('select[name="ex-size"]', 'pagerank');
    await idle(page);
    const sizes = await onCy(page, (cy) =>
      cy.nodes(':visible').map((n) => ({ label: String(n.data('label')), width: n.width() })),
    );
    const widths = sizes.map((s) => s.width);
    expect(Math.max(...widths)).toBeGreaterThan(1.5 * Math.min(...widths));
    // The hubs of this graph are the events, each with many speakers.
    expect(sizes.reduce((a, b) => (b.width > a.width ? b : a)).label).toBe('Event');

    await page.selectOption('select[name="ex-color"]', 'community');
    await idle(page);
    const colours = await onCy(page, (cy) => {
      const of = (n: import('cytoscape').NodeSingular) => n.style('background-color') as string;
      const washington = cy
        .nodes('[label = "Event"]')
        .filter((e) => /Washington/.test(String(e.data('name'))));
      return {
        distinct: new Set(cy.nodes(':visible').map(of)).size,
        // A connected group no other event shares a speaker with is one community.
        washington: new Set(washington.closedNeighborhood('node').map(of)).size,
      };
    });
    expect(colours.distinct).toBeGreaterThanOrEqual(4);
    expect(colours.washington).toBe(1);
    const note = await page.locator('[data-testid="legend-note"]').textContent();
    const found = Number(/(\d+) communities/.exec(note ?? '')?.[1]);
    expect(found).toBeGreaterThanOrEqual(colours.distinct);
    expect(page.url()).toContain('size=pagerank');
    expect(page.url()).toContain('color=community');
    await screenshot(page, 'explorer-metrics');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Explorer with hostile names', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  beforeAll(async () => {
    await driver.executeQuery(
      "CREATE (:XeHostile {id: 'xe:hostile', name: $name})-[:XE_LINK {id: 'xe:r', evidence: $name}]->(:XeHostile {id: 'xe:other', name: 'Plain'})",
      { name: HOSTILE },
    );
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n:XeHostile) DETACH DELETE n');
  });

  it('draws workbench results on the explorer canvas and shows names as text, never as HTML', async () => {
    const { page, errors } = await openExplorer(browser, `${app.url}/?cypher=1`);
    page.on('close', () => undefined);
    setTimeout(
      () => void screenshot(page, 'explorer-hostile-progress').catch(() => undefined),
      25_000,
    );
    await page.waitForSelector('[data-testid="cypher-editor"] .cm-content', { timeout: 10_000 });
    await page.click('[data-testid="cypher-editor"] .cm-content', { timeout: 10_000 });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('MATCH p = (:XeHostile)-[:XE_LINK]->(:XeHostile) RETURN p');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => nodeIds(page), { timeout: 10_000 }).toEqual(['xe:hostile', 'xe:other']);
    await onCy(page, (cy) => {
      cy.getElementById('xe:hostile').emit('tap');
    });
    const title = page.locator('[data-testid="details-title"]');
    await title.waitFor({ timeout: 10_000 });
    expect(await title.textContent()).toBe(HOSTILE);
    // Outside the model's labels: the panel lists what is stored (labels, id) as text.
    await expect
      .poll(() => page.locator('#panel .ex-facts').textContent())
      .toMatch(/Labels\s*XeHostile\s*id\s*xe:hostile/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await onCy(page, (cy) => String(cy.getElementById('xe:hostile').data('name')))).toBe(
      HOSTILE,
    );
    expect(await page.locator('#panel img, .ex-tooltip img').count()).toBe(0);
    await screenshot(page, 'explorer-hostile');
    expect(errors).toEqual([]);
    await page.close();
  });
});
