/**
 * `GET /api/openapi.json`: the document is valid OpenAPI (checked against the official schema),
 * documents every route Express registers, and real responses of the running app (seeded
 * corpus, real Neo4j) match the schema documented for their path, method and status — a small,
 * deterministic version of what schemathesis fuzzing checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { apiError } from './support/api-error';
import { Ajv, type ValidateFunction } from 'ajv';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { testApp, testDriver } from './support/neo4j';

type Json = Record<string, unknown>;

const driver = testDriver();
const app = testApp(driver);
let document: Json;

beforeAll(async () => {
  const res = await request(app).get('/api/openapi.json');
  expect(res.status).toBe(200);
  document = res.body as Json;
});
afterAll(() => driver.close());

/** Every (METHOD, /path/{param}) Express registered, walking nested routers. */
function registeredRoutes(express: Express): string[] {
  const out: string[] = [];
  interface Layer {
    rawPath?: unknown;
    route?: { path: string | string[]; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
  }
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const [method, on] of Object.entries(layer.route.methods)) {
            if (!on || method === '_all') continue;
            const full = `${prefix}${path}`.replace(/:(\w+)/g, '{$1}');
            out.push(`${method.toUpperCase()} ${full}`);
          }
        }
      } else if (layer.handle?.stack) {
        const mount =
          typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((express as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...new Set(out)].sort();
}

function documentedRoutes(doc: Json): string[] {
  const out: string[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of Object.keys(item)) out.push(`${method.toUpperCase()} ${path}`);
  }
  return out.sort();
}

/** OpenAPI 3.0 schema → JSON Schema that Ajv reads (nullable, discriminator, examples). */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example') continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', 'openapi#/definitions/');
      continue;
    }
    out[key] = key === 'properties' ? mapValues(value as Json) : toJsonSchema(value);
  }
  return (schema as Json).nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}
const mapValues = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toJsonSchema(v)]));

