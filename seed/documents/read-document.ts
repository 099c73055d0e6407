/**
 * The format layer of ingestion: one uploaded or named file's bytes → the plain text the
 * extractor reads, plus where it came from. The type comes from the content (magic bytes, via
 * file-type), not the extension alone: a PDF is read as a PDF, a Word document as Word, any
 * other binary is refused whatever its name says, and text is strict UTF-8 (an HTML page,
 * by extension or by its markup, goes through Readability; a `.md` file loses its markup). `npm run ingest` and the server's
 * ingest worker both read files through here. It does not analyse the text.
 */
import { fileTypeFromBuffer } from 'file-type';
import { InputError } from '../../platform/input-error';
import { decodeCorpusBytes } from '../extract/read-corpus';
import type { SourceFile } from '../extract/split';
import { readDocx } from './read-docx';
import { readHtml } from './read-html';
import { markdownToText } from './read-markdown';
import { readPdf } from './read-pdf';

/** The extensions a user may give (folders are searched for these). */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] as const;

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/i.test(text);

/** Reads one document; `name` (the file name the user gave) is what messages and provenance name. */
export async function readDocument(
  name: string,
  bytes: Buffer,
): Promise<SourceFile & { format: DocumentFormat }> {
  if (bytes.length === 0)
    throw new InputError('empty-file', name, 'the file is empty; give a document with an article');
  const ext = extensionOf(name);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'pdf') {
    const { text, meta } = await readPdf(name, bytes);
    return { name, text, meta, format: 'pdf' };
  }
  if (type?.ext === 'docx' || (ext === 'docx' && type?.ext === 'zip'))
    return { name, text: await readDocx(name, bytes), format: 'docx' };
  if (ext === 'pdf')
    throw new InputError(
      'corrupt-pdf',
      name,
      `this file is named .pdf but is not a PDF (${type ? `its content is ${type.mime}` : 'it has no PDF header'}); re-export it`,
    );
  if (ext === 'docx')
    throw new InputError(
      'not-docx',
      name,
      `this file is named .docx but is not a Word document (${type ? `its content is ${type.mime}` : 'it is not a zip container'}); save it from Word as .docx`,
    );
  if (type && type.mime !== 'application/xml')
    throw new InputError(
      'binary-file',
      name,
      `this is a binary file (its content is ${type.mime}), whatever its name says; give text, HTML, PDF or Word (.docx)`,
    );
  const text = decodeCorpusBytes(name, bytes);
  if (ext === 'html' || ext === 'htm' || looksLikeHtml(text)) {
    const page = readHtml(name, text);
    return { name, text: page.text, meta: page.meta, format: 'html' };
  }
  return { name, text: ext === 'md' ? markdownToText(text) : text, format: 'text' };
}
