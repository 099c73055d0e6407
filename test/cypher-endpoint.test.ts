/**
 * `POST /api/cypher` end to end against the real Neo4j: results as elements and a typed table,
 * typed parameters that round-trip, caps, errors with Neo4j's position, the server-side
 * timeout (while other requests are still answered) and cancellation when the client leaves.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { CypherResult, CypherSchemaResponse } from '../api';
import { apiError } from './support/api-error';
import { testApp, testDb, testDriver } from './support/neo4j';

const driver = testDriver();
const database = testDb(driver).database;
const app = testApp(driver);

beforeAll(async () => {
  await driver.executeQuery(
    `CREATE (a:WbEndpoint {id: 'wbe:a', name: 'Alpha'})-[:WBE_LINK {source: 'article:x', confidence: 0.5}]->(b:WbEndpoint {id: 'wbe:b', name: 'Beta'}),
            (b)-[:WBE_LINK]->(:WbEndpoint {id: 'wbe:c', name: 'Gamma'})`,
    {},
    { database },
  );
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:WbEndpoint) DETACH DELETE n', {}, { database });
  await driver.close();
});

describe('POST /api/cypher results', () => {
  it('turns paths, nodes, relationships and nested lists and maps into graph elements', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({
        query: `MATCH p = (a:WbEndpoint {id: 'wbe:a'})-[r]->(b)
              RETURN p, [a, {inner: [r, b]}] AS nested, a.name AS name`,
      });
    expect(response.status).toBe(200);
    const { elements, columns, rows, summary } = response.body as CypherResult;
    expect(columns).toEqual(['p', 'nested', 'name']);
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual(['wbe:a', 'wbe:b']);
    expect(elements.edges).toHaveLength(1);
    expect(elements.edges[0]!.data).toMatchObject({
      source: 'wbe:a',
      target: 'wbe:b',
      type: 'WBE_LINK',
      article: 'article:x',
    });
    expect(rows[0]![2]).toBe('Alpha');
    expect(rows[0]![0]).toMatchObject({ $type: 'path', length: 1, nodes: ['wbe:a', 'wbe:b'] });
    expect(summary).toMatchObject({ rows: 1, nodes: 2, edges: 1, truncated: false });
    expect(summary.timeMs).toBeGreaterThanOrEqual(0);
  });

  it('fetches the end nodes of relationships returned alone', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({ query: 'MATCH (:WbEndpoint)-[r:WBE_LINK]->(:WbEndpoint) RETURN r' });
    expect(response.status).toBe(200);
    const result = response.body as CypherResult;
    expect(result.elements.nodes).toHaveLength(3);
    expect(result.elements.edges).toHaveLength(2);
    const cells = result.rows.map((row) => row[0]);
    // Named by the ends fetched for the canvas; provenance (source, confidence) left out.
    expect(cells).toContainEqual({
      $type: 'relationship',
      id: 'WBE_LINK:wbe:a->wbe:b',
      type: 'WBE_LINK',
      source: 'wbe:a',
      target: 'wbe:b',
      sourceName: 'Alpha',
      targetName: 'Beta',
      properties: {},
    });
    expect(result.elements.edges.map((e) => e.data.id)).toContain('WBE_LINK:wbe:a->wbe:b');
  });

  it('sends typed parameters to Neo4j and returns them in the same encoding', async () => {
    const params = {
      i: 42,
      f: 1.5,
      whole: { $type: 'float', value: 2 },
      big: { $type: 'integer', value: '9007199254740993' },
      d: { $type: 'date', value: '2017-06-30' },
      dt: { $type: 'datetime', value: '2017-07-01T14:30:00Z' },
      ldt: { $type: 'localdatetime', value: '2017-07-01T14:30:00' },
      t: { $type: 'localtime', value: '09:15:00' },
      dur: { $type: 'duration', value: 'P1M2DT3H' },
      p: { $type: 'point', srid: 4326, x: 2.35, y: 48.85 },
      m: { $type: 'map', value: { $type: 'not a tag', n: 1 } },
      list: [1, 'two', { $type: 'date', value: '2017-01-01' }],
    };
    const names = Object.keys(params);
    const response = await request(app)
      .post('/api/cypher')
      .send({
        query: `RETURN ${names.map((n) => `$${n} AS ${n}`).join(', ')}, valueType($i) AS ti, valueType($whole) AS tw, valueType($d) AS td, $i + 1 AS next`,
        params,
      });
    expect(response.status).toBe(200);
    const result = response.body as CypherResult;
    const row = Object.fromEntries(result.columns.map((c, k) => [c, result.rows[0]![k]]));
    for (const name of names) expect(row[name]).toEqual(params[name as keyof typeof params]);
    expect(row.ti).toBe('INTEGER NOT NULL');
    expect(row.tw).toBe('FLOAT NOT NULL');
    expect(row.td).toBe('DATE NOT NULL');
    expect(row.next).toBe(43);
  });

  it('answers 400 for a parameter of unknown type', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({ query: 'RETURN $x', params: { x: { $type: 'uuid', value: '1' } } });
    expect(response.status).toBe(400);
    expect(apiError(response).code).toBe('invalid_argument');
  });

  it('answers 400 with the parameter named when one is missing', async () => {
    const response = await request(app).post('/api/cypher').send({ query: 'RETURN $missing AS x' });
    expect(response.status).toBe(400);
    expect(apiError(response).code).toBe('invalid_argument');
  });
});

describe('POST /api/cypher caps', () => {
  it('cuts rows at CYPHER_MAX_ROWS and says so', async () => {
    const capped = testApp(driver, {
      cypherLimits: { timeoutMs: 10_000, maxRows: 5, maxElements: 100 },
    });
    const response = await request(capped)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 1000000) AS x RETURN x' });
    expect(response.status).toBe(200);
    const result = response.body as CypherResult;
    expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(result.summary).toMatchObject({
      rows: 5,
      truncated: true,
      truncatedRows: true,
      truncatedElements: false,
    });
  });

  it('cuts graph elements at CYPHER_MAX_ELEMENTS and says so', async () => {
    const capped = testApp(driver, {
      cypherLimits: { timeoutMs: 10_000, maxRows: 100, maxElements: 2 },
    });
    const response = await request(capped)
      .post('/api/cypher')
      .send({ query: 'MATCH (n:WbEndpoint) RETURN collect(n) AS all' });
    expect(response.status).toBe(200);
    const result = response.body as CypherResult;
    expect(result.elements.nodes).toHaveLength(2);
    expect(result.summary).toMatchObject({
      truncated: true,
      truncatedElements: true,
      truncatedRows: false,
    });
  });
});

describe('POST /api/cypher errors', () => {
  it('returns 400 with the position of a Cypher syntax error', async () => {
    const query = 'MATCH (n)\nRETURN n LIMIT';
    const response = await request(app).post('/api/cypher').send({ query });
    expect(response.status).toBe(400);
    const error = apiError(response);
    expect(error.code).toBe('invalid_argument');
    expect(error.details?.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(error.details?.position).toEqual({
      line: 2,
      column: 15,
      offset: query.length,
    });
  });

  it('returns 400 with the position of an undefined variable', async () => {
    const response = await request(app).post('/api/cypher').send({ query: 'MATCH (n) RETURN m' });
    expect(response.status).toBe(400);
    expect(apiError(response).details?.position).toEqual({ line: 1, column: 18, offset: 17 });
  });

  it('answers 400, not 500, for a missing or empty query', async () => {
    for (const body of [{}, { query: '' }, { query: 42 }, []]) {
      const response = await request(app).post('/api/cypher').send(body);
      expect(response.status).toBe(400);
    }
  });
});

describe('POST /api/cypher timeout and cancellation', () => {
  const cartesian =
    'UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n';

  it('cuts a cartesian product at the limit while a parallel health request answers fast', async () => {
    const limited = testApp(driver, {
      cypherLimits: { timeoutMs: 1_500, maxRows: 100, maxElements: 100 },
    });
    const started = Date.now();
    const running = request(limited)
      .post('/api/cypher')
      .send({ query: cartesian })
      .then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const healthStarted = Date.now();
    const health = await request(limited).get('/api/health');
    const healthMs = Date.now() - healthStarted;
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1_000);
    const response = await running;
    const elapsed = Date.now() - started;
    expect(healthStarted + healthMs).toBeLessThan(started + elapsed);
    expect(response.status).toBe(504);
    expect(apiError(response).code).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(6_000);
  });

  it('terminates the query in Neo4j when the client disconnects', async () => {
    const longApp = testApp(driver, {
      cypherLimits: { timeoutMs: 60_000, maxRows: 100, maxElements: 100 },
    });
    const server = http.createServer(longApp).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const marker = `wb-cancel-${Date.now()}`;
    const query = `${cartesian} // ${marker}`;
    const running = async () => {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW" RETURN count(*) AS n',
        { marker },
        { database },
      );
      return Number(records[0]!.get('n'));
    };
    try {
      const controller = new AbortController();
      const pending = fetch(`http://127.0.0.1:${port}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: controller.signal,
      }).catch(() => 'aborted');
      let seen = 0;
      for (let i = 0; i < 40 && seen === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await running();
      }
      expect(seen).toBe(1);
      controller.abort();
      expect(await pending).toBe('aborted');
      let left = 1;
      for (let i = 0; i < 30 && left > 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        left = await running();
      }
      expect(left).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('GET /api/cypher/schema', () => {
  it('lists labels, relationship types and property keys for the editor', async () => {
    const response = await request(app).get('/api/cypher/schema');
    expect(response.status).toBe(200);
    const schema = response.body as CypherSchemaResponse;
    expect(schema.labels).toContain('WbEndpoint');
    expect(schema.relationshipTypes).toContain('WBE_LINK');
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name']));
  });
});
