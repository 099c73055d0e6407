import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';

// The import rules of docs/architecture.md, checked on every relative import of every
// TypeScript file: model/ imports nothing of ours, api/ only model/, platform/ only model/,
// seed/ also api/ (the ingest preview and worker messages it produces), and the apps
// (server/, client/, seed/) never import one another. The one way the server reaches seed/ is
// by starting the ingest worker by file path, checked below.
const ROOT = path.resolve(import.meta.dirname, '..');
const ALLOWED: Record<string, string[]> = {
  model: [],
  api: ['model'],
  platform: ['model'],
  server: ['model', 'api', 'platform'],
  client: ['model', 'api'],
  seed: ['model', 'platform', 'api'],
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(full);
    return /\.(?:ts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The forbidden imports of one file of `folder`. */
function importViolations(folder: string, file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const target = path.relative(ROOT, path.resolve(path.dirname(file), m[1] ?? ''));
    const top = target.split(path.sep)[0] ?? '';
    if (top === folder || !(top in ALLOWED) || ALLOWED[folder]?.includes(top)) continue;
    out.push(`${path.relative(ROOT, file)} imports ${target}`);
  }
  return out;
}

const violations = (folder: string) =>
  tsFiles(path.join(ROOT, folder)).flatMap((file) =>
    importViolations(folder, file, readFileSync(file, 'utf8')),
  );

describe('the import rules of docs/architecture.md', () => {
  for (const folder of Object.keys(ALLOWED)) {
    it(`hold for ${folder}/ (may import: ${ALLOWED[folder]?.join(', ') || 'nothing of ours'})`, () => {
      expect(violations(folder)).toEqual([]);
    });
  }

  it('let the server name seed/ only as the ingest worker it starts by path', () => {
    const mentions = tsFiles(path.join(ROOT, 'server')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"`](?:\.\.\/)+seed\/[^'"`]*['"`]/g)].map(
        (m) => `${path.relative(ROOT, file)}: ${m[0]}`,
      ),
    );
    expect(mentions).toEqual([
      "server/ingest/prepare-in-worker.ts: '../../seed/ingest/worker.mjs'",
    ]);
  });

  it('report a forbidden import, and only that one', () => {
    const file = path.join(ROOT, 'server', 'app.ts');
    const source = [
      // Written in pieces, so this file's own scan does not read them as its imports.
      `import { extractGraph } from ${"'"}../seed/extract/index';`,
      `import type { NodeLabel } from ${"'"}../model/labels';`,
      `import { openDatabase } from ${"'"}../platform/neo4j/open-database';`,
    ].join('\n');
    expect(importViolations('server', file, source)).toEqual([
      'server/app.ts imports seed/extract/index',
    ]);
  });
});
