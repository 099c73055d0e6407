/**
 * Runs a seed command (`seed/cli/<script>.ts`: seed, ingest, extract) as a child process, as
 * package.json runs it: node with tsx's loader and no wrapper process between a signal and the
 * command's own handler, against the Neo4j at `uri`. For tests of the commands end to end.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runSeedCli(
  uri: string,
  script: string,
  args: string[],
  onStderr?: (text: string, kill: () => void) => void,
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', `seed/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.homedir(),
      NEO4J_URI: uri,
      NEO4J_PASSWORD: 'unused',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, () => child.kill('SIGTERM'));
  });
  return new Promise<CliRun>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}
