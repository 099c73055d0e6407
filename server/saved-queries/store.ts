/**
 * Saved queries in Neo4j as `:SavedQuery` nodes, through the named statements in
 * `cypher/saved-queries/`. Updates and deletes are optimistic: they name the version the
 * client edited and fail with 409 when someone saved in between, so nobody's edit is lost.
 * It does not check tokens (routes do) nor know the built-in library (library.ts).
 */
import neo4j, { type DateTime, type Integer, type Node } from 'neo4j-driver';
import type { Db } from '../../platform/neo4j/db';
import { readStatement, writeStatement } from '../../platform/neo4j/db';
import type { CypherLibrary, ParamSpec } from '../../platform/cypher/loader';
import { toPlain } from '../../platform/neo4j/values';
import { conflict, notFound } from '../errors';
import { newSavedQueryId, type SavedQuery, type SavedQueryInput } from './model';

/**
 * A `:SavedQuery` node's properties as the statements in cypher/saved-queries/ write them.
 * Read defensively all the same (a node may have been made by hand): texts go through String.
 */
interface StoredQuery {
  id: unknown;
  title?: string;
  description?: string;
  cypher?: string;
  /** The parameter specs, as JSON text. */
  params?: string;
  tags?: unknown;
  createdAt?: DateTime;
  updatedAt?: DateTime;
  version?: Integer;
}

function fromNode(node: Node): SavedQuery {
  const p = node.properties as StoredQuery;
  let params: ParamSpec[] = [];
  try {
    params = JSON.parse(String(p.params ?? '[]')) as ParamSpec[];
  } catch {
    params = [];
  }
  return {
    id: String(p.id),
    title: String(p.title ?? p.id),
    description: String(p.description ?? ''),
    cypher: String(p.cypher ?? ''),
    params,
    tags: Array.isArray(p.tags) ? p.tags.map(String) : [],
    createdAt: p.createdAt ? String(p.createdAt) : null,
    updatedAt: p.updatedAt ? String(p.updatedAt) : null,
    version: Number(toPlain(p.version) ?? 1),
    builtin: false,
  };
}

function statementParams(input: SavedQueryInput) {
  return {
    title: input.title,
    description: input.description,
    cypher: input.cypher,
    params: JSON.stringify(input.params),
    tags: input.tags,
  };
}

export interface SavedQueryStore {
  list(): Promise<SavedQuery[]>;
  get(id: string): Promise<SavedQuery>;
  create(input: SavedQueryInput, id?: string): Promise<SavedQuery>;
  update(id: string, version: number, input: SavedQueryInput): Promise<SavedQuery>;
  remove(id: string, version?: number): Promise<void>;
}

export function savedQueryStore(db: Db, cypher: CypherLibrary): SavedQueryStore {
  const get = async (id: string) => {
    const [record] = await readStatement(db, cypher.get('saved-query-get'), { id });
    if (!record) throw notFound(`saved query "${id}" does not exist (it may have been deleted)`);
    return fromNode(record.get('q'));
  };
  return {
    async list() {
      const records = await readStatement(db, cypher.get('saved-query-list'));
      return records.map((r) => fromNode(r.get('q')));
    },
    get,
    async create(input, id) {
      const [record] = await writeStatement(db, cypher.get('saved-query-create'), {
        id: id ?? newSavedQueryId(),
        ...statementParams(input),
      });
      return fromNode(record!.get('q'));
    },
    async update(id, version, input) {
      const [record] = await writeStatement(db, cypher.get('saved-query-update'), {
        id,
        version: neo4j.int(version),
        ...statementParams(input),
      });
      if (!record) throw notFound(`saved query "${id}" does not exist (it may have been deleted)`);
      const current = fromNode(record.get('q'));
      if (!record.get('applied')) {
        throw conflict(
          `saved query "${id}" was changed by someone else (now version ${current.version}, you edited version ${version}); reload it, then apply your edit again`,
          { currentVersion: current.version, current },
        );
      }
      return current;
    },
    async remove(id, version) {
      const [record] = await writeStatement(db, cypher.get('saved-query-delete'), {
        id,
        version: version === undefined ? null : neo4j.int(version),
      });
      if (!record) throw notFound(`saved query "${id}" does not exist (it may have been deleted)`);
      if (!record.get('applied')) {
        const seen = Number(toPlain(record.get('seen')));
        throw conflict(
          `saved query "${id}" was changed by someone else (now version ${seen}, you saw version ${version}); reload before deleting`,
          { currentVersion: seen },
        );
      }
    },
  };
}
