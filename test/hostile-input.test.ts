/**
 * Hostile input against the whole middleware stack, in-process on the run's real Neo4j:
 * security headers and the Content-Security-Policy, malformed, oversized and deeply nested JSON,
 * oversized URLs, the rate limit on Cypher and export, and failures of the driver itself. Every
 * error must be JSON `{error:{code,…}}` with no stack trace, driver message or file path, and
 * the request id in the logs must match the one in the response.
 */
import { describe, it, expect, afterAll } from 'vitest';
import request from 'supertest';
import type { CypherResult } from '../api';
import { apiError } from './support/api-error';
import type { Response } from 'supertest';
import { testApp, testDriver, testNeo4j } from './support/neo4j';
import { createDriver, DEFAULT_MAX_CONNECTIONS } from '../platform/neo4j/connect';
import { createLogger } from '../platform/logger';
import { freePort } from './support/free-port';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, jsonDepth } from '../server/http/json-body';
import { DEFAULT_PARAM_LIMITS } from '../server/http/param-limits';
import { loadConfig, ConfigError } from '../platform/config';

const driver = testDriver();
afterAll(() => driver.close());
const app = testApp(driver);

/** What must never reach a client: stack frames, file paths, driver internals. */
const LEAKS = [
  /\bat [\w.<>]+ \(/, // a stack frame
  /\/work\/|\/home\/|\/tmp\/|node_modules|\.ts:\d+/,
  /Neo4jError|Neo\.ClientError|Neo\.TransientError|ServiceUnavailable|bolt:\/\//,
  /SyntaxError|TypeError|RangeError/,
  /"stack"/,
];

function expectCleanJsonError(response: Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(apiError(response).code).toBe(code);
  for (const leak of LEAKS) expect(response.text).not.toMatch(leak);
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('security headers', () => {
  it('sends a strict Content-Security-Policy without inline script or eval', async () => {
    const response = await request(app).get('/api/health');
    const csp = String(response.headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('answers 400 invalid_argument to malformed JSON, without the parser message', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send('{"query": "RETURN 1",, }');
    expectCleanJsonError(response, 400, 'invalid_argument');
  });

  it('answers 413 payload_too_large to a body over the limit', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: 'RETURN 1', pad: 'x'.repeat(MAX_BODY_BYTES) }));
    expectCleanJsonError(response, 413, 'payload_too_large');
  });

  it('answers 400 to JSON nested deeper than the limit, however deep', async () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 200_000]) {
      const body =
        depth > 1000
          ? '['.repeat(depth) + ']'.repeat(depth)
          : JSON.stringify({ query: 'RETURN $p', params: { p: nested(depth) } });
      const response = await request(app)
        .post('/api/cypher')
        .set('content-type', 'application/json')
        .send(body);
      expectCleanJsonError(response, 400, 'invalid_argument');
      expect(apiError(response).details).toEqual({ limit: MAX_JSON_DEPTH });
    }
  });

  it('accepts nesting within the limit and brackets inside strings', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({ query: 'RETURN $p AS p, $s AS s', params: { p: nested(10), s: '[{'.repeat(5_000) } });
    expect(response.status).toBe(200);
    expect((response.body as CypherResult).rows[0]![1]).toBe('[{'.repeat(5_000));
  });

  it('counts depth on raw bytes, ignoring escaped quotes inside strings', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":"\\"[[[["}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('"[[[["'))).toBe(0);
  });
});

describe('URL limits', () => {
  it('answers 400 naming the parameter when a query value is too long', async () => {
    const long = 'x'.repeat(DEFAULT_PARAM_LIMITS.maxValueLength + 1);
    const response = await request(app).get('/api/queries/export').query({ ids: long });
    expectCleanJsonError(response, 400, 'invalid_argument');
    expect(apiError(response).details?.parameter).toBe('ids');
  });

  it('answers 400 to too many query parameters and to an over-long path', async () => {
    const many = Array.from(
      { length: DEFAULT_PARAM_LIMITS.maxQueryParams + 1 },
      (_, i) => `p${i}=1`,
    ).join('&');
    expectCleanJsonError(await request(app).get(`/api/queries?${many}`), 400, 'invalid_argument');
    const path = `/api/queries/${'q'.repeat(DEFAULT_PARAM_LIMITS.maxPathLength)}`;
    expectCleanJsonError(await request(app).get(path), 400, 'invalid_argument');
  });

  it('answers a JSON 404, not an HTML page, for unknown paths and methods', async () => {
    expectCleanJsonError(await request(app).post('/no/such/page'), 404, 'not_found');
    expectCleanJsonError(await request(app).get('/api/no-such-route'), 404, 'not_found');
  });

  it('answers 400 to a malformed percent-encoding in a route parameter', async () => {
    expectCleanJsonError(await request(app).get('/api/queries/%E0%A4%A'), 400, 'invalid_argument');
  });
});

