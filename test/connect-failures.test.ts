/**
 * What a user sees when NEO4J_URI points somewhere wrong: an unreachable server fails after
 * bounded retries instead of hanging, and a wrong password against a real Neo4j with
 * authentication on fails at once, naming the variables to check.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '../platform/neo4j/connect';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { freePort } from './support/free-port';
import { testNeo4j } from './support/neo4j';

describe('connecting to an external Neo4j', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-auth-'));
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  it('gives up on an unreachable server after bounded retries with neo4j_unreachable', async () => {
    const started = Date.now();
    const error = await connect({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      database: 'neo4j',
      attempts: 3,
      initialDelayMs: 100,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'neo4j_unreachable' });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('fails at once with neo4j_auth on a wrong password', async () => {
    const secured = new EmbeddedNeo4j({
      home,
      boltPort: await freePort(),
      heap: '512m',
      pageCacheMb: 64,
      authPassword: 'correct-horse-battery',
    });
    await secured.start();
    try {
      await expect(
        connect({
          uri: secured.uri,
          user: 'neo4j',
          password: 'wrong-password',
          database: 'neo4j',
          attempts: 5,
        }),
      ).rejects.toMatchObject({ code: 'neo4j_auth' });
      const ok = await connect({
        uri: secured.uri,
        user: 'neo4j',
        password: 'correct-horse-battery',
        database: 'neo4j',
      });
      await ok.driver.close();
    } finally {
      await secured.stop();
    }
  });

  it('fails with neo4j_database_missing for a database that does not exist', async () => {
    const info = testNeo4j();
    await expect(connect({ ...info, database: 'no-such-db', attempts: 2 })).rejects.toMatchObject({
      code: 'neo4j_database_missing',
    });
  });
});
