/**
 * `npm run ingest` reads the formats "Add articles" reads: a folder holding a saved web page,
 * a PDF and a Word document (invented reports, built here) is ingested into the run's shared
 * Neo4j by the command itself; each article keeps its file name and the page its provenance.
 * A bad file in the folder stops the command before anything is written, naming the file.
 * What it adds is removed afterwards.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphCounts, testDriver, testNeo4j } from './support/neo4j';
import { graphSnapshot } from './support/graph-snapshot';
import { runSeedCli } from './support/seed-cli';
import { docxOf, htmlPageOf, pdfOf, scannedPdf, wireText } from './support/ingest-documents';

const driver = testDriver();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-formats-'));
let snapshot: Awaited<ReturnType<typeof graphSnapshot>>;

beforeAll(async () => {
  snapshot = await graphSnapshot(driver);
  fs.mkdirSync(path.join(dir, 'good'));
  fs.writeFileSync(
    path.join(dir, 'good', 'oslo.html'),
    htmlPageOf(wireText('04-press-freedom-panel.txt')),
  );
  fs.writeFileSync(path.join(dir, 'good', 'port.pdf'), await pdfOf(wireText('05-port-forum.txt')));
  fs.writeFileSync(
    path.join(dir, 'good', 'gala.docx'),
    await docxOf(wireText('06-library-gala.txt')),
  );
  fs.writeFileSync(path.join(dir, 'good', 'notes.json'), '{"not": "an article"}');
  fs.mkdirSync(path.join(dir, 'bad'));
  fs.writeFileSync(path.join(dir, 'bad', 'a.txt'), wireText('07-rally-and-talks.txt'));
  fs.writeFileSync(path.join(dir, 'bad', 'scan.pdf'), await scannedPdf());
});

afterAll(async () => {
  await snapshot.restore();
  await driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('refuses a folder with a scanned PDF before writing anything, naming the file', async () => {
    const run = await runSeedCli(testNeo4j().uri, 'ingest', [path.join(dir, 'bad')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('scan.pdf');
    expect(run.stderr).toContain('no text layer');
    expect(await graphCounts(driver)).toEqual(snapshot.counts);
  }, 240_000);

  it('adds the HTML, PDF and Word files of a folder, keeping where each came from', async () => {
    const run = await runSeedCli(testNeo4j().uri, 'ingest', [path.join(dir, 'good')]);
    expect(run.code, run.stderr).toBe(0);
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.file IN $files RETURN a.file AS file, a.url AS url, a.site AS site ORDER BY file',
      { files: ['oslo.html', 'port.pdf', 'gala.docx', 'notes.json'] },
      { database: testNeo4j().database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { file: 'gala.docx', url: null, site: null },
      {
        file: 'oslo.html',
        url: 'https://fjord-news.example/2025/06/editors-oslo-panel',
        site: 'Fjord News Service',
      },
      { file: 'port.pdf', url: null, site: null },
    ]);
  }, 240_000);
});
