/**
 * Keeps the embedded Neo4j running while the app serves: when the Java process dies without
 * being asked to (a crash, an OOM exit, a kill), it is started again on the same port and
 * store, with bounded retries and a doubling backoff, every step logged. The app's one driver
 * is kept: its pool reconnects by itself once Bolt answers again, so the API recovers without
 * a restart of the server (meanwhile it answers 503). It does not supervise an external Neo4j,
 * and it gives up (logged at error, API stays 503) after `maxAttempts` failed starts in a row.
 */
import type { EmbeddedNeo4j } from './embedded';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';

export interface SupervisorOptions {
  log?: Logger;
  /** Failed starts in a row before giving up. */
  maxAttempts?: number;
  /** Wait before the first restart; doubles after each failed start. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface SupervisorStatus {
  state: 'running' | 'restarting' | 'gave_up' | 'stopped';
  /** Successful restarts since the app started. */
  restarts: number;
}

export interface Supervisor {
  status(): SupervisorStatus;
  /**
   * Stops supervising (call before stopping Neo4j). The promise ends when a restart in progress
   * has ended: stopping the embedded Neo4j meanwhile cuts a start short, so await it after that.
   */
  stop(): Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

export function superviseEmbedded(
  embedded: EmbeddedNeo4j,
  options: SupervisorOptions = {},
): Supervisor {
  const log = options.log ?? silentLogger;
  const maxAttempts = options.maxAttempts ?? 5;
  const initialDelayMs = options.initialDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const stopped = new AbortController();
  let state: SupervisorStatus['state'] = 'running';
  let restarts = 0;
  let restarting: Promise<void> | undefined;

  const restart = async (exitCode: number | null) => {
    state = 'restarting';
    let delay = initialDelayMs;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      log.warn('restarting embedded Neo4j', { exitCode, attempt, maxAttempts, inMs: delay });
      await sleep(delay, stopped.signal);
      if (stopped.signal.aborted) return;
      const started = Date.now();
      try {
        await embedded.start();
        if (stopped.signal.aborted) {
          // Shutdown began while it was starting: do not leave it running.
          await embedded.stop();
          return;
        }
        restarts += 1;
        state = 'running';
        log.info('embedded Neo4j restarted', {
          attempt,
          restarts,
          startMs: Date.now() - started,
          pid: embedded.pid,
        });
        return;
      } catch (error) {
        await embedded.stop().catch(() => undefined);
        if (stopped.signal.aborted) return;
        log.error('embedded Neo4j restart failed', {
          attempt,
          maxAttempts,
          error: (error as Error).message,
        });
        delay = Math.min(delay * 2, maxDelayMs);
      }
    }
    state = 'gave_up';
    log.error('embedded Neo4j is down and will not be restarted again; restart the app', {
      attempts: maxAttempts,
    });
  };

  embedded.onUnexpectedExit((code) => {
    if (stopped.signal.aborted || restarting) return;
    restarting = restart(code).finally(() => {
      restarting = undefined;
    });
  });

  return {
    status: () => ({ state, restarts }),
    async stop() {
      stopped.abort();
      state = 'stopped';
      await restarting;
    },
  };
}
