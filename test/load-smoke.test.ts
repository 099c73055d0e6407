/**
 * CI smoke of `npm run bench:load`: the same four scenarios (search, node details, neighbours,
 * POST /api/cypher), 12 requests each on 5 connections over HTTP with autocannon against the in-process app
 * on the run's seeded corpus, and for one second directly through neo4j-driver. Loopback only,
 * bounded by time. Asserts that every request succeeded, not speed: figures come from the
 * bench (docs/reliability.md).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testApp, testDb, testDriver } from './support/neo4j';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { search } from '../server/explorer/search';
import { direct, figures, overHttp, scenarios, type Scenario } from '../bench/load-scenarios';

const driver = testDriver();
const db = testDb(driver);
const cypher = loadCypherLibrary();
let server: Server;
let url: string;
let list: Scenario[];

beforeAll(async () => {
  server = testApp(driver, { rateLimitPerMin: 0 }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const hit = (await search(db, cypher, { q: 'rama' })).hits[0];
  expect(hit).toBeDefined();
  list = scenarios('rama', hit!.id);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await driver.close();
});

describe('load smoke (bench:load --smoke, shortened)', () => {
  it('answers every request of every scenario with 2xx over HTTP and directly', async () => {
    for (const scenario of list) {
      const http = figures([await overHttp(url, scenario, 5, { amount: 12 })]);
      expect({ scenario: scenario.name, errors: http.errors, non2xx: http.non2xx }).toEqual({
        scenario: scenario.name,
        errors: 0,
        non2xx: 0,
      });
      expect(http.requests).toBe(12);
      const straight = figures([await direct(db, cypher, scenario, 5, 1)]);
      expect(straight.errors).toBe(0);
      expect(straight.requests).toBeGreaterThan(0);
    }
  }, 60_000);
});
