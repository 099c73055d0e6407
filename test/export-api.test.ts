/**
 * `POST /api/export` request validation and the query source: 400s for unknown formats (with
 * the allowed list), missing or double sources and hops out of range; a user's Cypher error
 * and a write attempt come back as 400 with nothing written; a query's result exports its
 * nodes and relationships, and hops expand it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import type { EdgeData, NodeData } from '../api';
import type { ExportMeta } from '../server/export/model';
import { apiError } from './support/api-error';
import { graphCounts, testApp, testDriver, testNeo4j } from './support/neo4j';
import { FIXTURE_IDS, PREFIX, removeFixture, writeFixture } from './support/export-fixture';

let driver: Driver;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  driver = testDriver();
  app = testApp(driver);
  await writeFixture(driver, testNeo4j().database);
});

afterAll(async () => {
  await removeFixture(driver, testNeo4j().database);
  await driver.close();
});

const post = (body: unknown) =>
  request(app)
    .post('/api/export')
    .send(body as object);

/** A JSON export file (server/export/json-writer.ts), typed where the test reads it. */
interface JsonExport {
  meta: ExportMeta;
  elements: {
    nodes: { data: NodeData; position?: { x: number; y: number } }[];
    edges: { data: EdgeData }[];
  };
}
const jsonExport = (response: request.Response) => JSON.parse(response.text) as JsonExport;

describe('POST /api/export', () => {
  describe('validation', () => {
    it('returns 400 listing the allowed formats for an unknown format', async () => {
      const response = await post({ format: 'xlsx', nodeIds: ['x'] });
      expect(response.status).toBe(400);
      expect(apiError(response).code).toBe('invalid_argument');
      expect(apiError(response).details?.allowed).toEqual([
        'json',
        'graphml',
        'gexf',
        'csv',
        'cypher',
        'html',
      ]);
    });

    it('returns 400 when neither or both of nodeIds and query are given', async () => {
      expect((await post({ format: 'json' })).status).toBe(400);
      expect(
        (await post({ format: 'json', nodeIds: ['a'], query: 'MATCH (n) RETURN n' })).status,
      ).toBe(400);
      expect((await post({ format: 'json', nodeIds: [] })).status).toBe(400);
      expect((await post({ format: 'json', nodeIds: [1, 2] })).status).toBe(400);
    });

    it('returns 400 for hops outside 0 to 3', async () => {
      for (const hops of [-1, 4, 1.5, '2']) {
        expect((await post({ format: 'json', nodeIds: ['a'], hops })).status).toBe(400);
      }
    });
  });

  describe('query source', () => {
    it('returns 400 with the Neo4j error for a Cypher syntax error', async () => {
      const response = await post({ format: 'json', query: 'MATCH (n RETURN n' });
      expect(response.status).toBe(400);
      expect(apiError(response).details?.neo4jCode).toMatch(/Statement\.SyntaxError/);
    });

    it('refuses a write query with 400 and changes nothing', async () => {
      const before = await graphCounts(driver);
      const response = await post({ format: 'json', query: "CREATE (:ExportIntruder {id: 'x'})" });
      expect(response.status).toBe(400);
      expect(await graphCounts(driver)).toEqual(before);
    });

    it("exports a query's nodes and relationships, with parameters", async () => {
      const response = await post({
        format: 'json',
        query:
          'MATCH p = (a:Person)-[:SPOKE_AT]->(e:Event) WHERE a.id STARTS WITH $prefix RETURN p',
        params: { prefix: PREFIX },
      });
      expect(response.status).toBe(200);
      const body = jsonExport(response);
      expect(body.elements.nodes).toHaveLength(2);
      expect(body.elements.edges).toHaveLength(2);
      expect(body.meta.source).toMatchObject({ kind: 'query', params: { prefix: PREFIX } });
    });

    it('expands by hops and includes the relationships among the nodes', async () => {
      const response = await post({ format: 'json', nodeIds: [`${PREFIX}place-1`], hops: 1 });
      const body = jsonExport(response);
      expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual(
        [`${PREFIX}event-1`, `${PREFIX}place-1`].sort(),
      );
      expect(body.elements.edges).toHaveLength(1);
      const all = jsonExport(await post({ format: 'json', nodeIds: [FIXTURE_IDS[0]], hops: 3 }));
      expect(all.elements.nodes.length).toBe(FIXTURE_IDS.length - 1); // all but the isolated topic
    });

    it('reads typed JSON parameters as POST /api/cypher does', async () => {
      const query = 'MATCH (a:Person) WHERE a.id STARTS WITH $prefix AND a.born = $born RETURN a';
      const typed = await post({
        format: 'json',
        query,
        params: { prefix: PREFIX, born: { $type: 'date', value: '1953-12-04' } },
      });
      expect(typed.status).toBe(200);
      expect(jsonExport(typed).elements.nodes).toHaveLength(1);
      const wrongDay = await post({
        format: 'json',
        query,
        params: { prefix: PREFIX, born: { $type: 'date', value: '1953-12-05' } },
      });
      expect(jsonExport(wrongDay).elements.nodes).toHaveLength(0);
      const bad = await post({
        format: 'json',
        query,
        params: { born: { $type: 'date', value: 'x' } },
      });
      expect(bad.status).toBe(400);
      expect(apiError(bad).code).toBe('invalid_argument');
    });
  });

  describe('layout', () => {
    it('puts canvas positions into the JSON export, for the nodes that have one', async () => {
      const [first, second] = [FIXTURE_IDS[0]!, FIXTURE_IDS[1]!];
      const response = await post({
        format: 'json',
        nodeIds: [first, second],
        layout: { [first]: { x: 12.5, y: -40, color: '#123456', size: 20 } },
      });
      const { nodes } = jsonExport(response).elements;
      expect(nodes.find((n) => n.data.id === first)?.position).toEqual({ x: 12.5, y: -40 });
      expect(nodes.find((n) => n.data.id === second)?.position).toBeUndefined();
    });
  });
});
