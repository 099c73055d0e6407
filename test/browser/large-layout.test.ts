/**
 * Large layouts run off the main thread: with a 5,000-element graph (1,667 nodes) opened from
 * a file, the page answers a click while the layout runs in the worker, the progress bar shows
 * it with a Cancel that keeps the positions the canvas shows, and a later layout still runs.
 * ForceAtlas2 (the force layout above FORCE_ATLAS_ABOVE connected nodes, forced here by
 * `?forceAtlas=1` on the same graph so that the test stays small) streams its positions, and a
 * Cancel keeps the layout as far as it got. The result of a large layout is drawn ahead into the
 * renderer's layers (draw-in-slices.ts): the canvas then shows every element, the same picture
 * as a direct draw of the same view.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticElements } from '../../bench/synthetic-elements';
import { screenshot } from './support';
import { fileSuite } from './file-suite';
import { cancelWhilePreparing, onCy, openExplorer, openJsonFile } from './explorer-support';

const suite = fileSuite('large-layout');

const layoutState = (page: Page) => page.getAttribute('.ex-canvas', 'data-layout');

/** Opens `elements` from a file, drawing all of them past the large-result prompt. */
async function openGraph(page: Page, elements: number): Promise<void> {
  await openJsonFile(
    page,
    path.join(suite.dir, `graph-${elements}.json`),
    syntheticElements(elements),
  );
  await page.click('[data-testid="large-result"] [data-action="draw-all"]');
}

/** The explorer at 1400×900 (`query` after `?view=blank`) with the 5,000-element graph. */
async function openLarge(query = '') {
  const opened = await openExplorer(suite.browser, `${suite.app.url}/?view=blank${query}`, {
    width: 1400,
    height: 900,
  });
  await openGraph(opened.page, 5000);
  return opened;
}

/** A few node positions, to compare before and after. */
const sample = (page: Page) =>
  onCy(page, (cy) =>
    cy
      .nodes()
      .slice(0, 50)
      .map((n) => ({ ...n.position() })),
  );

