/**
 * `npm run extract -- [files… | folders…] [--out graph.json] [--topics topics.json]`: reads
 * corpus files (default seed/corpus/*.txt, with that corpus's topics), extracts the graph
 * document and writes it as JSON to `--out` or stdout. Other files get the topics of
 * `--topics` only: topics belong to one corpus.
 * Invalid input (missing, empty, binary or non-UTF-8 file, no article text) ends with one line
 * naming the file and line, and exit code 2. Articles whose event, date, place or speakers
 * were not found are kept, marked `needsReview`, and listed on stderr.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractGraph } from '../extract/index';
import { InputError } from '../../platform/input-error';
import { readCorpusFiles } from '../extract/read-corpus';
import { articlePaths } from '../extract/article-paths';
import { CORPUS_TOPICS, readTopics } from '../extract/topics';
import { reviewLines } from '../load/summary';

const USAGE =
  'usage: npm run extract -- [files… | folders…] [--out graph.json] [--topics topics.json]';

async function main(argv: string[]): Promise<number> {
  const paths: string[] = [];
  let out: string | undefined;
  let topicsFile: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--topics') {
      topicsFile = argv[++i];
      if (!topicsFile) {
        console.error(`extract: --topics needs a file name\n${USAGE}`);
        return 2;
      }
    } else if (arg === '--out') {
      out = argv[++i];
      if (!out) {
        console.error(`extract: --out needs a file name\n${USAGE}`);
        return 2;
      }
    } else if (arg === '--lenient') {
      // Once let through articles with no event or speakers; all are kept now (needsReview).
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      console.error(`extract: unknown option "${arg}"\n${USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  let topics = topicsFile ? readTopics(topicsFile) : [];
  if (paths.length === 0) {
    if (!topicsFile) topics = CORPUS_TOPICS;
    const dir = 'seed/corpus';
    paths.push(
      ...(await readdir(dir))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, f)),
    );
  }
  const document = extractGraph(await readCorpusFiles(await articlePaths(paths)), { topics });
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    const count = (label: string) => document.nodes.filter((n) => n.label === label).length;
    console.error(
      `extract: wrote ${out}: ${document.nodes.length} nodes (${count('Person')} people, ${count('Organization')} organizations, ${count('Event')} events, ${count('Claim')} claims), ${document.relationships.length} relationships`,
    );
  } else process.stdout.write(json);
  for (const line of reviewLines(document)) console.error(`extract: ${line}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InputError) {
      console.error(`extract: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
