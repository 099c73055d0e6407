/**
 * The few graph reads and writes every correction is made of, inside one write transaction:
 * read a node (with all its relationships) or a relationship by id, replace properties,
 * delete, create or restore. Labels and types in statement texts come from the graph model's
 * closed lists only (platform/load/templates.ts checks them); ids and values are parameters.
 * Not what each action does with them (actions.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherLibrary } from '../cypher/loader';
import { runInTransaction } from '../neo4j/db';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../model/graph-document';
import { nodeStatement, relationshipStatement, typeStatement } from '../load/templates';

export type Props = Record<string, unknown>;

export interface RelState {
  id: string;
  type: RelationshipType;
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  properties: Props;
}

export interface NodeState {
  id: string;
  label: NodeLabel;
  properties: Props;
  relationships: RelState[];
}

const modelLabel = (labels: string[]): NodeLabel | undefined =>
  labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));

const isRelationshipType = (type: string): type is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly string[]).includes(type);

/**
 * The type a relationship id starts with (`SPOKE_AT:person:x->event:y`): every id the builder
 * and the corrections write does, and a lookup by type seeks the type's id index
 * (cypher/schema.cypher) where an untyped one scans every relationship. Undefined: not an id
 * of the graph model.
 */
const typeOfId = (id: string): RelationshipType | undefined => {
  const type = id.slice(0, id.indexOf(':'));
  return isRelationshipType(type) ? type : undefined;
};

export class GraphOps {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly cypher: CypherLibrary,
  ) {}

  private async run(text: string, params: Props) {
    return (await this.tx.run(text, params)).records;
  }

  async node(id: string): Promise<NodeState | undefined> {
    const [record] = (
      await runInTransaction(this.tx, this.cypher.get('correction-node-state'), { id })
    ).records;
    if (!record) return undefined;
    const label = modelLabel(record.get('labels'));
    if (!label) return undefined;
    const relationships: RelState[] = [];
    for (const r of record.get('relationships')) {
      const otherLabel = modelLabel(r.otherLabels);
      // Model relationships all carry ids and join nodes with ids; anything else is not ours.
      if (!otherLabel || !isRelationshipType(r.type) || r.id === null || r.other === null) continue;
      relationships.push(
        r.out
          ? {
              id: r.id,
              type: r.type,
              from: id,
              fromLabel: label,
              to: r.other,
              toLabel: otherLabel,
              properties: r.properties,
            }
          : {
              id: r.id,
              type: r.type,
              from: r.other,
              fromLabel: otherLabel,
              to: id,
              toLabel: label,
              properties: r.properties,
            },
      );
    }
    return { id, label, properties: record.get('properties'), relationships };
  }

  async rel(id: string): Promise<RelState | undefined> {
    const type = typeOfId(id);
    if (!type) return undefined;
    const statement = this.cypher.get('correction-rel-state');
    const [record] = (
      await runInTransaction(
        this.tx,
        { ...statement, text: typeStatement(statement.text, type) },
        { id },
      )
    ).records;
    if (!record) return undefined;
    const fromLabel = modelLabel(record.get('fromLabels'));
    const toLabel = modelLabel(record.get('toLabels'));
    const from = record.get('from');
    const to = record.get('to');
    if (!fromLabel || !toLabel || from === null || to === null) return undefined;
    return {
      id,
      type,
      from,
      fromLabel,
      to,
      toLabel,
      properties: record.get('properties'),
    };
  }

  async article(id: string): Promise<{ text: string; events: string[] } | undefined> {
    const [record] = (
      await runInTransaction(this.tx, this.cypher.get('correction-article'), { id })
    ).records;
    if (!record) return undefined;
    return { text: record.get('text') ?? '', events: record.get('events') };
  }

  async setNode(label: NodeLabel, id: string, properties: Props): Promise<void> {
    const text = nodeStatement(this.cypher.get('correction-set-node').text, label);
    await this.run(text, { id, properties });
  }

  async setRel(id: string, properties: Props): Promise<void> {
    const type = typeOfId(id);
    if (type)
      await this.run(typeStatement(this.cypher.get('correction-set-rel').text, type), {
        id,
        properties,
      });
  }

  async deleteRel(id: string): Promise<void> {
    const type = typeOfId(id);
    if (type)
      await this.run(typeStatement(this.cypher.get('correction-delete-rel').text, type), { id });
  }

  async deleteNode(label: NodeLabel, id: string): Promise<void> {
    await this.run(nodeStatement(this.cypher.get('correction-delete-node').text, label), { id });
  }

  async createNode(label: NodeLabel, properties: Props): Promise<void> {
    const text = nodeStatement(this.cypher.get('correction-create-node').text, label);
    await this.run(text, { id: properties.id, properties });
  }

  /** False when an end is missing (a restored relationship whose other end is gone). */
  async createRel(rel: RelState): Promise<boolean> {
    const text = relationshipStatement(
      this.cypher.get('correction-create-rel').text,
      rel.type,
      rel.fromLabel,
      rel.toLabel,
    );
    const [record] = await this.run(text, {
      from: rel.from,
      to: rel.to,
      properties: { ...rel.properties, id: rel.id },
    });
    return Number(record?.get('created') ?? 0) > 0;
  }
}
