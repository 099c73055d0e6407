/**
 * `npm run bench:extract [-- --articles 1000 --rounds 3 --batch 100 --batched-articles 100]`:
 * throughput of the extraction pipeline (issue #18) as a ratio against one plain NLP parse of
 * the same text, both measured in the same run on the same texts, so that the ratio carries
 * over between machines where the absolute rates do not:
 *   1. baseline: one compromise parse of each article (`nlp(text)` and `.people()` once);
 *   2. per article: `extractGraph([file])`, one call per article;
 *   3. batched: `extractGraph(files)` on batches of `--batch` articles, which adds cross-article
 *      resolution; timed on the first `--batched-articles` articles only (all of them would
 *      take the default run well past five minutes on two cores) and compared with the
 *      baseline's time on those same articles.
 * Two inputs, reported apart: synthetic press reports (bench/synthetic-articles.ts: seeded,
 * 1.5–4 kB) and the bundled corpus split into its articles, run several passes because it is
 * small. Each round runs every method on both inputs, in reverse order on alternate rounds; the
 * table gives each round and then medians. kB are 1000 bytes of UTF-8. Rates are per core:
 * everything runs on this one thread. The CPU columns (user + system of the process) show when
 * other load on the machine stretched the wall time, and give the ratio by CPU time, which such
 * load disturbs less. Not a test: nothing is asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { extractGraph, type SourceFile } from '../seed/extract/index';
import { splitArticles } from '../seed/extract/split';
import { PeakRss } from './peak-rss';
import { syntheticArticles } from './synthetic-articles';

const CORPUS_DIR = path.join(import.meta.dirname, '..', 'seed', 'corpus');
/** The corpus is a handful of articles: enough passes that each method runs for seconds. */
const CORPUS_PASSES = 2;
const WARM_UP_ARTICLES = 30;

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench:extract: --${flag} must be a positive integer, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    batch: { type: 'string', default: '100' },
    'batched-articles': { type: 'string', default: '100' },
  },
});
const ARTICLES = positiveInteger('articles', flags.articles);
const ROUNDS = positiveInteger('rounds', flags.rounds);
const BATCH = positiveInteger('batch', flags.batch);
const BATCHED_ARTICLES = positiveInteger('batched-articles', flags['batched-articles']);

type MethodName = 'baseline' | 'per article' | 'batched';
const METHODS: MethodName[] = ['baseline', 'per article', 'batched'];

interface InputSet {
  label: string;
  /** One article per file, as a caller of `extractGraph` gives them. */
  files: SourceFile[];
  passes: number;
}

interface Measure {
  /** Wall seconds inside the method's calls (sampling memory between them excluded). */
  seconds: number;
  /** CPU seconds of the process (user + system, all threads) inside the calls. */
  cpuSeconds: number;
  peakMb: number;
  /** Wall and CPU seconds of each call over all passes: per file, or per batch. */
  wall: number[];
  cpu: number[];
}

/** Bundled corpus articles, each as a file of its own: its headline line, then its body. */
function corpusFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(CORPUS_DIR, entry), 'utf8');
    splitArticles({ name: entry, text }).forEach((article, i) =>
      files.push({ name: `${entry}#${i + 1}`, text: `${article.title}\n\n${article.text}\n` }),
    );
  }
  return files;
}

const kBOf = (files: SourceFile[]) =>
  files.reduce((sum, f) => sum + Buffer.byteLength(f.text, 'utf8'), 0) / 1000;

/** The files a method runs on: batches only on the first `--batched-articles`. */
const filesFor = (method: MethodName, set: InputSet) =>
  method === 'batched' ? set.files.slice(0, BATCHED_ARTICLES) : set.files;

/** Keeps every result observable so that no work can be skipped as unused. */
let sink = 0;

