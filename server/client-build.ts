/**
 * Builds the client bundle with Vite when `dist/client` is missing or older than `client/`,
 * so `npm start` on a fresh clone needs no separate build step. Not used by `npm run dev`,
 * where Vite serves the client itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startStep } from '../platform/progress';
import { StartupError } from '../platform/startup-error';
import { CLIENT_DIST } from './app';

const ROOT = path.resolve(import.meta.dirname, '..');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function clientIsStale(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'client')),
    newestMtime(path.join(ROOT, 'vite.config.ts')),
  );
  return sources > fs.statSync(index).mtimeMs;
}

export async function ensureClientBuilt(): Promise<void> {
  if (!clientIsStale()) return;
  const step = startStep('Building the client with Vite');
  try {
    const { build } = await import('vite');
    // Build beside the target and swap it in, so an interrupted build never leaves a
    // half-written bundle that a later start would serve.
    const staging = `${CLIENT_DIST}.building-${process.pid}`;
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    fs.rmSync(CLIENT_DIST, { recursive: true, force: true });
    fs.renameSync(staging, CLIENT_DIST);
    step.done();
  } catch (error) {
    step.fail();
    throw new StartupError(
      'client_build_failed',
      `Building the client failed: ${(error as Error).message}`,
    );
  }
}
