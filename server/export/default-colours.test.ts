/**
 * Exports drawn without the canvas's own colours (no `layout`) colour nodes as the canvas does:
 * GEXF's viz:color and the HTML viewer's palette both come from model/looks.ts.
 */
import { describe, it, expect } from 'vitest';
import { PassThrough } from 'node:stream';
import { NODE_LABELS } from '../../model/graph-document';
import { LABEL_LOOKS, OTHER_LOOK } from '../../model/looks';
import type { ExportGraph, ExportNode, ExportWriter } from './model';
import { gexfWriter } from './gexf-writer';
import { htmlWriter } from './html-writer';
import { parseColour } from './parse-colour';

const NODES: ExportNode[] = [
  { id: 'person:a', labels: ['Person'], properties: { name: 'A' } },
  { id: 'event:b', labels: ['Event'], properties: { name: 'B' } },
  { id: 'movie:c', labels: ['Movie'], properties: { name: 'C' } },
];

// eslint-disable-next-line @typescript-eslint/require-await -- an async generator is how a test makes an AsyncIterable from an array: nothing to await
async function* each<T>(items: T[]) {
  for (const item of items) yield item;
}

function graph(format: string): ExportGraph {
  return {
    meta: {
      format,
      exportedAt: '2026-12-01T00:00:00.000Z',
      source: { kind: 'nodeIds', nodeIds: NODES.map((n) => n.id), hops: 0 },
      generator: 'test',
    },
    schema: {
      nodeKeys: new Map([['name', 'string']]),
      relKeys: new Map(),
      labels: ['Event', 'Movie', 'Person'],
      types: [],
      mixedKeys: [],
      nodeCount: NODES.length,
      relCount: 0,
    },
    nodes: each(NODES),
    relationships: each([]),
    options: { formulaGuard: true },
  };
}

async function written(writer: ExportWriter): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writer.write(graph(writer.format), out);
  return Buffer.concat(chunks).toString('utf8');
}

function rgb(hex: string): string {
  const [r, g, b] = parseColour(hex)!;
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

describe('default export colours', () => {
  it('colour GEXF nodes by their label as the canvas does, other labels with the other look', async () => {
    const gexf = await written(gexfWriter);
    const colourOf = (id: string) =>
      new RegExp(`<node id="${id}"[^]*?(<viz:color[^>]*/>)`).exec(gexf)?.[1];
    expect(colourOf('person:a')).toBe(rgb(LABEL_LOOKS.Person.color));
    expect(colourOf('person:a')).toBe('<viz:color r="76" g="142" b="218"/>');
    expect(colourOf('event:b')).toBe('<viz:color r="242" g="157" b="56"/>');
    expect(colourOf('movie:c')).toBe(rgb(OTHER_LOOK.color));
  });

  it("give the HTML viewer the canvas's colour for every model label and the other look", async () => {
    const html = await written(htmlWriter);
    const data = /<script type="application\/json" id="graph-data">(.*?)<\/script>/s.exec(
      html,
    )![1]!;
    const palette = (JSON.parse(data) as { palette: Record<string, string> }).palette;
    expect(palette).toEqual(
      Object.fromEntries(NODE_LABELS.map((label) => [label, LABEL_LOOKS[label].color])),
    );
    expect(palette.Person).toBe('#4c8eda');
    expect(html).toContain(`palette[n.data.label] || '${OTHER_LOOK.color}'`);
  });
});