/** Calls of one method: each a slice of files and the work done on it. */
function callsOf(method: MethodName, files: SourceFile[]): [SourceFile[], () => number][] {
  if (method === 'batched') {
    const calls: [SourceFile[], () => number][] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      calls.push([batch, () => extractGraph(batch).nodes.length]);
    }
    return calls;
  }
  return files.map((file) => [
    [file],
    method === 'baseline'
      ? () => nlp(file.text).people().length
      : () => extractGraph([file]).nodes.length,
  ]);
}

/** `gc` exists when node runs with --expose-gc (the npm script does): each method starts clean. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function measure(method: MethodName, set: InputSet): Measure {
  const calls = callsOf(method, filesFor(method, set));
  const wall = calls.map(() => 0);
  const cpu = calls.map(() => 0);
  collectGarbage?.();
  const rss = new PeakRss();
  for (let pass = 0; pass < set.passes; pass += 1)
    calls.forEach(([, work], i) => {
      const cpuFrom = process.cpuUsage();
      const from = performance.now();
      sink += work();
      wall[i] = (wall[i] as number) + (performance.now() - from) / 1000;
      const used = process.cpuUsage(cpuFrom);
      cpu[i] = (cpu[i] as number) + (used.user + used.system) / 1e6;
      rss.sample();
    });
  return { seconds: sum(wall), cpuSeconds: sum(cpu), peakMb: rss.peakMb(), wall, cpu };
}

/** The baseline's wall and CPU seconds on the files `method` ran on, from its per-file times. */
function baselineFor(method: MethodName, set: InputSet, baseline: Measure): [number, number] {
  const count = filesFor(method, set).length;
  return [sum(baseline.wall.slice(0, count)), sum(baseline.cpu.slice(0, count))];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const COLUMNS: [string, number][] = [
  ['round', 7],
  ['input', 18],
  ['method', 12],
  ['articles', 9],
  ['kB', 8],
  ['time s', 8],
  ['CPU s', 8],
  ['kB/s', 8],
  ['articles/s', 11],
  ['peak RSS MB', 12],
  ['× baseline', 11],
  ['× CPU', 7],
];

function line(cells: string[]): string {
  return cells
    .map((cell, i) => {
      const width = (COLUMNS[i] as [string, number])[1];
      return i < 3 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

/** How many times the baseline's time a method took: by wall clock and by CPU. */
type Ratio = [number, number];

function row(round: string, set: InputSet, method: MethodName, m: Measure, ratio: Ratio): string {
  const files = filesFor(method, set);
  const articles = files.length * set.passes;
  const kB = kBOf(files) * set.passes;
  return line([
    round,
    set.label,
    method,
    String(articles),
    kB.toFixed(0),
    m.seconds.toFixed(2),
    m.cpuSeconds.toFixed(2),
    (kB / m.seconds).toFixed(1),
    (articles / m.seconds).toFixed(2),
    m.peakMb.toFixed(0),
    `${ratio[0].toFixed(2)}×`,
    `${ratio[1].toFixed(2)}×`,
  ]);
}

/** What one input set gathered over the rounds. */
interface SetResults {
  measures: Map<MethodName, Measure[]>;
  ratios: Map<MethodName, Ratio[]>;
  /** Per round, batched time over per-article time on the batched articles: resolution's cost. */
  batchedOverPerArticle: number[];
}

function describe(sets: InputSet[]): void {
  const cores = os.cpus();
  console.log(
    `Node ${process.version}, ${cores[0]?.model ?? 'unknown CPU'} × ${cores.length} (one thread used); load average ${os.loadavg()[0]?.toFixed(2)}${collectGarbage ? '' : '; no --expose-gc, so RSS includes earlier garbage'}`,
  );
  for (const set of sets) {
    const kB = kBOf(set.files);
    console.log(
      `  ${set.label}: ${set.files.length} articles, ${kB.toFixed(0)} kB (mean ${(kB / set.files.length).toFixed(2)} kB)${set.passes > 1 ? `, ${set.passes} passes per method` : ''}; batched: ${Math.min(BATCHED_ARTICLES, set.files.length)} of them, ${BATCH} per call`,
    );
  }
}

/** One round: every method on one input, in `order`; prints a row per method. */
function runRound(round: number, set: InputSet, order: MethodName[], results: SetResults): void {
  const measured = new Map<MethodName, Measure>();
  for (const method of order) measured.set(method, measure(method, set));
  const baseline = measured.get('baseline') as Measure;
  for (const method of METHODS) {
    const m = measured.get(method) as Measure;
    const [wall, cpu] = baselineFor(method, set, baseline);
    const ratio: Ratio = [m.seconds / wall, m.cpuSeconds / cpu];
    results.measures.get(method)?.push(m);
    results.ratios.get(method)?.push(ratio);
    if (method === 'batched') {
      const perArticle = measured.get('per article') as Measure;
      const count = filesFor(method, set).length;
      results.batchedOverPerArticle.push(m.seconds / sum(perArticle.wall.slice(0, count)));
    }
    console.log(row(String(round + 1), set, method, m, ratio));
  }
}

function printMedians(set: InputSet, results: SetResults): void {
  for (const method of METHODS) {
    const runs = results.measures.get(method) ?? [];
    const m: Measure = {
      seconds: median(runs.map((r) => r.seconds)),
      cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
      peakMb: Math.max(...runs.map((r) => r.peakMb)),
      wall: [],
      cpu: [],
    };
    // Ratios are taken within a round (same load, same heap), then their median.
    const inRounds = results.ratios.get(method) ?? [];
    const ratio: Ratio = [median(inRounds.map((r) => r[0])), median(inRounds.map((r) => r[1]))];
    console.log(row('median', set, method, m, ratio));
  }
}

function main(): void {
  const began = performance.now();
  const sets: InputSet[] = [
    { label: 'synthetic', files: syntheticArticles(ARTICLES), passes: 1 },
    { label: 'corpus', files: corpusFiles(), passes: CORPUS_PASSES },
  ];
  describe(sets);
  // Warm-up on both inputs: loads the gazetteer, the lexicon and chrono, and lets V8 optimise.
  const [synthetic, corpus] = sets as [InputSet, InputSet];
  const warmUp = {
    label: 'warm-up',
    files: [...synthetic.files.slice(0, WARM_UP_ARTICLES), ...corpus.files],
    passes: 1,
  };
  for (const method of METHODS) measure(method, warmUp);
  console.log(`  warm-up done in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);

  const results: SetResults[] = sets.map(() => ({
    measures: new Map(METHODS.map((m) => [m, []])),
    ratios: new Map(METHODS.map((m) => [m, []])),
    batchedOverPerArticle: [],
  }));
  console.log(line(COLUMNS.map(([name]) => name)));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? METHODS : [...METHODS].reverse();
    sets.forEach((set, s) => runRound(round, set, order, results[s] as SetResults));
  }
  console.log('');
  sets.forEach((set, s) => printMedians(set, results[s] as SetResults));
  console.log('');
  sets.forEach((set, s) =>
    console.log(
      `${set.label}: batched / per article on the same ${filesFor('batched', set).length} articles: ${median(results[s]?.batchedOverPerArticle ?? []).toFixed(2)}× (median of rounds)`,
    ),
  );
  const exact = new PeakRss().exact;
  console.log(
    [
      '× baseline: the method’s wall time over the plain parse’s on the same articles in the same round (how many times slower than one compromise parse); × CPU: the same with CPU time, steadier when other processes share the cores.',
      `Median rows: median time and ratio, highest peak RSS (${exact ? 'kernel high-water mark, reset before each method' : 'sampled between calls'}).`,
      `Whole run ${((performance.now() - began) / 1000).toFixed(0)} s; load average now ${os.loadavg()[0]?.toFixed(2)}.`,
    ].join('\n'),
  );
  if (sink < 0) console.log(sink);
}

main();
