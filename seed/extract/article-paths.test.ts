import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { articlePaths } from './article-paths';
import { InputError } from '../../platform/input-error';

describe('articlePaths', () => {
  it('expands a folder into its .txt and .md files, subfolders included, in name order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    mkdirSync(join(dir, 'b-more'));
    for (const name of ['c.txt', 'a.md', 'notes.pdf', '.hidden.txt', 'b-more/z.txt'])
      writeFileSync(join(dir, name), 'Headline\n\nText.');
    expect(await articlePaths([dir, 'other.txt'])).toEqual([
      join(dir, 'a.md'),
      join(dir, 'b-more', 'z.txt'),
      join(dir, 'c.txt'),
      'other.txt',
    ]);
  });

  it('refuses a folder with no article file, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-'));
    await expect(articlePaths([dir])).rejects.toThrow(InputError);
  });
});
