import { describe, it, expect, afterAll } from 'vitest';
import request from 'supertest';
import { testApp, testDriver } from './support/neo4j';
import { createDriver } from '../server/neo4j/connect';
import { freePort } from './support/free-port';

describe('GET /api/health', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('reports ok with the Neo4j version and mode when Neo4j answers', async () => {
    const { connect } = await import('../server/neo4j/connect');
    const info = (await import('vitest')).inject('neo4j');
    const conn = await connect({ ...info, attempts: 1 });
    const app = testApp(driver, { neo4j: { mode: info.mode, version: conn.version } });
    await conn.driver.close();
    const response = await request(app).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      neo4j: { connected: true, mode: info.mode },
    });
    expect(response.body.neo4j.version).toMatch(/^5\.26\./);
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('answers 503 while Neo4j is unreachable, without hanging', async () => {
    const deadDriver = createDriver(`bolt://127.0.0.1:${await freePort()}`);
    try {
      const started = Date.now();
      const response = await request(testApp(deadDriver)).get('/api/health');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 'unavailable', neo4j: { connected: false } });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await deadDriver.close();
    }
  });
});

describe('unknown API routes', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('answer 404 with a JSON error', async () => {
    const response = await request(testApp(driver)).get('/api/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answer 400 for a malformed JSON body', async () => {
    const response = await request(testApp(driver))
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"broken":');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_argument');
  });
});
