/**
 * Runs `server/main.ts` (what `npm start` runs) as a child process with a given environment,
 * collecting its output, so tests see exactly what a user at the terminal sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningMain {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the served URL once the ready line is printed; rejects if the process exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

const children = new Set<ChildProcess>();

/** Kills every child still running: call from afterAll so a failed test leaves nothing behind. */
export function killAllMains(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

/**
 * Node's arguments before the script in package.json's `start` (`node --max-semi-space-size=64
 * --import tsx server/main.ts`), so that tests and benches run the server as `npm start` does.
 * Not tsx's CLI: it puts a wrapper process in between that SIGKILLs the server (exit 143) when
 * it does not acknowledge a signal within 30 ms, which a busy machine does not always manage.
 */
function startNodeArgs(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'server/main.ts') {
    throw new Error(
      `run-main: expected "node … server/main.ts" as the start script, not ${pkg.scripts.start}`,
    );
  }
  return words.slice(1, -1);
}

export function runMain(env: Record<string, string>, script = 'server/main.ts'): RunningMain {
  const child = spawn(process.execPath, [...startNodeArgs(), script], {
    cwd: ROOT,
    env: { HOME: process.env.HOME ?? '/root', PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let text = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /ready: (http:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`main exited with ${code} before ready:\n${text}`)),
    );
  });
  ready.catch(() => undefined);
  return { child, output: () => text, ready, exited };
}
