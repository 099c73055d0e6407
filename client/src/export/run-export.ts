/**
 * Performs one export the menu asked for: server formats through `POST /api/export` (with the
 * canvas layout for the formats that carry positions and colours), PNG and SVG drawn here.
 * Returns the file to save and a one-line summary; throws ApiError or Error with a message fit
 * to show. No DOM beyond what the image renderers need.
 */
import type { Core } from 'cytoscape';
import type { ExportContext } from './context';
import { layoutFromCy } from './context';
import { exportFileName } from '../../../model/export-file-name';
import { humanTime } from '../../../model/human-time';
import { renderPng } from './png-export';
import { renderSvg } from './svg-export';
import { fetchServerExport, type ServerFormat } from './server-export';

export type ExportFormat = ServerFormat | 'png' | 'svg';
export type ExportScope = 'selection' | 'visible' | 'query';

export interface ExportChoice {
  format: ExportFormat;
  scope: ExportScope;
  hops: number;
  /** Images: the whole graph or the viewport. */
  full: boolean;
  /** PNG: 1, 2 or 4. */
  scale: number;
  /** Images: draw the legend. */
  legend: boolean;
  /** Images: a source line under the picture ("From 7 articles, exported …"). */
  caption?: boolean;
}

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (re-openable exploration)',
  graphml: 'GraphML (Gephi, yEd, networkx)',
  gexf: 'GEXF with canvas positions and colours (Gephi)',
  csv: 'CSV zip (spreadsheets, neo4j-admin)',
  cypher: 'Cypher script (another Neo4j)',
  html: 'HTML viewer (one offline file)',
  png: 'PNG image',
  svg: 'SVG image (vectors)',
};

/** Formats that carry canvas positions and colours. */
const WITH_LAYOUT = new Set<ExportFormat>(['gexf', 'html', 'json']);

export function isImage(format: ExportFormat): format is 'png' | 'svg' {
  return format === 'png' || format === 'svg';
}

export interface ExportOutcome {
  fileName: string;
  blob: Blob;
  summary: string;
}

/**
 * "From 7 articles, exported 1 December 2026, 15:04 UTC": the articles are those the drawn
 * elements come from (the sources of the visible relationships, and articles drawn as nodes).
 */
export function sourceLine(cy: Core, now: Date): string {
  const articles = new Set<string>();
  cy.edges(':visible').forEach((edge) => {
    const article = edge.data('article') as unknown;
    if (typeof article === 'string' && article) articles.add(article);
  });
  cy.nodes('[label = "Article"]:visible').forEach((node) => void articles.add(node.id()));
  const from = `From ${articles.size} article${articles.size === 1 ? '' : 's'}`;
  return `${from}, exported ${humanTime(now)}, knowledge-graph explorer`;
}

export async function runExport(
  ctx: ExportContext,
  choice: ExportChoice,
  signal?: AbortSignal,
): Promise<ExportOutcome> {
  const cy = ctx.cy();
  const now = new Date();
  const legend = choice.legend ? ctx.legend() : [];
  const caption = choice.caption ? sourceLine(cy, now) : undefined;
  if (choice.format === 'png') {
    const png = await renderPng(cy, { full: choice.full, scale: choice.scale, legend, caption });
    const reduced = png.scale < choice.scale ? ` (reduced to ${png.scale.toFixed(2)}× to fit)` : '';
    return {
      fileName: exportFileName(now, 'png', choice.full ? 'canvas' : 'viewport'),
      blob: png.blob,
      summary: `PNG ${png.width} × ${png.height} px${reduced}`,
    };
  }
  if (choice.format === 'svg') {
    const nodes = cy.nodes(':visible').length;
    const svg = renderSvg(cy, {
      full: choice.full,
      legend,
      caption,
      title: `Graph ${choice.full ? 'canvas' : 'viewport'} ${now.toISOString()}`,
      description: JSON.stringify({
        exportedAt: now.toISOString(),
        area: choice.full ? 'full graph' : 'viewport',
        nodes,
        edges: cy.edges(':visible').length,
        generator: 'knowledge-graph-explorer',
      }),
    });
    return {
      fileName: exportFileName(now, 'svg', choice.full ? 'canvas' : 'viewport'),
      blob: new Blob([svg.svg], { type: 'image/svg+xml' }),
      summary: `SVG ${svg.width} × ${svg.height}, ${nodes} nodes`,
    };
  }
  const layout = WITH_LAYOUT.has(choice.format) ? layoutFromCy(cy) : undefined;
  let file;
  if (choice.scope === 'query') {
    const query = ctx.lastQuery();
    if (!query) throw new Error('export: no Cypher result yet: run a query first');
    file = await fetchServerExport(
      { format: choice.format, query, hops: choice.hops, name: query.title ?? 'query', layout },
      signal,
    );
  } else {
    const nodeIds = choice.scope === 'selection' ? ctx.selectionIds() : ctx.visibleIds();
    if (!nodeIds.length) {
      throw new Error(
        choice.scope === 'selection'
          ? 'export: nothing is selected: click nodes (Shift-click for several) or choose another scope'
          : 'export: the canvas is empty: draw something first',
      );
    }
    file = await fetchServerExport(
      {
        format: choice.format,
        nodeIds,
        ...(choice.hops === 0 && ctx.edgeIdsAmong ? { edgeIds: ctx.edgeIdsAmong(nodeIds) } : {}),
        hops: choice.hops,
        name: choice.scope === 'selection' ? 'selection' : 'canvas',
        layout,
      },
      signal,
    );
  }
  const counts =
    file.nodes === undefined
      ? ''
      : `: ${file.nodes} nodes, ${file.relationships ?? 0} relationships`;
  return {
    fileName: file.fileName,
    blob: file.blob,
    summary: `${choice.format.toUpperCase()}${counts}`,
  };
}
