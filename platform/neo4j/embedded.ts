/**
 * Starts, watches and stops the embedded Neo4j: the Java launcher in `db/` as a child process.
 * It checks what it can before spawning (data directory writable, Bolt port free, a live
 * holder of the store), then waits for the launcher's single `READY` line and turns its
 * `ERROR` lines into StartupErrors a person can act on. Closing the child's stdin is how we
 * ask it to stop, so a dying parent never leaves Java behind. It does not open a driver.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { StartupError } from '../startup-error';
import { launcherClasspath, DB_DIR } from './launcher-build';
import { javaCommand } from './java-check';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';

export interface EmbeddedOptions {
  /** Neo4j home: the store lands in `<home>/data`, logs in `<home>/logs`. */
  home: string;
  boltPort: number;
  heap: string;
  pageCacheMb: number;
  /** Turns authentication on with this password for user neo4j (tests of the auth message). */
  authPassword?: string;
  java?: string;
  dbDir?: string;
  log?: Logger;
  /** How long to wait for READY. */
  startTimeoutMs?: number;
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
];

/** Fails unless `dir` can be created and written to. */
export function assertWritableDir(dir: string, variable = 'DATA_DIR'): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new StartupError(
      'data_dir_not_writable',
      `${variable} "${dir}" is not writable (${reason}): choose a directory you can write to, e.g. ${variable}=./data`,
    );
  }
}

/** Resolves when nothing listens on 127.0.0.1:port; fails with a hint otherwise. */
export async function assertPortFree(port: number, variable = 'NEO4J_BOLT_PORT'): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          'port_in_use',
          `Bolt port ${port} is already in use (${error.code}): stop what uses it or set ${variable} to a free port.`,
        ),
      );
    });
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}

function livePidHoldingStore(home: string): number | undefined {
  const pidFile = path.join(home, 'embedded.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // Stale file from a killed launcher: Neo4j recovers the store itself.
  }
}

function storeLockedError(home: string, pid?: number): StartupError {
  const who = pid ? `process ${pid} (a Neo4j started earlier)` : 'another process';
  const fix = pid ? `stop it (kill ${pid})` : 'stop the other Neo4j using it';
  return new StartupError(
    'store_locked',
    `The Neo4j store in "${home}" is locked by ${who}: ${fix}, or set DATA_DIR to another directory.`,
  );
}

export class EmbeddedNeo4j {
  private child?: ChildProcess;
  private stopping = false;
  private exitListeners: ((code: number | null) => void)[] = [];
  private stderrTail: string[] = [];

  constructor(private readonly options: EmbeddedOptions) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  /** Called when the Java process exits without being asked to (a crash or a kill). */
  onUnexpectedExit(listener: (code: number | null) => void): void {
    this.exitListeners.push(listener);
  }

  async start(): Promise<void> {
    const { home, boltPort } = this.options;
    const log = this.options.log ?? silentLogger;
    assertWritableDir(home);
    const holder = livePidHoldingStore(home);
    if (holder !== undefined && holder !== process.pid) throw storeLockedError(home, holder);
    await assertPortFree(boltPort);

    this.stopping = false;
    this.stderrTail = [];
    const child = spawn(
      this.options.java ?? javaCommand(),
      [
        `-Xmx${this.options.heap}`,
        `-Xms${this.options.heap}`,
        ...JVM_FLAGS,
        '-cp',
        launcherClasspath(this.options.dbDir ?? DB_DIR),
        'explorer.db.Launcher',
      ],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: {
          ...process.env,
          EMBEDDED_HOME: home,
          EMBEDDED_BOLT_PORT: String(boltPort),
          EMBEDDED_PAGECACHE_MB: String(this.options.pageCacheMb),
          ...(this.options.authPassword
            ? { EMBEDDED_AUTH_PASSWORD: this.options.authPassword }
            : {}),
        },
      },
    );
    this.child = child;
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > 40) this.stderrTail.shift();
      log.debug('neo4j stderr', { line });
    });

    const ready = new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => {
        reject(
          new StartupError(
            'neo4j_failed',
            `Embedded Neo4j did not report ready within ${Math.round((this.options.startTimeoutMs ?? 300_000) / 1000)} s; see ${home}/logs/debug.log`,
          ),
        );
        child.kill('SIGKILL');
      }, this.options.startTimeoutMs ?? 300_000);
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        log.debug('neo4j stdout', { line });
        if (line.startsWith('READY')) {
          clearTimeout(timeout);
          resolve();
        } else if (line.startsWith('ERROR ')) {
          clearTimeout(timeout);
          const [, code, ...rest] = line.split(' ');
          const detail = rest.join(' ');
          if (code === 'store-locked') reject(storeLockedError(home, livePidHoldingStore(home)));
          else if (code === 'port-in-use')
            reject(
              new StartupError(
                'port_in_use',
                `Bolt port ${boltPort} is already in use: stop what uses it or set NEO4J_BOLT_PORT to a free port.`,
              ),
            );
          else
            reject(
              new StartupError(
                'neo4j_failed',
                `Embedded Neo4j failed to start: ${detail}; see ${home}/logs/debug.log`,
              ),
            );
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timeout);
        reject(
          new StartupError(
            'neo4j_failed',
            `Embedded Neo4j exited during start-up (code ${code}); last output:\n${this.stderrTail.slice(-10).join('\n')}`,
          ),
        );
      });
      child.once('error', (error) => {
        clearTimeout(timeout);
        reject(
          new StartupError(
            'java_missing',
            `Could not run Java for the embedded Neo4j: ${error.message}. Java 17+ is needed, or set NEO4J_URI.`,
          ),
        );
      });
    });
    await ready;
    child.once('exit', (code) => {
      if (!this.stopping) {
        log.error('embedded Neo4j exited unexpectedly', {
          code,
          stderr: this.stderrTail.slice(-5),
        });
        for (const listener of this.exitListeners) listener(code);
      }
    });
  }

  /** Asks the launcher to stop (closes its stdin, then SIGTERM) and waits; SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.stopping = true;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** Kills the Java process without a clean shutdown: for crash-recovery tests. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }
}
