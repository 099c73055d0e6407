/**
 * Runs `server/main.ts` (what `npm start` runs) as a child process with a given environment,
 * collecting its output, so tests see exactly what a user at the terminal sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

export function runMain(env: Record<string, string>, script = 'server/main.ts'): RunningMain {
  // As package.json runs it: node with tsx's loader. tsx's CLI would put a wrapper process in
  // between that SIGKILLs the server (exit 143) when it does not acknowledge a signal within
  // 30 ms, which a busy machine does not always manage.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
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
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`main exited with ${code} before ready:\n${text}`)),
    );
  });
  ready.catch(() => undefined);
  return { child, output: () => text, ready, exited };
}
