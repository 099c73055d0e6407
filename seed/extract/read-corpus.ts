/**
 * Reads corpus files for the extractor, with one clear error per bad input: a missing or
 * unreadable path, an empty file, a binary file (NUL bytes), or bytes that are not UTF-8
 * (decoded with a fatal TextDecoder, so nothing is silently replaced). This is the only module
 * of the pipeline that touches the file system.
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../../platform/input-error';
import type { SourceFile } from './split';

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i += 1) if (bytes[i] === 10) line += 1;
  return line;
}

/** Offset of the first byte that breaks UTF-8, so the message can point at a line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/** Decodes bytes as strict UTF-8; `name` is used in error messages. */
export function decodeCorpusBytes(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0)
    throw new InputError(
      'empty-file',
      name,
      'the file is empty; give a text file with at least one article',
    );
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new InputError(
      'binary-file',
      name,
      'this looks like a binary file (it contains NUL bytes); give a UTF-8 text file',
      lineOfByte(bytes, nul),
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'not-utf8',
      name,
      'the file is not valid UTF-8; re-save it as UTF-8',
      lineOfByte(bytes, firstInvalidUtf8(bytes)),
    );
  }
  if (text.trim() === '')
    throw new InputError(
      'empty-file',
      name,
      'the file holds only whitespace; give a text file with at least one article',
    );
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Reads and decodes each path, in order; `decode` turns a file's bytes into its text. */
export async function readCorpusFiles(
  paths: string[],
  decode: (name: string, bytes: Buffer) => Promise<SourceFile> | SourceFile = (name, bytes) => ({
    name,
    text: decodeCorpusBytes(name, bytes),
  }),
): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const path of paths) {
    let bytes: Buffer;
    try {
      const info = await stat(path);
      if (info.isDirectory())
        throw new InputError(
          'unreadable-file',
          path,
          'this is a directory; give the text files inside it',
        );
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof InputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new InputError('missing-file', path, 'no such file; check the path');
      throw new InputError(
        'unreadable-file',
        path,
        `cannot read the file (${code ?? 'unknown error'})`,
      );
    }
    files.push(await decode(path, bytes));
  }
  return files;
}
