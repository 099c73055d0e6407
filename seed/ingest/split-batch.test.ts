import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractGraph } from '../extract/index';
import { assertValidGraphDocument } from '../../platform/load/validate-graph-document';
import { documentOfArticles } from './split-batch';

const WIRE = path.resolve(import.meta.dirname, '../fixtures/wire');
const FILES = ['01-water-summit.txt', '05-port-forum.txt', '07-rally-and-talks.txt'];

describe('documentOfArticles', () => {
  it('cuts a batch into valid documents, one per file, that together hold all of it', () => {
    const batch = extractGraph(
      FILES.map((name) => ({ name, text: fs.readFileSync(path.join(WIRE, name), 'utf8') })),
    );
    const parts = FILES.map((name) => {
      const ids = new Set(
        batch.nodes
          .filter((n) => n.label === 'Article' && n.properties.file === name)
          .map((n) => n.id),
      );
      expect(ids.size).toBe(1);
      return documentOfArticles(batch, ids, name);
    });
    for (const part of parts) expect(() => assertValidGraphDocument(part)).not.toThrow();
    const nodes = new Set(parts.flatMap((p) => p.nodes.map((n) => n.id)));
    const rels = new Set(parts.flatMap((p) => p.relationships.map((r) => r.id)));
    expect(nodes).toEqual(new Set(batch.nodes.map((n) => n.id)));
    expect(rels).toEqual(new Set(batch.relationships.map((r) => r.id)));
    // No relationship is written twice: each belongs to the file its evidence comes from.
    expect(parts.reduce((n, p) => n + p.relationships.length, 0)).toBe(batch.relationships.length);
  });
});
