/**
 * Reads the subgraph to export from Neo4j, inside ONE read transaction: resolves what the
 * request names (node ids, or a read-only Cypher query's result, optionally expanded by N
 * hops) to element ids, runs the schema pre-pass, then hands the writers two record streams
 * (nodes, then relationships) pulled lazily from the driver. The app holds element ids only,
 * never the properties of more than one batch of records. It does not write any format.
 */
import neo4j, {
  isNode,
  isPath,
  isRelationship,
  type Node,
  type Relationship,
  type Result,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { runInTransaction, type Db } from '../../platform/neo4j/db';
import type { CypherLibrary, RowOf } from '../../platform/cypher/loader';
import { ELEMENT_ID_PREFIX, nodeId } from '../graph/elements';
import { primaryLabel } from '../../model/labels';
import { AppError, invalidArgument } from '../errors';
import type {
  ExportNode,
  ExportRel,
  ExportSourceInfo,
  GraphSchema,
  KeyTypes,
  PropType,
} from './model';
import { fromValueType, mergeTypes } from './typed-values';

export interface ExportLimits {
  maxNodes: number;
  maxRelationships: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ExportLimits = {
  maxNodes: 200_000,
  maxRelationships: 1_000_000,
  timeoutMs: 300_000,
};

export interface OpenSubgraph {
  schema: GraphSchema;
  nodes: AsyncIterable<ExportNode>;
  relationships: AsyncIterable<ExportRel>;
  /** Commits (read-only) and closes the session; safe to call twice. */
  close(): Promise<void>;
}

/**
 * The label a Cypher pattern MATCHes or MERGEs a node on (the primary label, so importers use
 * its id index), or '' for a node without labels: a pattern must not invent one for it.
 */
export function patternLabel(labels: readonly string[]): string {
  return labels.length ? primaryLabel(labels) : '';
}

function endId(id: unknown, elementId: string): string {
  return typeof id === 'string' && id ? id : `${ELEMENT_ID_PREFIX}${elementId}`;
}

function exportNode(node: Node): ExportNode {
  return { id: nodeId(node), labels: [...node.labels], properties: node.properties };
}

function relId(rel: Relationship, start: string, end: string): string {
  const id: unknown = rel.properties.id;
  return typeof id === 'string' && id ? id : `${rel.type}:${start}->${end}`;
}

async function* relStream(rows: Result<RowOf<'export-rels'>>) {
  for await (const record of rows) {
    const rel = record.get('r');
    const start = endId(record.get('startId'), rel.startNodeElementId);
    const end = endId(record.get('endId'), rel.endNodeElementId);
    yield {
      id: relId(rel, start, end),
      type: rel.type,
      start,
      end,
      startLabel: patternLabel(record.get('startLabels')),
      endLabel: patternLabel(record.get('endLabels')),
      properties: rel.properties,
    } satisfies ExportRel;
  }
}

/** `[key, valueType]` pairs as the export-*-schema statements return them. */
type KeyTypeRows = [string | null, string | null][];

/** Folds `[key, valueType]` pairs into one type per key; keys seen with clashing types are mixed. */
function keyTypes(pairs: KeyTypeRows, mixed: Set<string>): KeyTypes {
  const types: KeyTypes = new Map();
  for (const [key, valueType] of pairs) {
    if (key === null || valueType === null) continue;
    const type: PropType = fromValueType(valueType) ?? 'string';
    const seen = types.get(key);
    if (!seen) {
      types.set(key, type);
      continue;
    }
    // An empty list reads as LIST<NOTHING>: let a typed list win.
    if (valueType.includes('NOTHING')) continue;
    if (seen.endsWith('[]') && type.endsWith('[]') && seen === 'string[]') {
      types.set(key, type);
      continue;
    }
    const merged = mergeTypes(seen, type);
    if (merged) types.set(key, merged);
    else {
      types.set(key, 'string');
      mixed.add(key);
    }
  }
  return types;
}

/** Element ids of the nodes and relationships a user query returned, in first-seen order. */
async function queryElements(
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
  limits: ExportLimits,
): Promise<{ nodes: Set<string>; rels: Set<string> }> {
  const nodes = new Set<string>();
  const rels = new Set<string>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) nodes.add(value.elementId);
    else if (isRelationship(value)) {
      rels.add(value.elementId);
      nodes.add(value.startNodeElementId);
      nodes.add(value.endNodeElementId);
    } else if (isPath(value)) {
      visit(value.start);
      for (const segment of value.segments) {
        visit(segment.relationship);
        visit(segment.end);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value.constructor === Object) Object.values(value).forEach(visit);
    if (nodes.size > limits.maxNodes || rels.size > limits.maxRelationships) {
      throw tooLarge(nodes.size, rels.size, limits);
    }
  };
  try {
    for await (const record of tx.run(query, params)) {
      for (const value of record.values()) visit(value);
    }
  } catch (error) {
    throw userQueryError(error);
  }
  return { nodes, rels };
}

function tooLarge(nodes: number, rels: number, limits: ExportLimits): AppError {
  return new AppError(
    'payload_too_large',
    `export: the subgraph has ${nodes} nodes and ${rels} relationships, more than the limits ` +
      `(${limits.maxNodes} nodes, ${limits.maxRelationships} relationships): export a smaller selection or fewer hops`,
    { nodes, relationships: rels, ...limits },
  );
}

/** A user's Cypher error comes back as a 400 with Neo4j's message; a timeout as 504. */
export function userQueryError(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = (error as Error | null)?.message ?? String(error);
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated')) {
    return new AppError('timeout', 'export: the query ran out of time', { neo4jCode: code });
  }
  if (
    code.startsWith('Neo.ClientError.Statement') ||
    code.includes('AccessMode') ||
    code.includes('Forbidden')
  ) {
    return invalidArgument(`export: the query failed: ${message}`, { neo4jCode: code });
  }
  return error;
}

