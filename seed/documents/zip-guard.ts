/**
 * Checks a zip container (a `.docx`) before anything inflates it whole: reads the central
 * directory, refuses a container whose entries would inflate past a budget (declared sizes,
 * then each deflated entry inflated with a hard output cap, so an entry that lies about its
 * size stops at the cap instead of filling memory). This is the zip-bomb guard in front of
 * mammoth, whose zip library inflates every entry it reads without a limit. It does not read
 * the document's text: read-docx.ts does.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../../platform/input-error';

/** What a `.docx` may inflate to in all: far above any real report, far below the heap. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory's entries, or undefined when `bytes` is not a readable zip. */
export function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1)
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      localHeader: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function bomb(file: string, detail: string): InputError {
  return new InputError(
    'zip-bomb',
    file,
    `this Word document would inflate to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB (${detail}); it is refused unread`,
  );
}

/** Throws `zip-bomb` when the entries would inflate past MAX_INFLATED_BYTES. */
export function assertZipWithinBudget(file: string, bytes: Buffer, entries: ZipEntry[]): void {
  let declared = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF means a Zip64 size: no Word document needs one.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw bomb(file, `"${entry.name}" has a Zip64 size`);
    declared += entry.size;
  }
  if (declared > MAX_INFLATED_BYTES) throw bomb(file, `its entries declare ${declared} bytes`);
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const local = entry.localHeader;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    try {
      inflateRawSync(bytes.subarray(start, start + entry.compressedSize), {
        maxOutputLength: Math.max(entry.size, 1),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw bomb(file, `"${entry.name}" inflates past the ${entry.size} bytes it declares`);
      // A broken stream is mammoth's to report as a corrupt document.
    }
  }
}
