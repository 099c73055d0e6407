import { describe, it, expect, afterAll } from 'vitest';
import request from 'supertest';
import type { HealthResponse } from '../api';
import { apiError } from './support/api-error';
import { testApp, testDriver, testNeo4j } from './support/neo4j';
import { openDatabase } from '../platform/neo4j/open-database';
import { loadConfig } from '../platform/config';
import { createDriver } from '../platform/neo4j/connect';
import { freePort } from './support/free-port';

describe('GET /api/health', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('reports ok with the Neo4j version and mode when Neo4j answers', async () => {
    const { connect } = await import('../platform/neo4j/connect');
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
    expect((response.body as HealthResponse).neo4j.version).toMatch(/^5\.26\./);
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

describe('GET /api/health while every connection of the app is busy', () => {
  it('stays 200 through the probe driver of openDatabase, where the shared pool would say 503', async () => {
    const info = testNeo4j();
    const opened = await openDatabase(
      loadConfig({
        NEO4J_URI: info.uri,
        NEO4J_USER: info.user,
        NEO4J_PASSWORD: info.password,
        NEO4J_DATABASE: info.database,
        NEO4J_MAX_CONNECTIONS: '1',
      }),
      { quiet: true },
    );
    // The app's only connection, held by an open transaction: a long query in all but name.
    const session = opened.db.driver.session({ database: info.database });
    const tx = await session.beginTransaction();
    try {
      await tx.run('RETURN 1');
      const withProbe = testApp(opened.db.driver, { healthDb: opened.probe });
      const started = Date.now();
      const healthy = await request(withProbe).get('/api/health');
      expect(healthy.status).toBe(200);
      expect(healthy.body).toMatchObject({ status: 'ok', neo4j: { connected: true } });
      expect(Date.now() - started).toBeLessThan(2_000);
      // What the probe is for: through the app's own pool the same question times out.
      const shared = await request(testApp(opened.db.driver)).get('/api/health');
      expect(shared.status).toBe(503);
    } finally {
      await tx.rollback();
      await session.close();
      await opened.close();
    }
  });
});

describe('unknown API routes', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('answer 404 with a JSON error', async () => {
    const response = await request(testApp(driver)).get('/api/does-not-exist');
    expect(response.status).toBe(404);
    expect(apiError(response).code).toBe('not_found');
  });

  it('answer 400 for a malformed JSON body', async () => {
    const response = await request(testApp(driver))
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"broken":');
    expect(response.status).toBe(400);
    expect(apiError(response).code).toBe('invalid_argument');
  });
});
