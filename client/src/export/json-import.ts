/**
 * Reads a JSON export back into Cytoscape elements (opening a saved exploration). Accepts the
 * export's `{meta, elements: {nodes, edges}}`, a bare `{nodes, edges}`, or Cytoscape's
 * `cy.json().elements`; checks that every node has an id and every edge its ends, and drops
 * edges whose ends are missing. Pure: no DOM, so the server's round-trip suite uses it too.
 */

export interface ImportedElements {
  nodes: { data: Record<string, unknown> & { id: string }; position?: { x: number; y: number } }[];
  edges: { data: Record<string, unknown> & { id: string; source: string; target: string } }[];
  meta?: Record<string, unknown>;
  /** Edges dropped because an end node is not in the file. */
  dropped: number;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJsonExport(text: string): ImportedElements {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`import: the file is not JSON (${(error as Error).message})`);
  }
  if (!isObject(parsed)) throw new ImportError('import: expected a JSON object with elements');
  const elements = isObject(parsed.elements) ? parsed.elements : parsed;
  const rawNodes = elements.nodes;
  const rawEdges = elements.edges ?? [];
  if (!Array.isArray(rawNodes) || !Array.isArray(rawEdges)) {
    throw new ImportError('import: expected "nodes" and "edges" lists (a graph JSON export)');
  }
  const nodes: ImportedElements['nodes'] = [];
  const ids = new Set<string>();
  for (const [index, node] of rawNodes.entries()) {
    const data = isObject(node) && isObject(node.data) ? node.data : undefined;
    if (!data || typeof data.id !== 'string' || !data.id) {
      throw new ImportError(`import: node ${index} has no data.id`);
    }
    const position = isObject(node) && isObject(node.position) ? node.position : undefined;
    nodes.push({
      data: data as ImportedElements['nodes'][number]['data'],
      ...(position && typeof position.x === 'number' && typeof position.y === 'number'
        ? { position: { x: position.x, y: position.y } }
        : {}),
    });
    ids.add(data.id);
  }
  const edges: ImportedElements['edges'] = [];
  let dropped = 0;
  for (const [index, edge] of rawEdges.entries()) {
    const data = isObject(edge) && isObject(edge.data) ? edge.data : undefined;
    if (!data || typeof data.source !== 'string' || typeof data.target !== 'string') {
      throw new ImportError(`import: edge ${index} has no data.source/data.target`);
    }
    if (!ids.has(data.source) || !ids.has(data.target)) {
      dropped += 1;
      continue;
    }
    const id = typeof data.id === 'string' && data.id ? data.id : `edge-${index}`;
    edges.push({ data: { ...data, id } as ImportedElements['edges'][number]['data'] });
  }
  const meta = isObject(parsed.meta) ? parsed.meta : undefined;
  return { nodes, edges, ...(meta ? { meta } : {}), dropped };
}
