import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { InputError } from '../../platform/input-error';
import { decodeCorpusBytes, readCorpusFiles } from './read-corpus';

const dir = mkdtempSync(join(tmpdir(), 'read-corpus-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function codeOf(paths: string[]): Promise<{ code: string; line?: number } | undefined> {
  try {
    await readCorpusFiles(paths);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { code: (error as InputError).code, line: (error as InputError).line };
  }
}

describe('readCorpusFiles', () => {
  it('reads UTF-8 files, dropping a BOM and normalising line ends', async () => {
    const [read] = await readCorpusFiles([file('ok.txt', '\uFEFFTitle Here\r\n\r\nBody.\r\n')]);
    expect(read?.text).toBe('Title Here\n\nBody.\n');
  });

  it('reports a missing file, an empty file and a directory', async () => {
    expect(await codeOf([join(dir, 'missing.txt')])).toMatchObject({ code: 'missing-file' });
    expect(await codeOf([file('empty.txt', '')])).toMatchObject({ code: 'empty-file' });
    expect(await codeOf([dir])).toMatchObject({ code: 'unreadable-file' });
  });

  it('reports binary and non-UTF-8 files with the line of the first bad byte', async () => {
    expect(await codeOf([file('bin.txt', new Uint8Array([65, 10, 66, 0, 67]))])).toEqual({
      code: 'binary-file',
      line: 2,
    });
    expect(
      await codeOf([file('latin1.txt', new Uint8Array([65, 10, 10, 0x63, 0x61, 0x66, 0xe9]))]),
    ).toEqual({ code: 'not-utf8', line: 3 });
  });

  it('names the file in the message', () => {
    expect(() => decodeCorpusBytes('some/file.txt', new Uint8Array([]))).toThrow(/some\/file\.txt/);
  });
});
