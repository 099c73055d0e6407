/**
 * `npm run dev`: starts Neo4j once (embedded unless NEO4J_URI is set), then the API server
 * under `tsx watch` (restarted on every server change, reusing that Neo4j so a restart takes a
 * second, not a database start) and the Vite dev server with hot reload, proxying `/api`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createServer } from 'vite';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/neo4j/open-database';

const ROOT = path.resolve(import.meta.dirname, '..');

async function dev(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const neo4jEnv =
    config.neo4j.mode === 'external'
      ? {}
      : {
          NEO4J_URI: `bolt://127.0.0.1:${config.neo4j.boltPort}`,
          NEO4J_USER: 'neo4j',
          NEO4J_PASSWORD: '',
        };
  const api: ChildProcess = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'watch',
      '--clear-screen=false',
      'server/main.ts',
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...neo4jEnv, SKIP_CLIENT_BUILD: '1' } },
  );
  const vite = await createServer({ configFile: path.join(ROOT, 'vite.config.ts') });
  await vite.listen();
  console.log(
    `\nDev server with hot reload: ${vite.resolvedUrls?.local[0] ?? 'http://localhost:5173/'}`,
  );

  const stop = async () => {
    api.kill('SIGTERM');
    await vite.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

dev().catch((error: unknown) => {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
});
