/**
 * `npm run eval [-- --expected file] [files…]`: extracts the corpus (default seed/corpus/*.txt)
 * and scores it against hand-checked expectations (default
 * seed/fixtures/expected-corpus.json). Prints precision and recall per measure and exits
 * non-zero when a target is missed. It is a quality gate, not a test runner.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractGraph } from '../extract/index';
import { InputError } from '../extract/input-error';
import { evaluate, formatEvaluation, missedTargets, type Expectations } from '../extract/evaluate';
import { readCorpusFiles } from '../extract/read-corpus';

async function main(argv: string[]): Promise<number> {
  let expectedPath = 'seed/fixtures/expected-corpus.json';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--expected') expectedPath = argv[++i] ?? expectedPath;
    else paths.push(argv[i] as string);
  }
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
  const document = extractGraph(await readCorpusFiles(paths));
  const result = evaluate(document, expected);
  console.log(formatEvaluation(result));
  const missed = missedTargets(result);
  if (missed.length > 0) {
    console.error(`eval: targets missed: ${missed.join('; ')}`);
    return 1;
  }
  console.log('eval: all targets met');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof InputError ? `eval: ${error.message}` : error);
    process.exit(error instanceof InputError ? 2 : 1);
  },
);
