import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { assembleGraph, extractGraph } from './index';
import { InputError } from '../../platform/input-error';
import { analyzeFiles } from './parallel-analyze';
import type { SourceFile } from './split';

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const texts = [
  fixture('../fixtures/articles/ottawa-panel.txt'),
  fixture('../fixtures/articles/madrid-and-brussels.txt'),
  fixture('../../test/fixtures/ingest/orchard-meeting.txt'),
  fixture('../../test/fixtures/ingest/archive-panel.txt'),
];
// Ten files, so the worker pool is used (fewer run in this thread).
const files: SourceFile[] = Array.from({ length: 10 }, (_, i) => ({
  name: `report-${i}.txt`,
  text: `${texts[i % texts.length] ?? ''}\n\nThis is report number ${i} of the series.\n`,
}));

describe('analyzeFiles', () => {
  it('gives, on worker threads, the very document a single-threaded extraction gives', async () => {
    const progress: number[] = [];
    const analyzed = await analyzeFiles(files, {
      workers: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(JSON.stringify(assembleGraph(analyzed))).toBe(JSON.stringify(extractGraph(files)));
    expect(progress.at(-1)).toBe(files.length);
  }, 60_000);

  it('reports the input error of a bad file, naming it', async () => {
    const bad = [...files.slice(0, 9), { name: 'blank.txt', text: '   \n' }];
    await expect(analyzeFiles(bad, { workers: 2 })).rejects.toThrow(InputError);
    await expect(analyzeFiles(bad, { workers: 2 })).rejects.toThrow(/blank\.txt/);
  }, 60_000);
});