function responseValidator(doc: Json) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('binary', true);
  const components = doc.components as { schemas: Json; responses: Json };
  ajv.addSchema({ $id: 'openapi', definitions: mapValues(components.schemas) });
  const cache = new Map<string, ValidateFunction>();
  return (templatePath: string, method: string, status: number, body: unknown) => {
    const operation = (doc.paths as Record<string, Record<string, Json>>)[templatePath]?.[method];
    expect(operation, `${method} ${templatePath} is documented`).toBeDefined();
    let response = (operation!.responses as Record<string, Json>)[String(status)];
    expect(response, `${method} ${templatePath} documents status ${status}`).toBeDefined();
    if (typeof response!.$ref === 'string') {
      response = components.responses[response!.$ref.split('/').pop()!] as Json;
    }
    const content = response!.content as Record<string, { schema: unknown }> | undefined;
    if (!content) return;
    const schema = content['application/json']?.schema;
    if (!schema) return;
    const key = `${method} ${templatePath} ${status}`;
    if (!cache.has(key)) cache.set(key, ajv.compile(toJsonSchema(schema) as Json));
    const validate = cache.get(key)!;
    const ok = validate(body);
    expect(ok, `${key}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  };
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.0 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.0');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('documents every route the Express app registers, and nothing else', () => {
    const registered = registeredRoutes(app);
    expect(registered.length).toBeGreaterThan(15);
    expect(registered).toContain('GET /api/nodes/{id}/neighbors');
    expect(documentedRoutes(document)).toEqual(registered);
  });

  it('documents the error body and the 400/404/503 answers of the explorer', () => {
    const paths = document.paths as Record<string, Record<string, Json>>;
    for (const path of ['/api/search', '/api/nodes/{id}', '/api/paths', '/api/timeline']) {
      const responses = paths[path]!.get!.responses as Json;
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '400', '503']));
    }
    expect(Object.keys(paths['/api/nodes/{id}']!.get!.responses as Json)).toContain('404');
    expect(Object.keys(paths['/api/queries/{id}']!.put!.responses as Json)).toContain('409');
  });
});

describe('methods a documented path does not have', () => {
  it('answers 405 with an Allow header, and OPTIONS with the allowed methods', async () => {
    const trace = await request(app).delete('/api/search?q=x');
    expect(trace.status).toBe(405);
    expect(apiError(trace).code).toBe('method_not_allowed');
    expect(trace.headers.allow).toBe('GET, HEAD, OPTIONS');
    const put = await request(app).put('/api/nodes/person:rama-yade/neighbors');
    expect(put.status).toBe(405);
    const options = await request(app).options('/api/queries/lib:co-speakers');
    // Express answers OPTIONS itself where a route matches; either way it lists the methods.
    expect(options.status).toBeLessThan(300);
    expect(options.headers.allow).toContain('PUT');
    expect((await request(app).get('/api/no-such-thing')).status).toBe(404);
  });
});

describe('responses of the running app match the document', () => {
  const cases: [string, string, string, Json?][] = [
    // [template path, method, concrete URL, body]
    ['/api/health', 'get', '/api/health'],
    ['/api/openapi.json', 'get', '/api/openapi.json'],
    ['/api/search', 'get', '/api/search?q=Ingrida%20Betancur'],
    ['/api/search', 'get', '/api/search?q=geneva&labels=Event,Place&limit=5'],
    ['/api/search', 'get', '/api/search?q=30,000'],
    ['/api/search', 'get', '/api/search'],
    ['/api/search', 'get', '/api/search?q=x&labels=Nope'],
    ['/api/nodes/{id}', 'get', '/api/nodes/person:rama-yade'],
    ['/api/nodes/{id}', 'get', '/api/nodes/event:2017-09-14-geneva-side-event-7a5ab7ba'],
    ['/api/nodes/{id}', 'get', '/api/nodes/place:geneva-ch'],
    ['/api/nodes/{id}', 'get', '/api/nodes/topic:1988-massacre'],
    ['/api/nodes/{id}', 'get', '/api/nodes/nope'],
    ['/api/nodes/{id}/neighbors', 'get', '/api/nodes/person:rama-yade/neighbors?limit=5'],
    ['/api/nodes/{id}/neighbors', 'get', '/api/nodes/person:rama-yade/neighbors?types=X'],
    ['/api/nodes/{id}/neighbors', 'get', '/api/nodes/nope/neighbors'],
    ['/api/paths', 'get', '/api/paths?from=person:rama-yade&to=person:tahar-boumedra'],
    ['/api/paths', 'get', '/api/paths?from=person:rama-yade&to=person:tahar-boumedra&max=1'],
    ['/api/paths', 'get', '/api/paths?from=person:rama-yade'],
    ['/api/network/co-speakers', 'get', '/api/network/co-speakers'],
    ['/api/network/co-speakers', 'get', '/api/network/co-speakers?person=person:rama-yade'],
    ['/api/network/co-speakers', 'get', '/api/network/co-speakers?from=2017-13-01'],
    ['/api/timeline', 'get', '/api/timeline'],
    ['/api/overview', 'get', '/api/overview?limit=20'],
    ['/api/cypher/schema', 'get', '/api/cypher/schema'],
    ['/api/cypher', 'post', '/api/cypher', { query: 'MATCH (p:Person) RETURN p, p.name LIMIT 3' }],
    ['/api/cypher', 'post', '/api/cypher', { query: 'CREATE (n:X) RETURN n' }],
    ['/api/cypher', 'post', '/api/cypher', { query: 'MATCH (n RETURN n' }],
    ['/api/queries', 'get', '/api/queries'],
    ['/api/queries/export', 'get', '/api/queries/export?library=true'],
    ['/api/queries/{id}', 'get', '/api/queries/lib:co-speakers'],
    ['/api/queries/{id}', 'get', '/api/queries/sq-missing'],
    ['/api/queries/{id}/cypher', 'get', '/api/queries/lib:co-speakers/cypher'],
    ['/api/queries/{id}/run', 'post', '/api/queries/lib:co-speakers/run', { params: {} }],
    ['/api/export', 'post', '/api/export', { format: 'nope', nodeIds: ['person:rama-yade'] }],
  ];

  it('for explorer, workbench, saved-query and health calls, successes and errors alike', async () => {
    const check = responseValidator(document);
    const statuses = new Set<number>();
    for (const [template, method, url, body] of cases) {
      const res =
        method === 'post' ? await request(app).post(url).send(body) : await request(app).get(url);
      statuses.add(res.status);
      check(template, method, res.status, res.body);
    }
    // The cases reach successes and the main error statuses, so the check is not vacuous.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 403, 404]));
  });
});
