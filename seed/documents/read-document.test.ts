import { describe, it, expect } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { readDocument } from './read-document';
import { assertZipWithinBudget, zipEntries } from './zip-guard';
import { docxOf, htmlPageOf, pdfOf, wireText } from '../../test/support/ingest-documents';

const REPORT = wireText('04-press-freedom-panel.txt');
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('readDocument', () => {
  it('reads a web page to its article alone, headline first, with its provenance', async () => {
    const page = await readDocument('oslo.html', Buffer.from(htmlPageOf(REPORT)));
    expect(page.format).toBe('html');
    expect(paragraphs(page.text)).toEqual(paragraphs(REPORT));
    for (const furniture of ['cookies', 'Most read', 'Home', 'tracker', 'All rights reserved'])
      expect(page.text).not.toContain(furniture);
    expect(page.meta).toEqual({
      title: 'Editors warn of shrinking newsrooms at Oslo panel',
      url: 'https://fjord-news.example/2025/06/editors-oslo-panel',
      site: 'Fjord News Service',
      author: 'Ingrid Solheim',
      published: '2025-06-18',
    });
  });

  it("rebuilds a PDF's paragraphs from its text layer", async () => {
    const pdf = await readDocument('oslo.pdf', await pdfOf(REPORT, 'Oslo panel'));
    expect(pdf.format).toBe('pdf');
    const ascii = (p: string) =>
      p.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-');
    expect(paragraphs(pdf.text)).toEqual(paragraphs(REPORT).map(ascii));
    expect(pdf.meta?.title).toBe('Oslo panel');
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const docx = await readDocument('oslo.docx', await docxOf(REPORT));
    expect(docx.format).toBe('docx');
    expect(paragraphs(docx.text)).toEqual(paragraphs(REPORT));
  });

  it('reads a PDF named .txt as the PDF it is', async () => {
    const pdf = await readDocument('oslo.txt', await pdfOf(REPORT));
    expect(pdf.format).toBe('pdf');
  });
});

describe('the zip-bomb guard', () => {
  it('refuses an entry that inflates past the size it declares, stopping at that size', () => {
    // One stored entry of 10 MB of zeros that claims to be 1 KB.
    const data = deflateRawSync(Buffer.alloc(10 * 1024 * 1024));
    const name = Buffer.from('word/document.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(1024, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(1024, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const cdOffset = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    const entries = zipEntries(zip);
    expect(entries?.map((e) => [e.name, e.size])).toEqual([['word/document.xml', 1024]]);
    expect(() => assertZipWithinBudget('lying.docx', zip, entries ?? [])).toThrow(
      expect.objectContaining({ code: 'zip-bomb', file: 'lying.docx' }),
    );
  });
});
