/**
 * Turns Neo4j values (nodes, relationships, paths, and lists or maps of them in any nesting)
 * into Cytoscape elements, the one graph shape the API returns. Identity is the model's string
 * `id` property, never Neo4j's internal element id. A relationship's provenance property
 * `source` (the article id) is renamed `article`, because Cytoscape reserves `source` for the
 * edge's start node. Scalars are left to the caller's table.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { plainProperties, type Plain } from '../../platform/neo4j/values';
import { displayName } from '../../model/display-name';
import { primaryLabel } from '../../model/labels';

export interface NodeData {
  id: string;
  /** The node's model label (Person, Event, …); `labels` has all of them. */
  label: string;
  labels: string[];
  name: string;
  [key: string]: Plain;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  [key: string]: Plain;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

/** How a node without an `id` property is named: this prefix and its Neo4j element id. */
export const ELEMENT_ID_PREFIX = 'neo4j-element:';

export function nodeId(node: Node): string {
  const id: unknown = node.properties.id;
  // Nodes outside the model (made by hand in an external database) may lack `id`.
  return typeof id === 'string' && id ? id : `${ELEMENT_ID_PREFIX}${node.elementId}`;
}

export function nodeData(node: Node): NodeData {
  const properties = plainProperties(node.properties);
  const id = nodeId(node);
  return {
    ...properties,
    id,
    label: primaryLabel(node.labels),
    labels: [...node.labels],
    name: displayName(properties, id),
  };
}

/** A relationship's model id, else one made of its type and ends (as the canvas names it). */
export function edgeId(rel: Relationship, sourceId: string, targetId: string): string {
  return typeof rel.properties.id === 'string' && rel.properties.id
    ? rel.properties.id
    : `${rel.type}:${sourceId}->${targetId}`;
}

export function edgeData(rel: Relationship, sourceId: string, targetId: string): EdgeData {
  const { source: article, ...properties } = plainProperties(rel.properties);
  const id = edgeId(rel, sourceId, targetId);
  return {
    ...properties,
    ...(article !== undefined ? { article } : {}),
    id,
    source: sourceId,
    target: targetId,
    type: rel.type,
  };
}

/**
 * Collects graph values from result rows. Relationships whose end nodes were not returned are
 * remembered by element id so the caller can fetch those nodes (`missingNodeElementIds`).
 */
export class ElementCollector {
  private nodes = new Map<string, NodeData>();
  private idByElementId = new Map<string, string>();
  private rels = new Map<string, Relationship>();

  add(value: unknown): void {
    if (value === null || value === undefined) return;
    if (isNode(value)) {
      const data = nodeData(value);
      this.idByElementId.set(value.elementId, data.id);
      this.nodes.set(data.id, data);
    } else if (isRelationship(value)) {
      this.rels.set(value.elementId, value);
    } else if (isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) {
        this.add(segment.relationship);
        this.add(segment.end);
      }
    } else if (Array.isArray(value)) {
      for (const inner of value) this.add(inner);
    } else if (typeof value === 'object' && value.constructor === Object) {
      for (const inner of Object.values(value)) this.add(inner);
    }
  }

  /** The model id and name of a collected node, by its Neo4j element id (for table cells). */
  nodeRefOf(elementId: string): { id: string; name: string } | undefined {
    const id = this.idByElementId.get(elementId);
    const node = id === undefined ? undefined : this.nodes.get(id);
    return node && { id: node.id, name: node.name };
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  get edgeCount(): number {
    return this.rels.size;
  }

  missingNodeElementIds(): string[] {
    const missing = new Set<string>();
    for (const rel of this.rels.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) {
        if (!this.idByElementId.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  toElements(): Elements {
    const edges: { data: EdgeData }[] = [];
    for (const rel of this.rels.values()) {
      const source = this.idByElementId.get(rel.startNodeElementId);
      const target = this.idByElementId.get(rel.endNodeElementId);
      if (source && target) edges.push({ data: edgeData(rel, source, target) });
    }
    return { nodes: [...this.nodes.values()].map((data) => ({ data })), edges };
  }
}