describe('rate limiting', () => {
  it('answers 429 rate_limited with Retry-After once Cypher and export share out the budget', async () => {
    const limited = testApp(driver, { rateLimitPerMin: 3 });
    const agent = request(limited);
    expect((await agent.post('/api/cypher').send({ query: 'RETURN 1' })).status).toBe(200);
    expect((await agent.post('/api/cypher').send({ query: 'RETURN 1' })).status).toBe(200);
    expect((await agent.post('/api/export').send({ format: 'nope' })).status).toBe(400);
    const refused = await agent.post('/api/cypher').send({ query: 'RETURN 1' });
    expectCleanJsonError(refused, 429, 'rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expectCleanJsonError(
      await agent.post('/api/export').send({ format: 'json', nodeIds: ['x'] }),
      429,
      'rate_limited',
    );
    // Reads are not limited.
    expect((await agent.get('/api/health')).status).toBe(200);
  });

  it('reads NEO4J_MAX_CONNECTIONS from the environment and rejects bad values', () => {
    expect(loadConfig({}).maxConnections).toBe(DEFAULT_MAX_CONNECTIONS);
    expect(DEFAULT_MAX_CONNECTIONS).toBe(100);
    expect(loadConfig({ NEO4J_MAX_CONNECTIONS: '32' }).maxConnections).toBe(32);
    for (const bad of ['0', 'many', '2.5', '5000']) {
      expect(() => loadConfig({ NEO4J_MAX_CONNECTIONS: bad })).toThrow(/NEO4J_MAX_CONNECTIONS/);
    }
  });

  it('reads RATE_LIMIT_PER_MIN from the environment and rejects bad values', () => {
    expect(loadConfig({}).rateLimitPerMin).toBe(60);
    expect(loadConfig({ RATE_LIMIT_PER_MIN: '0' }).rateLimitPerMin).toBe(0);
    expect(loadConfig({ RATE_LIMIT_PER_MIN: '500' }).rateLimitPerMin).toBe(500);
    for (const bad of ['-1', 'lots', '1.5']) {
      expect(() => loadConfig({ RATE_LIMIT_PER_MIN: bad })).toThrow(ConfigError);
    }
  });
});

describe('driver failures', () => {
  it('answers 503 unavailable within seconds when Neo4j is unreachable, naming no address', async () => {
    const dead = createDriver(`bolt://127.0.0.1:${await freePort()}`);
    try {
      const deadApp = testApp(dead);
      const started = Date.now();
      const response = await request(deadApp).post('/api/cypher').send({ query: 'RETURN 1' });
      expect(Date.now() - started).toBeLessThan(8_000);
      expectCleanJsonError(response, 503, 'unavailable');
      expect(response.headers['retry-after']).toBeTruthy();
    } finally {
      await dead.close();
    }
  });

  it('answers 503 with Retry-After when every connection stays busy, then serves again once one is free', async () => {
    const info = testNeo4j();
    // One connection, held by an open transaction: the request queues, then gives up.
    const narrow = createDriver(info.uri, info.user, info.password, {
      maxConnections: 1,
      acquisitionTimeoutMs: 500,
    });
    const session = narrow.session({ database: info.database });
    try {
      const narrowApp = testApp(narrow);
      const tx = await session.beginTransaction();
      await tx.run('RETURN 1');
      const busy = await request(narrowApp).get('/api/search?q=rama');
      expectCleanJsonError(busy, 503, 'unavailable');
      expect(apiError(busy).message).toMatch(/busy.*NEO4J_MAX_CONNECTIONS/);
      expect(busy.headers['retry-after']).toBeTruthy();
      await tx.rollback();
      expect((await request(narrowApp).get('/api/search?q=rama')).status).toBe(200);
    } finally {
      await session.close();
      await narrow.close();
    }
  });

  it('answers a generic 500 for an unexpected driver error and logs it under the request id', async () => {
    const lines: string[] = [];
    const log = createLogger('info', {}, (line) => lines.push(line));
    // A database that does not exist: Neo4j answers with an error the routes do not expect.
    const wrongDb = testApp(driver, { log, db: { driver, database: 'no-such-database' } });
    const response = await request(wrongDb).get('/api/queries');
    expectCleanJsonError(response, 500, 'internal');
    expect(apiError(response).message).toBe('internal error');
    expect(response.text).not.toContain('no-such-database');
    const id = response.headers['x-request-id'];
    expect(apiError(response).details?.requestId).toBe(id);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = logged.find((entry) => entry.msg === 'unexpected error');
    expect(failure).toMatchObject({ level: 'error', requestId: id, path: '/api/queries' });
    expect(logged.find((entry) => entry.msg === 'request')).toMatchObject({
      requestId: id,
      status: 500,
    });
  });
});
