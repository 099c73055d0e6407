/**
 * Cuts a graph document into load chunks. A chunk is one transaction: a run of whole articles
 * (each article's node, the relationships whose provenance is that article, and every node
 * those relationships touch that no earlier chunk wrote), filled until a size budget so that a
 * huge document does not hold a huge transaction in memory. Chunks commit in order, so a
 * chunk's relationships always find their endpoints; a person who spoke at a hundred events
 * is written once, not a hundred times. An interrupted load therefore leaves whole articles or
 * nothing of them, and a rerun (MERGE on ids) completes it. Within a chunk, nodes are grouped
 * by label and relationships by (type, start label, end label), each group a list of rows
 * for one UNWIND statement. Pure: no database here.
 */
import type {
  GraphDocument,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  RelationshipType,
} from '../../model/graph-document';
import { LoadError } from './errors';

export interface NodeGroup {
  label: NodeLabel;
  rows: { id: string; properties: Record<string, unknown> }[];
}

export interface RelationshipGroup {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  rows: { id: string; from: string; to: string; properties: Record<string, unknown> }[];
}

export interface LoadChunk {
  /** Article ids whose whole content this chunk holds. */
  articles: string[];
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  /** Nodes plus relationships in this chunk (shared nodes count once per chunk). */
  size: number;
}

/** Elements per transaction; whole articles are never split, so a chunk may exceed it. */
export const DEFAULT_CHUNK_ELEMENTS = 20_000;

/** Drops undefined values, which the driver would refuse. */
function cleanProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined) out[key] = value;
  return out;
}

class ChunkBuilder {
  readonly articles: string[] = [];
  /** Nodes written by this chunk or an earlier one of the same load. */
  constructor(private readonly nodeIds: Set<string>) {}
  private readonly nodes = new Map<NodeLabel, NodeGroup>();
  private readonly rels = new Map<string, RelationshipGroup>();
  size = 0;

  addNode(node: GraphNode): void {
    if (this.nodeIds.has(node.id)) return;
    this.nodeIds.add(node.id);
    let group = this.nodes.get(node.label);
    if (!group) this.nodes.set(node.label, (group = { label: node.label, rows: [] }));
    group.rows.push({ id: node.id, properties: cleanProperties(node.properties) });
    this.size += 1;
  }

  addRelationship(rel: GraphRelationship, from: GraphNode, to: GraphNode): void {
    this.addNode(from);
    this.addNode(to);
    const key = `${rel.type}|${from.label}|${to.label}`;
    let group = this.rels.get(key);
    if (!group)
      this.rels.set(key, (group = { type: rel.type, from: from.label, to: to.label, rows: [] }));
    group.rows.push({
      id: rel.id,
      from: rel.from,
      to: rel.to,
      properties: cleanProperties(rel.properties),
    });
    this.size += 1;
  }

  build(): LoadChunk {
    return {
      articles: this.articles,
      nodes: [...this.nodes.values()],
      relationships: [...this.rels.values()],
      size: this.size,
    };
  }
}

/**
 * Chunks in document order of articles. Relationships without an article of their own and
 * nodes no relationship touches go into the last chunk. Assumes a validated document (every
 * endpoint exists).
 */
export function planLoad(
  document: GraphDocument,
  chunkElements = DEFAULT_CHUNK_ELEMENTS,
): LoadChunk[] {
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const relsByArticle = new Map<string, GraphRelationship[]>();
  const orphanRels: GraphRelationship[] = [];
  for (const rel of document.relationships) {
    const source = rel.properties.source;
    if (byId.get(source)?.label === 'Article') {
      let list = relsByArticle.get(source);
      if (!list) relsByArticle.set(source, (list = []));
      list.push(rel);
    } else orphanRels.push(rel);
  }

  const chunks: LoadChunk[] = [];
  const placed = new Set<string>();
  const written = new Set<string>();
  let current = new ChunkBuilder(written);
  const flush = () => {
    if (current.size > 0) chunks.push(current.build());
    current = new ChunkBuilder(written);
  };
  const addRel = (rel: GraphRelationship) => {
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    if (!from || !to)
      throw new LoadError(
        `load: relationship "${rel.id}" points at "${from ? rel.to : rel.from}", which is not in the document`,
      );
    current.addRelationship(rel, from, to);
    placed.add(from.id);
    placed.add(to.id);
  };

  for (const node of document.nodes) {
    if (node.label !== 'Article') continue;
    const rels = relsByArticle.get(node.id) ?? [];
    if (current.size > 0 && current.size + rels.length + 1 > chunkElements) flush();
    current.articles.push(node.id);
    current.addNode(node);
    placed.add(node.id);
    for (const rel of rels) addRel(rel);
  }
  for (const rel of orphanRels) addRel(rel);
  for (const node of document.nodes) if (!placed.has(node.id)) current.addNode(node);
  flush();
  return chunks;
}