/**
 * Opens a read transaction and resolves the selection. Errors in the selection (unknown ids
 * are not errors: they export nothing) surface here, before any byte is written.
 */
export async function openSubgraph(
  db: Db,
  cypher: CypherLibrary,
  source: ExportSourceInfo,
  limits: ExportLimits = DEFAULT_LIMITS,
): Promise<OpenSubgraph> {
  const session: Session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  });
  let tx: Transaction | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      if (tx?.isOpen()) await tx.rollback();
    } finally {
      await session.close();
    }
  };
  try {
    tx = session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: 'explorer', statement: 'export' },
    });
    const t = tx;

    let seeds: string[];
    let relIds: string[] | undefined;
    if (source.kind === 'query') {
      const found = await queryElements(t, source.query!, source.params ?? {}, limits);
      seeds = [...found.nodes];
      if (source.hops === 0) relIds = [...found.rels];
    } else {
      const result = await runInTransaction(t, cypher.get('export-node-elements'), {
        ids: source.nodeIds ?? [],
      });
      seeds = result.records.map((r) => r.get('eid'));
      if (source.edgeIds && source.hops === 0) {
        const rels = await runInTransaction(t, cypher.get('export-rel-elements'), {
          eids: seeds,
          ids: source.edgeIds,
        });
        relIds = rels.records.map((r) => r.get('reid'));
      }
    }
    let eids = seeds;
    if (source.hops > 0 && seeds.length) {
      const expanded = await runInTransaction(t, cypher.get('export-expand'), {
        eids: seeds,
        hops: neo4j.int(source.hops),
      });
      eids = expanded.records.map((r) => r.get('eid'));
    }
    if (eids.length > limits.maxNodes) throw tooLarge(eids.length, 0, limits);

    const mixed = new Set<string>();
    const nodeSchema = (await runInTransaction(t, cypher.get('export-node-schema'), { eids }))
      .records[0];
    const relSchema = (
      relIds
        ? await runInTransaction(t, cypher.get('export-rel-schema'), { reids: relIds })
        : await runInTransaction(t, cypher.get('export-rel-schema-among'), { eids })
    ).records[0];
    const relCount = relSchema?.get('count').toNumber() ?? 0;
    if (relCount > limits.maxRelationships) throw tooLarge(eids.length, relCount, limits);
    const schema: GraphSchema = {
      nodeKeys: keyTypes(nodeSchema?.get('keyTypes') ?? [], mixed),
      relKeys: keyTypes(relSchema?.get('keyTypes') ?? [], mixed),
      labels: [...(nodeSchema?.get('labels') ?? [])].sort(),
      types: [...(relSchema?.get('types') ?? [])].sort(),
      mixedKeys: [...mixed].sort(),
      nodeCount: eids.length,
      relCount,
    };

    async function* nodes(): AsyncGenerator<ExportNode> {
      for await (const record of runInTransaction(t, cypher.get('export-nodes'), { eids })) {
        yield exportNode(record.get('n'));
      }
    }
    const relationships = relIds
      ? relStream(runInTransaction(t, cypher.get('export-rels'), { reids: relIds }))
      : relStream(runInTransaction(t, cypher.get('export-rels-among'), { eids }));
    return { schema, nodes: nodes(), relationships, close };
  } catch (error) {
    await close();
    throw error;
  }
}