describe('a layout of 5,000 elements', () => {
  it('runs in a worker while the page answers clicks, and Cancel keeps the positions', async () => {
    const { page, errors } = await openLarge();
    await page.waitForSelector('.ex-canvas[data-nodes="1667"][data-layout="running"]');
    const progress = page.locator('[data-testid="layout-progress"]');
    await expect.poll(() => progress.isVisible()).toBe(true);
    expect(await progress.textContent()).toContain('1,667 nodes');
    await screenshot(page, 'large-layout-running');

    // The page answers: a click on the zoom button changes the zoom before the layout ends.
    const before = await onCy(page, (cy) => cy.zoom());
    const asked = Date.now();
    await page.click('.ex-zoom [aria-label="Zoom in"]', { timeout: 5000 });
    const zoomed = await onCy(page, (cy) => cy.zoom());
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(zoomed).toBeGreaterThan(before);
    expect(await layoutState(page)).toBe('running');

    await page.waitForSelector('.ex-canvas[data-layout="done"]', { timeout: 120_000 });
    expect(await progress.isVisible()).toBe(false);
    const spread = await onCy(page, (cy) => {
      const b = cy.nodes().boundingBox({});
      return { w: b.w, h: b.h };
    });
    expect(spread.w).toBeGreaterThan(200);
    expect(spread.h).toBeGreaterThan(200);
    await screenshot(page, 'large-layout-done');

    // Cancel: the grid first (quick), then a force layout stopped at once: the grid stays.
    await page.selectOption('select[name="ex-layout"]', 'grid');
    await page.waitForSelector('.ex-canvas[data-layout="done"]', { timeout: 60_000 });
    const grid = await sample(page);
    await page.selectOption('select[name="ex-layout"]', 'fcose');
    await page.waitForSelector('.ex-canvas[data-layout="running"]');
    await page.click('[data-testid="layout-progress"] [data-action="cancel-layout"]', {
      timeout: 5000,
    });
    await page.waitForSelector('.ex-canvas[data-layout="cancelled"]', { timeout: 5000 });
    expect(await progress.isVisible()).toBe(false);
    expect(await sample(page)).toEqual(grid);

    // The worker the cancel ended comes back for the next layout.
    await page.selectOption('select[name="ex-layout"]', 'circle');
    await page.waitForSelector('.ex-canvas[data-layout="done"]', { timeout: 60_000 });
    const circle = await sample(page);
    expect(circle).not.toEqual(grid);

    // A cancel after the worker answered, while the answer is prepared for drawing (not yet on
    // the canvas), also keeps what the canvas shows. The observer clicks Cancel in the task
    // that announced that phase, so the click cannot land before or after it.
    await cancelWhilePreparing(page);
    await page.selectOption('select[name="ex-layout"]', 'fcose');
    await page.waitForSelector('.ex-canvas[data-layout="cancelled"]', { timeout: 120_000 });
    expect(await sample(page)).toEqual(circle);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('a ForceAtlas2 layout', () => {
  it('shows its iterations, and Cancel keeps the positions so far', async () => {
    const { page, errors } = await openLarge('&forceAtlas=1');
    await page.waitForSelector('.ex-canvas[data-nodes="1667"][data-layout="running"]');
    const progress = page.locator('[data-testid="layout-progress"]');
    // Past a few chunks of iterations, so that positions have come back.
    await expect
      .poll(
        async () => Number(/iteration (\d+) of/.exec((await progress.textContent()) ?? '')?.[1]),
        {
          timeout: 120_000,
          interval: 100,
        },
      )
      .toBeGreaterThanOrEqual(30);
    await screenshot(page, 'large-layout-force-atlas-running');
    // Clicked in the page: the click then draws the kept positions (1,667 nodes, a second or
    // two of software rendering), which a Playwright click would count against its timeout.
    await page.evaluate(() =>
      document
        .querySelector<HTMLButtonElement>(
          '[data-testid="layout-progress"] [data-action="cancel-layout"]',
        )!
        .click(),
    );
    await page.waitForSelector('.ex-canvas[data-layout="cancelled"]', { timeout: 30_000 });
    // Not the grid a cancelled first fcose layout falls back to (a few dozen columns), nor one
    // spot: the half-finished layout, every node at a number.
    const kept = await onCy(page, (cy) => {
      const xs = cy.nodes().map((n) => n.position('x'));
      const ys = cy.nodes().map((n) => n.position('y'));
      const b = cy.nodes().boundingBox({});
      return {
        finite: [...xs, ...ys].every((v) => Number.isFinite(v)),
        columns: new Set(xs.map((x) => Math.round(x))).size,
        w: b.w,
        h: b.h,
      };
    });
    expect(kept.finite).toBe(true);
    expect(kept.columns).toBeGreaterThan(500);
    expect(kept.w).toBeGreaterThan(200);
    expect(kept.h).toBeGreaterThan(200);
    await screenshot(page, 'large-layout-force-atlas-cancelled');

    // Run to its end: done, spread out, and every node at a number.
    await page.selectOption('select[name="ex-layout"]', 'grid');
    await page.waitForSelector('.ex-canvas[data-layout="done"]', { timeout: 60_000 });
    await page.selectOption('select[name="ex-layout"]', 'fcose');
    await page.waitForSelector('.ex-canvas[data-layout="running"]');
    await page.waitForSelector('.ex-canvas[data-layout="done"]', { timeout: 180_000 });
    const done = await onCy(page, (cy) =>
      cy
        .nodes()
        .map((n) => n.position())
        .every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    );
    expect(done).toBe(true);
    await screenshot(page, 'large-layout-force-atlas-done');
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);
});

describe('the result of a 5,000-element layout', () => {
  it('is drawn ahead into one layer of every element, in the renderer order, as a direct draw would', async () => {
    const { page, errors } = await openLarge();
    await page.waitForSelector('.ex-canvas[data-nodes="1667"][data-layout="done"]', {
      timeout: 120_000,
    });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await screenshot(page, 'large-layout-drawn-ahead');
    const drawn = await onCy(page, async (cy) => {
      type Layer = { eles: unknown[]; invalid?: boolean };
      type Ele = { id(): string };
      const r = (
        cy as unknown as {
          renderer(): {
            data: { lyrTxrCache: { layersByLevel: Record<number, Layer[] | undefined> } };
            cachedZSortedEles: Ele[] | null;
            getCachedZSortedEles(force?: boolean): Ele[];
            redrawHint(what: string, on: boolean): void;
            redraw(): void;
          };
        }
      ).renderer();
      // The drawing order computed in slices (z-order.ts) is the renderer's own sort.
      const ours = (r.cachedZSortedEles ?? []).map((e) => e.id());
      const sortedByRenderer = r.getCachedZSortedEles(true).map((e) => e.id());
      const level = Math.ceil(Math.log2(cy.zoom() * window.devicePixelRatio));
      const layers = r.data.lyrTxrCache.layersByLevel[level] ?? [];
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.ex-canvas canvas')];
      const pixels = () =>
        canvases.map((c) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data);
      const shown = pixels();
      // The same view drawn directly, element by element, as the renderer does without layers.
      r.data.lyrTxrCache.layersByLevel = {};
      cy.elements().forEach((e) => {
        const rs = (e as unknown as { _private: { rscratch: { imgLayerCaches?: object } } })
          ._private.rscratch;
        rs.imgLayerCaches = {};
      });
      r.redrawHint('eles', true);
      r.redraw();
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
      const direct = pixels();
      let inked = 0;
      let differ = 0;
      shown.forEach((a, c) => {
        const b = direct[c]!;
        for (let i = 0; i < a.length; i += 4) {
          if (b[i + 3]! > 0) inked++;
          if (Math.abs(a[i + 3]! - b[i + 3]!) > 64) differ++;
        }
      });
      return {
        sameOrder: ours.length > 0 && ours.join(' ') === sortedByRenderer.join(' '),
        layers: layers.filter((l) => !l.invalid).length,
        inLayers: layers.reduce((n, l) => n + l.eles.length, 0),
        elements: cy.elements().length,
        inked,
        differ,
      };
    });
    expect(drawn.sameOrder).toBe(true);
    expect(drawn.layers).toBe(1);
    expect(drawn.inLayers).toBe(drawn.elements);
    // A fitted graph of 1,667 nodes covers tens of thousands of pixels; the layer's picture
    // differs from the direct one only where edges and borders are smoothed differently.
    expect(drawn.inked).toBeGreaterThan(20_000);
    expect(drawn.differ).toBeLessThan(drawn.inked * 0.1);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
