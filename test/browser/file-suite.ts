/**
 * The set-up the large-graph browser tests share: one app on the test Neo4j, one browser and a
 * temporary folder for the graph files they open, made before the file's tests and removed
 * after. Not for tests that need a graph of their own in Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { testDriver } from '../support/neo4j';
import { launchBrowser, startBrowserApp, type BrowserApp } from './support';

export interface FileSuite {
  /** The running app (valid inside the tests). */
  readonly app: BrowserApp;
  readonly browser: Browser;
  /** Where the tests write the files they open. */
  readonly dir: string;
}

/** Registers the suite's set-up and tear-down; `name` prefixes the temporary folder. */
export function fileSuite(name: string): FileSuite {
  const driver = testDriver();
  const state: { app?: BrowserApp; browser?: Browser; dir?: string } = {};
  beforeAll(async () => {
    state.app = await startBrowserApp(driver);
    state.browser = await launchBrowser();
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  }, 120_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.app?.close();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`fileSuite: ${what} used before the suite started`);
    return value;
  };
  return {
    get app() {
      return ready(state.app, 'app');
    },
    get browser() {
      return ready(state.browser, 'browser');
    },
    get dir() {
      return ready(state.dir, 'dir');
    },
  };
}
