/**
 * Receives `POST /api/ingest`'s multipart body with busboy: each part of field `files` is
 * streamed to a file of its own under DATA_DIR/uploads/<batch>/, named by its position, never
 * by the user's name (which travels only as data, after checking it has no path and no
 * control characters). Limits: bytes per file, files per request, bytes in all; past one, the
 * rest of the body is read and discarded, the batch's files are removed and the request is
 * answered 413 naming the file. It does not look inside the files: the ingest worker does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import type { IngestLimits } from '../../platform/config';
import type { UploadedFile } from '../../api/ingest-worker';
import { AppError, invalidArgument } from '../errors';

const MB = 1024 * 1024;

/** Why a file name is refused, or undefined when it is a plain name. */
export function badFileName(name: string): string | undefined {
  if (name.trim() === '') return 'it is empty';
  if (/[\\/]/.test(name)) return 'it holds a path separator; send the file name alone';
  if (/\p{Cc}/u.test(name)) return 'it holds control characters; rename the file';
  if (name === '.' || name === '..') return 'it is not a file name';
  if (name.length > 255) return 'it is longer than 255 characters; rename the file';
  return undefined;
}

/** Reads the files of a request into `dir` (created here); on any error, `dir` is removed. */
export async function receiveUploads(
  req: Request,
  dir: string,
  limits: IngestLimits,
): Promise<UploadedFile[]> {
  if (!req.is('multipart/form-data'))
    throw invalidArgument(
      'ingest: send the documents as multipart/form-data, one part per file in field "files"',
    );
  fs.mkdirSync(dir, { recursive: true });
  const files: UploadedFile[] = [];
  const writes: Promise<void>[] = [];
  let refused: AppError | undefined;
  let total = 0;
  const refuse = (error: AppError) => {
    refused ??= error;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          preservePath: true,
          limits: {
            fileSize: limits.maxFileBytes,
            files: limits.maxFiles,
            fields: 20,
            parts: limits.maxFiles + 20,
          },
        });
      } catch (error) {
        reject(invalidArgument(`ingest: ${(error as Error).message}`));
        return;
      }
      parser.on('file', (field, stream, info) => {
        const name = info.filename ?? '';
        const why = field !== 'files' ? `field "${field}" is not "files"` : badFileName(name);
        if (refused || why) {
          if (why)
            refuse(
              invalidArgument(`ingest: file name ${JSON.stringify(name)} is refused: ${why}`, {
                parameter: 'files',
                value: name,
              }),
            );
          stream.resume();
          return;
        }
        const target = path.join(dir, `${files.length + 1}.upload`);
        files.push({ name, path: target });
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > limits.maxTotalBytes)
            refuse(
              new AppError(
                'payload_too_large',
                `ingest: the files together are over ${limits.maxTotalBytes / MB} MB (at "${name}"); send fewer at a time`,
              ),
            );
        });
        stream.on('limit', () =>
          refuse(
            new AppError(
              'payload_too_large',
              `ingest: "${name}" is over the ${limits.maxFileBytes / MB} MB limit for one file; split it or raise INGEST_MAX_FILE_MB`,
              { file: name, limit: limits.maxFileBytes },
            ),
          ),
        );
        writes.push(pipeline(stream, fs.createWriteStream(target)));
      });
      parser.on('filesLimit', () =>
        refuse(
          new AppError(
            'payload_too_large',
            `ingest: more than ${limits.maxFiles} files in one request; send them in several batches`,
            { limit: limits.maxFiles },
          ),
        ),
      );
      parser.on('error', (error: Error) =>
        reject(
          invalidArgument(
            `ingest: the multipart body cannot be read (${error.message}); a raw control character in a file name does this: rename the file`,
            { parameter: 'files' },
          ),
        ),
      );
      parser.on('close', resolve);
      // A client that goes away mid-upload: busboy would wait for the rest for ever.
      req.once('close', () => {
        if (!req.complete)
          reject(invalidArgument('ingest: the upload was interrupted; send it again'));
      });
      req.pipe(parser);
    });
    await Promise.all(writes);
    if (refused) throw refused;
    if (files.length === 0)
      throw invalidArgument('ingest: no file in the request; send at least one in field "files"', {
        parameter: 'files',
      });
    return files;
  } catch (error) {
    await Promise.allSettled(writes);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
