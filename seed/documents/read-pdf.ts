/**
 * Reads a PDF's text layer with pdfjs-dist (the legacy build, for Node) and rebuilds its
 * paragraphs: text items become lines at each end-of-line mark, and a vertical gap clearly
 * wider than the page's usual line spacing starts a new paragraph (a hyphen broken across
 * lines is joined). A PDF with no text layer (a scan) is refused: OCR is not done here. The
 * document's Title and Author are kept as provenance; its creation date is not taken for the
 * publication date (it is when the file was made, often an export years later). It does not analyse.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { InputError } from '../../platform/input-error';
import type { SourceMeta } from './source-meta';

interface Line {
  text: string;
  y: number;
  /** Font size of its first item. */
  size: number;
}

function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | undefined;
  let size = 0;
  for (const item of items) {
    if (y === undefined) {
      y = item.transform[5] as number;
      size = item.height || Math.abs(item.transform[3] as number);
    }
    text += item.str;
    if (item.hasEOL) {
      if (text.trim()) lines.push({ text: text.trim(), y, size });
      text = '';
      y = undefined;
    }
  }
  if (text.trim() && y !== undefined) lines.push({ text: text.trim(), y, size });
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * One page's paragraphs, from its lines top to bottom. The line step is the smallest gap
 * between lines, but no more than 1.5 × the font size: a page whose paragraphs are all one
 * line long has only paragraph gaps, which must still read as breaks.
 */
function paragraphsOf(lines: Line[]): string[] {
  const gaps = lines.slice(1).map((line, i) => Math.abs((lines[i] as Line).y - line.y));
  const size = median(lines.map((l) => l.size));
  const smallest = Math.min(...gaps.filter((g) => g >= size * 0.6));
  const usual = Math.min(smallest, size > 0 ? size * 1.5 : smallest);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const gap = i === 0 ? 0 : (gaps[i - 1] as number);
    if (current && usual > 0 && gap > usual * 1.4) {
      paragraphs.push(current);
      current = '';
    }
    if (!current) current = line.text;
    else if (/[A-Za-z]-$/.test(current)) current = current.slice(0, -1) + line.text;
    else current += ` ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

export async function readPdf(
  file: string,
  bytes: Uint8Array,
): Promise<{ text: string; meta: SourceMeta }> {
  let pdf;
  try {
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException')
      throw new InputError(
        'encrypted-pdf',
        file,
        'this PDF is password-protected; save an unprotected copy and add that',
      );
    throw new InputError(
      'corrupt-pdf',
      file,
      `this PDF cannot be read (${(error as Error).message}); re-export it from its application`,
    );
  }
  try {
    const paragraphs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      paragraphs.push(...paragraphsOf(linesOf(items)));
      page.cleanup();
    }
    const text = paragraphs.join('\n\n').trim();
    if (!/\p{L}/u.test(text))
      throw new InputError(
        'scanned-pdf',
        file,
        'this PDF has no text layer (it is probably scanned); OCR it first',
      );
    const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    return {
      text,
      meta: {
        title: str(info.Title),
        author: str(info.Author),
      },
    };
  } finally {
    await pdf.destroy();
  }
}
