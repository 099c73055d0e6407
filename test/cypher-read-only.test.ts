/**
 * The Cypher endpoint cannot change the graph: every attempt in the fixture list (writes,
 * schema and admin commands, LOAD CSV, other databases, multi-statement, comment and unicode
 * tricks) is refused with a clear 4xx, and node and relationship counts stay as they were.
 * A second suite shows that Neo4j itself, not only the plan check, refuses the writes in the
 * READ transaction the runner uses.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import type { CypherResult } from '../api';
import { apiError } from './support/api-error';
import neo4j from 'neo4j-driver';
import { graphCounts, testApp, testDb, testDriver } from './support/neo4j';
import { READ_ONLY_ATTEMPTS } from './fixtures/read-only-attempts';

const driver = testDriver();
const app = testApp(driver);
const database = testDb(driver).database;

async function fixtureState() {
  const { records } = await driver.executeQuery(
    'MATCH (n:WbFixture) RETURN count(n) AS n, count(n.touched) AS touched, count(n.id) AS ids',
    {},
    { database },
  );
  return records[0]!.toObject();
}

beforeAll(async () => {
  await driver.executeQuery(
    "CREATE (:WbFixture {id: 'wb:a', name: 'A'})-[:WB_LINK]->(:WbFixture {id: 'wb:b', name: 'B'})",
    {},
    { database },
  );
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:WbFixture) DETACH DELETE n', {}, { database });
  await driver.close();
});

describe('POST /api/cypher refuses every write or admin attempt', () => {
  it('has at least 25 attempts in its list', () => {
    expect(READ_ONLY_ATTEMPTS.length).toBeGreaterThanOrEqual(25);
  });

  for (const attempt of READ_ONLY_ATTEMPTS) {
    it(`refuses ${attempt.name} and leaves the graph unchanged`, async () => {
      const before = await graphCounts(driver);
      const fixturesBefore = await fixtureState();
      const response = await request(app)
        .post('/api/cypher')
        .send({ query: attempt.query, params: attempt.params ?? {} });
      expect(response.status).toBe(attempt.expect === 'read_only' ? 403 : 400);
      expect(apiError(response).code).toBe(attempt.expect);
      expect(apiError(response).message).toBeTruthy();
      expect(await graphCounts(driver)).toEqual(before);
      expect(await fixtureState()).toEqual(fixturesBefore);
    });
  }

  it('still answers a plain read afterwards', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({ query: 'MATCH (n:WbFixture) RETURN n.id AS id ORDER BY id' });
    expect(response.status).toBe(200);
    expect((response.body as CypherResult).rows).toEqual([['wb:a'], ['wb:b']]);
  });

  it('left no schema, users or databases behind', async () => {
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name STARTS WITH 'wb_' RETURN count(*) AS n",
      {},
      { database },
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
    const users = await driver.executeQuery(
      'SHOW USERS YIELD user RETURN collect(user) AS users',
      {},
      { database: 'system' },
    );
    expect(users.records[0]!.get('users')).not.toContain('mallory');
    const labels = await driver.executeQuery(
      'CALL db.labels() YIELD label RETURN collect(label) AS labels',
      {},
      { database },
    );
    expect(labels.records[0]!.get('labels')).not.toContain('WbHack');
  });
});

describe('Neo4j itself refuses writes in a READ transaction (the guard under the plan check)', () => {
  const writes = READ_ONLY_ATTEMPTS.filter((a) =>
    /^(CREATE a node|MERGE|SET a property|DETACH DELETE everything|FOREACH with CREATE|CREATE INDEX|CALL db.createLabel|CREATE USER)$/.test(
      a.name,
    ),
  );

  for (const attempt of writes) {
    it(`answers AccessMode for ${attempt.name}`, async () => {
      const before = await graphCounts(driver);
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await expect(
          session.executeRead((tx) => tx.run(attempt.query, attempt.params ?? {})),
        ).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
      } finally {
        await session.close();
      }
      expect(await graphCounts(driver)).toEqual(before);
    });
  }
});
