/**
 * Expands what a user gives `ingest` or `extract` into article files: a file stays as it is, a
 * folder becomes the `.txt` and `.md` files inside it (and its subfolders), in name order, so
 * `npm run ingest -- reports/` adds a whole folder. A folder with no such file is an input
 * error naming it. It reads no file contents: read-corpus.ts does.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../platform/input-error';

const ARTICLE_FILE = /\.(?:txt|md)$/i;

async function filesUnder(dir: string, wanted: RegExp): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path, wanted)));
    else if (wanted.test(entry.name)) out.push(path);
  }
  return out;
}

/** `wanted`: the file names a folder contributes (`ingest` also reads HTML, PDF and Word). */
export async function articlePaths(paths: string[], wanted = ARTICLE_FILE): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(path); // read-corpus.ts reports a missing or unreadable file
      continue;
    }
    const inside = await filesUnder(path, wanted);
    if (inside.length === 0)
      throw new InputError('missing-file', path, 'this folder holds no article file');
    out.push(...inside);
  }
  return out;
}
