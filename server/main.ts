/**
 * `npm start`: validates configuration, brings up Neo4j (embedded unless NEO4J_URI is set) and
 * the client bundle, applies the schema, seeds an empty database, then serves the app and
 * prints its URL, warming the explorer's queries in the background (warm-up.ts). On
 * SIGINT/SIGTERM it stops accepting connections, lets in-flight requests finish, closes the
 * driver and stops the embedded Neo4j, in that order.
 */
import type { Server } from 'node:http';
import { loadConfig, ConfigError } from '../platform/config';
import { createLogger } from '../platform/logger';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { openDatabase, type OpenDatabase } from '../platform/neo4j/open-database';
import { applySchema } from '../platform/neo4j/schema';
import { ensureClientBuilt } from './client-build';
import { createApp, CLIENT_DIST } from './app';
import { StartupError } from '../platform/startup-error';
import { seedIfEmpty } from './seed-on-start';
import { warmUp } from './warm-up';
import { superviseEmbedded, type Supervisor } from '../platform/neo4j/supervisor';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, { service: 'explorer' });
  const cypher = loadCypherLibrary();
  for (const warning of cypher.warnings) log.warn('cypher file', { warning });

  let database: OpenDatabase | undefined;
  let server: Server | undefined;
  let supervisor: Supervisor | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    const force = setTimeout(() => {
      console.error('Stop took longer than 14 s; exiting now.');
      process.exit(1);
    }, 14_000);
    force.unref();
    if (server) {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        server!.closeIdleConnections();
      });
    }
    // Stop supervising first, so the Neo4j we stop now is not started again.
    const supervised = supervisor?.stop();
    await database?.close();
    await supervised;
    console.log('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const [opened] = await Promise.all([
    openDatabase(config, { log }),
    // Under `npm run dev` Vite serves the client itself.
    process.env.SKIP_CLIENT_BUILD ? Promise.resolve() : ensureClientBuilt(),
  ]);
  database = opened;
  if (stopping) return;
  // If the embedded Java process dies, start it again (bounded, logged); the driver reconnects.
  if (database.embedded) supervisor = superviseEmbedded(database.embedded, { log });
  await applySchema(database.db.driver, cypher, database.db.database);
  await seedIfEmpty(database.db, cypher, log);
  // In the background, while the server starts listening: the first view is planned first.
  void warmUp(database.db, cypher, log).catch(() => undefined);

  const app = createApp({
    db: database.db,
    healthDb: database.probe,
    cypher,
    log,
    neo4j: { mode: database.mode, version: database.version },
    clientDir: CLIENT_DIST,
    cypherLimits: config.cypher,
    appToken: config.appToken,
    appTokens: config.appTokens,
    rateLimitPerMin: config.rateLimitPerMin,
    ingest: { dataDir: config.dataDir, limits: config.ingest },
  });
  server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              'port_in_use',
              `HTTP port ${config.port} is already in use: set PORT to a free port.`,
            )
          : error,
      ),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`\nKnowledge-graph explorer ready: http://${shownHost}:${port}/\n(Ctrl-C to stop)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error('error: unexpected failure during start-up:', error);
  }
  process.exit(error instanceof ConfigError ? 2 : 1);
});
