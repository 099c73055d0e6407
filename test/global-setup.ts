/**
 * Starts one embedded Neo4j for the whole test run, on a free port with a temporary data
 * directory, applies the schema, loads the bundled corpus (the prebuilt document the server
 * seeds from), and removes everything afterwards. Test files reach it through
 * `inject('neo4j')` (see support/neo4j.ts). With NEO4J_URI set, tests use that server instead
 * (and clear its database: point it at a scratch instance).
 *
 * Both the `integration` and the `browser` project name this file as their globalSetup, and
 * Vitest runs each project's set-up on its own; the first one starts the database and the
 * next one reuses it (a count kept on `globalThis`, which the projects' set-ups share since
 * they run in Vitest's main process), so a run starts Neo4j once. Teardown stops it when the
 * last project that used it is done.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { EmbeddedNeo4j } from '../platform/neo4j/embedded';
import { ensureLauncherBuilt } from '../platform/neo4j/launcher-build';
import { connect } from '../platform/neo4j/connect';
import { applySchema } from '../platform/neo4j/schema';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { freePort } from './support/free-port';
import { readCorpusGraph } from '../platform/load/corpus-document';
import { clearGraph, loadGraphDocument } from '../platform/load/load-graph';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  mode: 'embedded' | 'external';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

interface SharedNeo4j {
  started: Promise<{ info: TestNeo4j; stop: () => Promise<void> }>;
  users: number;
}

const SHARED = Symbol.for('knowledge-graph-explorer.test-neo4j');
const registry = globalThis as { [SHARED]?: SharedNeo4j };

async function startTestNeo4j(): Promise<{ info: TestNeo4j; stop: () => Promise<void> }> {
  let info: TestNeo4j;
  let embedded: EmbeddedNeo4j | undefined;
  let home: string | undefined;
  if (process.env.NEO4J_URI) {
    info = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      mode: 'external',
    };
  } else {
    await ensureLauncherBuilt();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-test-neo4j-'));
    embedded = new EmbeddedNeo4j({
      home,
      boltPort: await freePort(),
      heap: '1g',
      pageCacheMb: 256,
    });
    await embedded.start();
    info = { uri: embedded.uri, user: 'neo4j', password: '', database: 'neo4j', mode: 'embedded' };
  }
  const { driver } = await connect({ ...info, attempts: 5 });
  const cypher = loadCypherLibrary();
  const db = { driver, database: info.database };
  await applySchema(driver, cypher, info.database);
  // Every test reads the same seeded corpus graph; an external database is cleared first.
  await clearGraph(db, cypher);
  await loadGraphDocument(db, cypher, await readCorpusGraph());
  await driver.close();
  return {
    info,
    stop: async () => {
      await embedded?.stop();
      if (home) fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const first = registry[SHARED] === undefined;
  const shared = (registry[SHARED] ??= { started: startTestNeo4j(), users: 0 });
  shared.users += 1;
  const { info, stop } = await shared.started;
  console.log(
    `[test set-up] ${first ? 'started' : 'reusing'} the test Neo4j (${info.mode}, ${info.uri}) for project ${project.name}`,
  );
  project.provide('neo4j', info);

  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[SHARED];
    await stop();
  };
}
