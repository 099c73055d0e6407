/**
 * The first view of a large graph is a summary (docs/large-graphs.md): against the real
 * embedded Neo4j, with a generated graph this file owns (test/support/large-graph.ts: 400
 * events in 1990, 14 speakers each from 2,000 people, above the summary threshold) and removes
 * afterwards. The seeded corpus is left as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { apiError } from './support/api-error';
import { graphCounts, testApp, testDriver } from './support/neo4j';
import type { OverviewResponse } from '../api';
import { createLargeGraph, LARGE, removeLargeGraph } from './support/large-graph';

const driver = testDriver();
const app = testApp(driver);
const { events: EVENTS, speakers: SPEAKERS } = LARGE;
let before: { nodes: number; relationships: number };

const get = (url: string) => request(app).get(url);

beforeAll(async () => {
  before = await graphCounts(driver);
  await removeLargeGraph(driver);
  await createLargeGraph(driver);
}, 120_000);

afterAll(async () => {
  await removeLargeGraph(driver);
  expect(await graphCounts(driver)).toEqual(before);
  await driver.close();
}, 120_000);

describe('GET /api/overview on a large graph', () => {
  it('answers a summary: events by month and kind, the busiest events and the most active people', async () => {
    const started = Date.now();
    const res = await get('/api/overview');
    const ms = Date.now() - started;
    expect(res.status).toBe(200);
    const body = res.body as OverviewResponse;
    expect(body.large).toBe(true);
    expect(body.summary).not.toBeNull();
    const summary = body.summary!;
    expect(summary.by).toBe('month');
    // Ours: 400 events over the twelve months of 1990, a quarter of them panels.
    const ours = summary.periods.filter((p) => p.period.startsWith('1990-'));
    expect(new Set(ours.map((p) => p.period)).size).toBe(12);
    expect(ours.reduce((n, p) => n + p.events, 0)).toBe(EVENTS);
    expect(ours.filter((p) => p.kind === 'panel').reduce((n, p) => n + p.events, 0)).toBe(
      EVENTS / 4,
    );
    // Drawn: real nodes the analyst expands, not the whole graph.
    const nodes = body.elements.nodes;
    expect(nodes.length).toBeLessThanOrEqual(summary.busiestEvents + summary.mostActivePeople + 50);
    expect(summary.busiestEvents).toBe(20);
    expect(summary.mostActivePeople).toBe(30);
    // Person 0 speaks at every other event of ours: the most active of all.
    const people = nodes.filter((n) => n.data.label === 'Person');
    expect(people[0]?.data.id).toBe('person:t17-0');
    const ids = new Set(nodes.map((n) => n.data.id));
    for (const e of body.elements.edges) {
      expect(['SPOKE_AT', 'HELD_IN']).toContain(e.data.type);
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    }
    expect(body.elements.edges.some((e) => e.data.source === 'person:t17-0')).toBe(true);
    // In seconds, not minutes (a loose bound: the machine is shared).
    expect(ms).toBeLessThan(15_000);
  });

  it('drills into a range: a year is still summarised month by month, a month day by day', async () => {
    const year = (await get('/api/overview?from=1990-01-01&to=1990-12-31'))
      .body as OverviewResponse;
    expect(year.summary?.by).toBe('month');
    expect(year.summary?.events).toBe(EVENTS);
    expect(year.summary?.from).toBe('1990-01-01');
    expect(
      year.elements.nodes.every(
        (n) => n.data.label !== 'Event' || String(n.data.id).startsWith('event:t17-'),
      ),
    ).toBe(true);

    const month = (await get('/api/overview?from=1990-03-01&to=1990-03-31&limit=100'))
      .body as OverviewResponse;
    expect(month.summary?.by).toBe('day');
    expect(month.summary?.periods.every((p) => p.period.startsWith('1990-03-'))).toBe(true);
    const march = Array.from({ length: EVENTS }, (_, i) => i).filter((i) => i % 12 === 2);
    expect(month.summary?.events).toBe(march.length);
  });

  it('draws a range that fits as the full first view', async () => {
    const day = (await get('/api/overview?from=1990-03-03&to=1990-03-03')).body as OverviewResponse;
    expect(day.large).toBe(true);
    expect(day.summary).toBeNull();
    expect(day.truncated).toBe(false);
    const events = day.elements.nodes.filter((n) => n.data.label === 'Event');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.data.date).toBe('1990-03-03');
    // Every speaker of those events is drawn: events 2, 86, 170, 254 and 338 fall on 3 March.
    expect(events).toHaveLength(5);
    const spoke = day.elements.edges.filter((e) => e.data.type === 'SPOKE_AT');
    expect(spoke).toHaveLength(events.length * SPEAKERS);
  });

  it('refuses a range whose start is after its end', async () => {
    const res = await get('/api/overview?from=1990-05-01&to=1990-04-01');
    expect(res.status).toBe(400);
    expect(apiError(res).code).toBe('invalid_argument');
    expect(apiError(res).details?.parameter).toBe('from');
  });
});
