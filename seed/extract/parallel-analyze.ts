/**
 * Analyses many files on every core: a pool of worker threads (`analyze-worker.ts`), one
 * file at a time to whichever worker is free, so a folder of a thousand reports keeps both
 * cores busy while memory holds only the analyses. Results come back in the files' order,
 * whatever order the workers finish in, so the document is the same as a single-threaded
 * extraction's. Few files, or one core, run in this thread. The first input error stops it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeFile, type AnalyzedFile } from './index';
import { InputError, type InputErrorCode } from '../../platform/input-error';
import { ArticlePeople } from './people';
import type { SourceFile } from './split';

export interface ParallelOptions {
  /** Worker threads; defaults to the cores available. */
  workers?: number;
  /** Called after each file with the number done. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files the workers' start-up (~1 s each) costs more than they save. */
const MIN_FILES_FOR_WORKERS = 8;

type Answer =
  | { index: number; analyzed: AnalyzedFile }
  | {
      index: number;
      inputError: { code: InputErrorCode; file: string; message: string; line?: number };
    };

/** Structured cloning drops prototypes: give each article's people registry its methods back. */
function revive(analyzed: AnalyzedFile): AnalyzedFile {
  for (const analysis of analyzed.analyses)
    Object.setPrototypeOf(analysis.people, ArticlePeople.prototype);
  return analyzed;
}

export async function analyzeFiles(
  files: SourceFile[],
  options: ParallelOptions = {},
): Promise<AnalyzedFile[]> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const results: AnalyzedFile[] = new Array<AnalyzedFile>(files.length);
  if (workers === 1 || files.length < MIN_FILES_FOR_WORKERS) {
    files.forEach((file, i) => {
      results[i] = analyzeFile(file);
      options.onProgress?.(i + 1, files.length);
    });
    return results;
  }
  const pool = Array.from(
    { length: workers },
    () =>
      // A plain-JavaScript entry that registers tsx, then loads the TypeScript worker.
      new Worker(new URL('./analyze-worker.mjs', import.meta.url)),
  );
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= files.length) return;
        const index = next;
        next += 1;
        worker.postMessage({ index, file: files[index] });
      };
      for (const worker of pool) {
        worker.on('message', (answer: Answer) => {
          if ('inputError' in answer) {
            const e = answer.inputError;
            const prefix = `${e.file}${e.line === undefined ? '' : `:${e.line}`}: `;
            reject(new InputError(e.code, e.file, e.message.slice(prefix.length), e.line));
            return;
          }
          results[answer.index] = revive(answer.analyzed);
          done += 1;
          options.onProgress?.(done, files.length);
          if (done === files.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && done < files.length)
            reject(new Error(`analyze worker exited with code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
