/**
 * Reads a Word document (`.docx`) to plain text with mammoth, one paragraph per block, after
 * zip-guard.ts has checked that the container is a zip holding `word/document.xml` and that it
 * would not inflate past the budget. Old binary `.doc` files and other zips are refused as
 * "not a Word document". It does not analyse the text.
 */
import mammoth from 'mammoth';
import { InputError } from '../../platform/input-error';
import { assertZipWithinBudget, zipEntries } from './zip-guard';

const notDocx = (file: string, why: string) =>
  new InputError(
    'not-docx',
    file,
    `this is not a Word document (${why}); save it from Word as .docx, or as PDF or text`,
  );

export async function readDocx(file: string, bytes: Buffer): Promise<string> {
  const entries = zipEntries(bytes);
  if (!entries) throw notDocx(file, 'not a zip container');
  if (!entries.some((e) => e.name === 'word/document.xml'))
    throw notDocx(file, 'it holds no word/document.xml');
  assertZipWithinBudget(file, bytes, entries);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: bytes }));
  } catch (error) {
    throw notDocx(file, `mammoth could not read it: ${(error as Error).message}`);
  }
  // mammoth ends every paragraph with two newlines; runs of blank paragraphs collapse.
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
