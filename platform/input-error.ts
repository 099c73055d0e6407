/**
 * The error the extraction pipeline raises for bad input: a missing, unreadable, empty, binary
 * or non-UTF-8 file, a file with no article text, an invalid graph document, or a document of
 * another format that cannot be read (a corrupt, encrypted or scanned PDF, a `.docx` that is
 * not a Word document or would inflate past the limit, a web page with no article text). An
 * article in which no event or speaker is recognised is not bad input: it is loaded and
 * marked for review (see review.ts). It carries the file (and line, where one helps) so a CLI
 * or the loader can print one clear line. It is not for programming errors: those stay plain
 * `Error`s with stack traces.
 */

export type InputErrorCode =
  | 'missing-file'
  | 'unreadable-file'
  | 'empty-file'
  | 'binary-file'
  | 'not-utf8'
  | 'no-articles'
  | 'invalid-document'
  | 'unsupported-type'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'scanned-pdf'
  | 'not-docx'
  | 'zip-bomb'
  | 'no-article-text'
  | 'too-large';

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
