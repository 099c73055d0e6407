/**
 * The HTML viewer's file as the writer makes it: the page title names the export and writes
 * its date out, each node keeps the canvas's position, colour and size, and the looks come in
 * the model's label order (the viewer's legend keeps it).
 */
import { describe, it, expect } from 'vitest';
import { PassThrough } from 'node:stream';
import { NODE_LABELS } from '../../model/graph-document';
import type { ExportGraph, ExportNode } from './model';
import { htmlWriter } from './html-writer';

const NODES: ExportNode[] = [
  { id: 'event:b', labels: ['Event'], properties: { name: 'Panel at the Hall' } },
  { id: 'person:a', labels: ['Person'], properties: { name: 'Ada' } },
];

// eslint-disable-next-line @typescript-eslint/require-await -- an async generator is how a test makes an AsyncIterable from an array: nothing to await
async function* each<T>(items: T[]) {
  for (const item of items) yield item;
}

async function page(layout?: ExportGraph['layout'], name?: string): Promise<string> {
  const graph: ExportGraph = {
    meta: {
      format: 'html',
      exportedAt: '2026-12-01T15:04:00.000Z',
      ...(name ? { name } : {}),
      source: { kind: 'nodeIds', nodeIds: NODES.map((n) => n.id), hops: 0 },
      generator: 'test',
    },
    schema: {
      nodeKeys: new Map([['name', 'string']]),
      relKeys: new Map(),
      labels: ['Event', 'Person'],
      types: [],
      mixedKeys: [],
      nodeCount: NODES.length,
      relCount: 0,
    },
    ...(layout ? { layout } : {}),
    nodes: each(NODES),
    relationships: each([]),
    options: { formulaGuard: true },
  };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await htmlWriter.write(graph, out);
  return Buffer.concat(chunks).toString('utf8');
}

interface Embedded {
  looks: Record<string, { size: number }>;
  elements: {
    nodes: { data: { id: string }; position?: unknown; colour?: string; size?: number }[];
  };
}
const embedded = (html: string) =>
  JSON.parse(
    /<script type="application\/json" id="graph-data">([^]*?)<\/script>/.exec(html)![1]!,
  ) as Embedded;

describe('HTML viewer file', () => {
  it('titles the page with what was exported and a written-out date', async () => {
    const html = await page(undefined, 'canvas');
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toBe(
      'Graph export (canvas), 1 December 2026, 15:04 UTC',
    );
    expect(/<title>([^<]*)<\/title>/.exec(await page())![1]).toBe(
      'Graph export, 1 December 2026, 15:04 UTC',
    );
  });

  it('keeps the canvas’s position, colour and size of each node', async () => {
    const { elements } = embedded(
      await page({
        'event:b': { x: 10, y: 20, color: '#ff0000', size: 48 },
        'person:a': { x: 30, y: 40, color: '#00ff00', size: Number.NaN },
      }),
    );
    const [event, person] = elements.nodes;
    expect(event).toMatchObject({ position: { x: 10, y: 20 }, colour: '#ff0000', size: 48 });
    expect(person).toMatchObject({ position: { x: 30, y: 40 }, colour: '#00ff00' });
    expect(person!.size).toBeUndefined();
  });

  it('gives every label a base size, in the model’s order', async () => {
    const { looks } = embedded(await page());
    expect(Object.keys(looks)).toEqual([...NODE_LABELS]);
    for (const look of Object.values(looks)) expect(look.size).toBeGreaterThan(0);
  });
});
