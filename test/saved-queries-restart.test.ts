/**
 * Saved queries live in Neo4j's store, so they survive a restart: a separate embedded Neo4j
 * (its own temporary home) is started, given a saved query through the API, stopped cleanly,
 * started again on the same store, and asked for it.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { CypherResult, SavedQuery } from '../api';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { connect } from '../platform/neo4j/connect';
import { applySchema } from '../platform/neo4j/schema';
import { createApp } from '../server/app';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { silentLogger } from '../platform/logger';
import { freePort } from './support/free-port';
import { testNeo4j } from './support/neo4j';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-saved-restart-'));
let embedded: EmbeddedNeo4j | undefined;

afterAll(async () => {
  await embedded?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

async function startApp() {
  embedded = new EmbeddedNeo4j({ home, boltPort: await freePort(), heap: '512m', pageCacheMb: 64 });
  await embedded.start();
  const { driver, version } = await connect({ uri: embedded.uri, database: 'neo4j', attempts: 5 });
  const cypher = loadCypherLibrary();
  await applySchema(driver, cypher, 'neo4j');
  const app = createApp({
    db: { driver, database: 'neo4j' },
    cypher,
    log: silentLogger,
    neo4j: { mode: 'embedded', version },
  });
  return { app, driver };
}

describe('saved queries across a restart', () => {
  it.skipIf(testNeo4j().mode === 'external')(
    'are still there, at the same version, after Neo4j stops and starts again',
    async () => {
      const first = await startApp();
      const created = await request(first.app)
        .post('/api/queries')
        .send({
          title: 'Survivor',
          cypher: 'RETURN $x AS x',
          params: [{ name: 'x', type: 'integer', default: 7 }],
        });
      expect(created.status).toBe(201);
      const { id } = created.body as SavedQuery;
      const updated = await request(first.app)
        .put(`/api/queries/${id}`)
        .send({
          title: 'Survivor, edited',
          cypher: 'RETURN $x AS x',
          params: [{ name: 'x', type: 'integer', default: 7 }],
          version: 1,
        });
      expect(updated.status).toBe(200);
      await first.driver.close();
      await embedded!.stop();

      const second = await startApp();
      try {
        const read = await request(second.app).get(`/api/queries/${id}`);
        expect(read.status).toBe(200);
        expect(read.body).toEqual(updated.body);
        const run = await request(second.app).post(`/api/queries/${id}/run`).send({});
        expect((run.body as CypherResult).rows).toEqual([[7]]);
      } finally {
        await second.driver.close();
      }
    },
    180_000,
  );
});
