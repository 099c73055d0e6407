/**
 * The error the extraction pipeline raises for bad input: a missing, unreadable, empty, binary
 * or non-UTF-8 file, a file with no article text, or an invalid graph document. An article in
 * which no event or speaker is recognised is not bad input: it is loaded and marked for
 * review (see review.ts). It carries the file (and line, where one helps) so a CLI or the
 * loader can print one clear line. It is not for programming errors: those stay plain
 * `Error`s with stack traces.
 */

export type InputErrorCode =
  | 'missing-file'
  | 'unreadable-file'
  | 'empty-file'
  | 'binary-file'
  | 'not-utf8'
  | 'no-articles'
  | 'invalid-document';

export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
  }
}
