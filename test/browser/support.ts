/**
 * Shared set-up for browser (end-to-end) tests: the app served in-process on a free port with
 * the built client (built by Vite first if stale), on the run's real Neo4j, and Debian's
 * Chromium driven by playwright-core. Screenshots go to `test-output/` (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { ensureClientBuilt } from '../../server/client-build';
import { CLIENT_DIST, type AppDeps } from '../../server/app';
import { testApp } from '../support/neo4j';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../test-output');

export interface BrowserApp {
  url: string;
  close(): Promise<void>;
}

export async function startBrowserApp(
  driver: Driver,
  overrides: Partial<AppDeps> = {},
): Promise<BrowserApp> {
  await ensureClientBuilt();
  const app = testApp(driver, { clientDir: CLIENT_DIST, ...overrides });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The Chromium binary the browser tests drive: CHROMIUM_PATH, else Debian's. Checked before
 * launching, so a machine without it gets one line saying what to install rather than
 * playwright's launch error.
 */
export function chromiumPath(): string {
  const binary = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    fs.accessSync(binary, fs.constants.X_OK);
  } catch {
    const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${binary}` : binary;
    throw new Error(
      `browser tests: no Chromium executable at ${where}: install Chromium (Debian: apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary`,
    );
  }
  return binary;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as test-output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Collects uncaught page errors and console errors, to assert a page ran clean. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
