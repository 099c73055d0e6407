/**
 * Test documents built from the team's own invented wire reports (seed/fixtures/wire/): a PDF
 * (pdf-lib), a Word document (docx), a saved web page with navigation, a cookie banner and
 * metadata, a Markdown file, and the bad inputs of issue 15 (a scan, a password-protected and a corrupt PDF, a
 * zip bomb inside a .docx, …), plus a multipart body builder that sends any file name as is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';
import { Document, Packer, Paragraph } from 'docx';
import yazl from 'yazl';

const WIRE = path.resolve(import.meta.dirname, '../../seed/fixtures/wire');

export const wireText = (file: string) => fs.readFileSync(path.join(WIRE, file), 'utf8');

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** WinAnsi (the standard fonts' encoding) has no curly quotes in pdf-lib's tables. */
const ascii = (text: string) =>
  text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-');

function wrap(text: string, width = 85): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF of the report: one line of text per drawText, a wider gap between paragraphs. */
export async function pdfOf(text: string, title?: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const p of paragraphs(ascii(text))) {
    for (const line of wrap(p)) {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 800;
      }
      page.drawText(line, { x: 50, y, size: 11, font });
      y -= 14;
    }
    y -= 12;
  }
  if (title) pdf.setTitle(title);
  return Buffer.from(await pdf.save());
}

/** A PDF page with a drawing and no text: what a scan without OCR looks like to a reader. */
export async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  for (let i = 0; i < 40; i += 1)
    page.drawRectangle({ x: 50, y: 780 - i * 18, width: 480, height: 9 });
  return Buffer.from(await pdf.save());
}

/** A PDF whose standard security handler wants a user password the reader does not have. */
export async function encryptedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.load(await pdfOf(wireText('05-port-forum.txt')));
  const ctx = pdf.context;
  const id = PDFHexString.of('00112233445566778899aabbccddeeff');
  ctx.trailerInfo.Encrypt = ctx.obj({
    Filter: PDFName.of('Standard'),
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: PDFHexString.of('ab'.repeat(32)),
    U: PDFHexString.of('cd'.repeat(32)),
  });
  ctx.trailerInfo.ID = ctx.obj([id, id]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

export const corruptPdf = () =>
  Buffer.from(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body\n%%EOF\n',
  );

export async function docxOf(text: string): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs(text).map((p) => new Paragraph(p)) }],
  });
  return Packer.toBuffer(doc);
}

function zipOf(add: (zip: yazl.ZipFile) => void): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  add(zip);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/**
 * A .docx whose word/document.xml inflates to `megabytes` MB of blanks from a few hundred KB:
 * streamed into the zip, so the test never holds the inflated text either.
 */
export function zipBombDocx(megabytes = 300): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent === 0) this.push('<w:document><w:body><w:p><w:r><w:t>');
      if (sent < megabytes) {
        sent += 1;
        this.push(chunk);
      } else {
        this.push('</w:t></w:r></w:p></w:body></w:document>');
        this.push(null);
      }
    },
  });
  return zipOf((zip) => {
    zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
    zip.addReadStream(body, 'word/document.xml');
  });
}

/** A zip that is not a Word document (no word/document.xml), named .docx. */
export const plainZip = () =>
  zipOf((zip) => zip.addBuffer(Buffer.from(wireText('06-library-gala.txt')), 'notes.txt'));

/** A saved web page: the report inside <article>, with page furniture and metadata around it. */
export function htmlPageOf(text: string): string {
  const [title, ...rest] = paragraphs(text);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title} | Fjord News Service</title>
<link rel="canonical" href="https://fjord-news.example/2025/06/editors-oslo-panel">
<meta property="og:site_name" content="Fjord News Service">
<meta property="og:title" content="${title}">
<meta name="author" content="Ingrid Solheim">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-06-18T09:30:00+02:00","author":{"@type":"Person","name":"Ingrid Solheim"}}</script>
<script>window.tracker = "should never be read";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/media">Media</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article><h1>${title}</h1>
${rest.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h2>Most read</h2><ul><li>Ferry timetable changes for the summer</li></ul></aside></main>
<footer>© Fjord News Service. All rights reserved.</footer>
</body></html>`;
}

/**
 * The report as a Markdown file an analyst might keep: the headline as a `#` heading, a byline
 * in italics, the first words of the text in bold, a link in the last paragraph.
 */
export function markdownOf(text: string): string {
  const [title, ...rest] = paragraphs(text);
  const body = rest.map((p, i) =>
    i === 0
      ? p.replace(/^(\S+ \S+)/, '**$1**')
      : i === rest.length - 1
        ? `${p} [More](https://example.org/more)`
        : p,
  );
  return [`# ${title}`, '', '*Filed by the desk*', '', ...body.flatMap((p) => [p, ''])].join('\n');
}

/** A page with navigation and scripts only. */
export const emptyHtmlPage = () =>
  '<!doctype html><html><head><title>Home</title><script>var a = 1;</script></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><footer>Contact us</footer></body></html>';

export interface Part {
  name: string;
  bytes: Buffer | string;
  field?: string;
}

/** A multipart/form-data body with the file names exactly as given (no client clean-up). */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----ingest-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    // A name with control characters travels RFC 5987-encoded, as a client has to send it.
    const filename = /\p{Cc}/u.test(part.name)
      ? `filename*=UTF-8''${encodeURIComponent(part.name)}`
      : `filename="${part.name}"`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field ?? 'files'}"; ${filename}\r\nContent-Type: application/octet-stream\r\n\r\n`,
        'utf8',
      ),
      Buffer.isBuffer(part.bytes) ? part.bytes : Buffer.from(part.bytes, 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
