/**
 * What the page's long tasks held, from a Chromium trace of `BENCH_TRACE=dir npm run
 * bench:canvas`: `npm run bench:long-tasks -- FILE [--over MS]` prints each main-thread task of
 * more than MS (default 50) ms with the time garbage collection took inside it and its longest
 * pieces of work. It tells a task stretched by a collection from one that is simply too much
 * work, which the page's long-task observer cannot.
 */
import fs from 'node:fs';
import { longTasks, readTrace } from './trace-tasks';

const args = process.argv.slice(2);
const overAt = args.indexOf('--over');
const overMs = overAt >= 0 ? Number(args[overAt + 1]) : 50;
const file = args.find((a, i) => !a.startsWith('--') && (overAt < 0 || i !== overAt + 1));
if (!file || !fs.existsSync(file) || !Number.isFinite(overMs)) {
  console.error('usage: npm run bench:long-tasks -- TRACE.json [--over MS]');
  process.exit(2);
}
const tasks = longTasks(readTrace(file), overMs);
console.log(`${tasks.length} main-thread tasks over ${overMs} ms in ${file}`);
for (const t of tasks)
  console.log(
    `at ${t.atS.toFixed(1)} s: ${t.ms.toFixed(0)} ms, garbage collection ` +
      `${t.collectionMs.toFixed(0)} ms; ${t.work.join(', ') || 'no traced work'}`,
  );
