/**
 * `npm run eval [-- --expected file] [files…]`: extracts the corpus (default seed/corpus/*.txt)
 * and scores it against hand-checked expectations (default seed/fixtures/expected-corpus.json);
 * exits non-zero when a target is missed or a figure drops below the committed baseline
 * (seed/fixtures/corpus-baseline.json; `--write-baseline` records today's). A quality gate,
 * not a test runner.
 *
 * `npm run eval -- --gold DIR [--gold DIR …] [--misses] [--json] [--calibrate]`: extracts every `.txt` of a
 * folder in the dev-set format (`gold.json` beside the articles; a folder of such folders is
 * scored folder by folder), one file at a time as `npm run ingest` reads them, and prints the
 * dev-set measures per folder, the measured precision of each speaker rule, and with
 * `--misses` every missed or extra speaker, wrong role, missed claim, date and city;
 * `--calibrate` writes the rules' measured precision to `vocab/rule-precision.json`, where
 * the extraction reads its confidences.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphDocument } from '../../model/graph-document';
import { extractGraph } from '../extract/index';
import { InputError } from '../../platform/input-error';
import { evaluate, formatEvaluation, missedTargets, type Expectations } from '../extract/evaluate';
import { formatGoldScore } from '../extract/gold/format-gold';
import { scoreGold, type GoldFile } from '../extract/gold/score-gold';
import { readCorpusFiles } from '../extract/read-corpus';
import { CORPUS_TOPICS } from '../extract/topics';
import { baselineFigures, dropsAgainst, type BaselineFigures } from '../extract/corpus-baseline';

const BASELINE = 'seed/fixtures/corpus-baseline.json';

async function corpusEval(
  expectedPath: string,
  paths: string[],
  writeBaseline: boolean,
): Promise<number> {
  if (paths.length === 0) {
    const dir = 'seed/corpus';
    paths.push(
      ...(await readdir(dir))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, f)),
    );
  }
  const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as Expectations;
  const document = extractGraph(await readCorpusFiles(paths), { topics: CORPUS_TOPICS });
  const result = evaluate(document, expected);
  console.log(formatEvaluation(result));
  const figures = baselineFigures(result);
  if (writeBaseline) {
    await writeFile(BASELINE, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`eval: wrote ${BASELINE}`);
  }
  const drops = dropsAgainst(
    JSON.parse(await readFile(BASELINE, 'utf8')) as BaselineFigures,
    figures,
  );
  if (drops.length > 0) {
    console.error(`eval: below the committed baseline (${BASELINE}): ${drops.join('; ')}`);
    return 1;
  }
  const missed = missedTargets(result);
  if (missed.length > 0) {
    console.error(`eval: targets missed: ${missed.join('; ')}`);
    return 1;
  }
  console.log('eval: all targets met');
  return 0;
}

/** Folders holding a gold.json: the folder itself, or its subfolders. */
async function goldFolders(dir: string): Promise<string[]> {
  const has = async (d: string) =>
    stat(join(d, 'gold.json')).then(
      () => true,
      () => false,
    );
  if (await has(dir)) return [dir];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new InputError('missing-file', dir, 'no such folder; give a folder holding gold.json');
  });
  const subs: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (await has(join(dir, e.name))) subs.push(join(dir, e.name));
  if (subs.length === 0)
    throw new InputError('missing-file', dir, 'no gold.json here or in its subfolders');
  return subs;
}

async function goldEval(
  dirs: string[],
  misses: boolean,
  json: boolean,
  calibrate: boolean,
): Promise<number> {
  const measured: Record<string, { proposed: number; right: number }> = {};
  const folders: string[] = [];
  for (const top of dirs) {
    for (const dir of await goldFolders(top)) {
      const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as GoldFile;
      const docs: GraphDocument[] = [];
      const refused: string[] = [];
      for (const file of gold.articles.map((a) => a.file)) {
        try {
          docs.push(extractGraph(await readCorpusFiles([join(dir, file)])));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          refused.push(`${file}: ${error.message}`);
        }
      }
      const score = scoreGold([gold], docs);
      folders.push(basename(dir));
      for (const [rule, count] of Object.entries(score.rules)) {
        const total = (measured[rule] ??= { proposed: 0, right: 0 });
        total.proposed += count.proposed;
        total.right += count.right;
      }
      if (json) console.log(JSON.stringify({ folder: basename(dir), refused, ...score }));
      else console.log(formatGoldScore(basename(dir), score, refused, misses));
    }
  }
  if (calibrate) {
    const file = 'seed/extract/vocab/rule-precision.json';
    const body = {
      $comment: `Speaker rules' precision measured by npm run eval -- --calibrate on ${folders.join(', ')}`,
      rules: measured,
    };
    await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
    console.log(`eval: wrote ${file}`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      expected: { type: 'string', default: 'seed/fixtures/expected-corpus.json' },
      gold: { type: 'string', multiple: true },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      calibrate: { type: 'boolean', default: false },
      'write-baseline': { type: 'boolean', default: false },
    },
  });
  if (values.gold && values.gold.length > 0)
    return goldEval(values.gold, values.misses, values.json, values.calibrate);
  return corpusEval(values.expected, positionals, values['write-baseline']);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof InputError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`eval: ${(error as Error).message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
