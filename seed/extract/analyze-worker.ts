/**
 * The worker thread of `parallel-analyze.ts`: analyses the files it is sent, one message per
 * file, and answers each with the analyses (structured-cloned: the people an analysis refers
 * to stay one object) or with the input error that file raised.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './index';
import { InputError } from '../../platform/input-error';
import type { SourceFile } from './split';

parentPort?.on('message', (message: { index: number; file: SourceFile }) => {
  try {
    parentPort?.postMessage({ index: message.index, analyzed: analyzeFile(message.file) });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    parentPort?.postMessage({
      index: message.index,
      inputError: { code: error.code, file: error.file, message: error.message, line: error.line },
    });
  }
});
