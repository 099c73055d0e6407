/**
 * Corrections as :Correction nodes and their effect on the graph, for both apps: the server's
 * routes (create, list, undo, import) and the loaders (`revertCorrections` before a load,
 * `replayCorrections` after it). Applied corrections always form a prefix of their order
 * (`seq`): revert walks newest first, replay oldest first, each correction in a transaction of
 * its own together with its state. Undo reverts from the newest down to the one undone and
 * re-applies the newer ones, so the graph is always "extraction + the remaining corrections".
 * Writes of one engine run one at a time (a queue), so two analysts never interleave.
 * See docs/corrections.md.
 */
import { randomBytes } from 'node:crypto';
import neo4j, { type ManagedTransaction, type Node } from 'neo4j-driver';
import { readStatement, runInTransaction, type Db } from '../neo4j/db';
import type { CypherLibrary } from '../cypher/loader';
import {
  CORRECTION_ACTIONS,
  type CorrectionAction,
  type CorrectionInput,
  type CorrectionRecord,
} from '../../model/corrections';
import {
  applyCorrection,
  correctionTargets,
  describeCorrection,
  revertCorrection,
  type Before,
  type CorrectionMeta,
} from './actions';
import { CorrectionError, badField } from './errors';
import { extractedView, type ExtractedView } from './extracted-view';
import { GraphOps } from './graph-ops';
import { removedBy } from './removed-by';
import { TargetNames, touchedIds, type Touched, type TouchedNow } from './touched';
import { decodeTyped, encodeTyped } from './typed-json';

interface Stored extends CorrectionRecord {
  before: Before | null;
}

/** The fields of an input, without the concurrency check (which is about one moment). */
function payloadOf(input: CorrectionInput): CorrectionInput {
  const { version: _version, ...payload } = input;
  return payload;
}

function fromNode(node: Node): Stored {
  const p = node.properties as Record<string, unknown>;
  const str = (value: unknown, otherwise: string) =>
    typeof value === 'string' ? value : otherwise;
  const payload = JSON.parse(str(p.payload, '{}')) as CorrectionInput;
  return {
    id: String(p.id),
    action: String(p.action) as CorrectionAction,
    payload,
    targets: Array.isArray(p.targets) ? p.targets.map(String) : [],
    author: str(p.author, 'local'),
    createdAt: str(p.createdAt, ''),
    seq: neo4j.isInt(p.seq) ? p.seq.toNumber() : Number(p.seq ?? 0),
    applied: p.applied === true,
    orphaned: p.orphaned === true,
    summary: describeCorrection(payload),
    touched: [],
    before: typeof p.before === 'string' ? decodeTyped<Before>(p.before) : null,
  };
}

const record = ({ before: _before, ...rest }: Stored): CorrectionRecord => rest;

/** A record with its targets named (and its summary in names) from `names`. */
function namedRecord(c: Stored, names: TargetNames): CorrectionRecord {
  // A rename reads best with the name it replaced: "rename Tom Syrin → "Tom Sirin"".
  const old =
    c.action === 'rename' && c.before?.kind === 'node-props' ? c.before.properties.name : null;
  const name = (id: string) =>
    typeof old === 'string' && id === c.payload.node ? old : names.name(id);
  return {
    ...record(c),
    touched: names.targets(c.targets),
    summary: describeCorrection(c.payload, name),
  };
}

export const newCorrectionId = () =>
  `cor-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

/** Checks what only the action decides: it is one of the ten, with the fields it needs. */
export function checkCorrectionInput(body: CorrectionInput): CorrectionInput {
  if (!(CORRECTION_ACTIONS as readonly string[]).includes(body.action))
    throw badField('action', `must be one of ${CORRECTION_ACTIONS.join(', ')}`, body.action);
  const need = (...fields: (keyof CorrectionInput)[]) => {
    for (const field of fields)
      if (body[field] === undefined) throw badField(field, `"${body.action}" needs "${field}"`);
  };
  switch (body.action) {
    case 'reject':
    case 'confirm':
      if ((body.relationship === undefined) === (body.node === undefined))
        throw badField('relationship', 'give exactly one of "relationship" and "node"');
      break;
    case 'set-role':
      need('relationship', 'role');
      break;
    case 'rename':
      need('node', 'name');
      break;
    case 'add-alias':
      need('node', 'alias');
      break;
    case 'merge':
      need('into', 'from');
      break;
    case 'add-speaker':
      need('event', 'person', 'role', 'article', 'evidenceStart', 'evidenceEnd');
      break;
    case 'add-claim':
      need('person', 'article', 'evidenceStart', 'evidenceEnd');
      if (typeof body.person !== 'string') throw badField('person', "give the person's id");
      break;
    case 'confirm-merge':
    case 'split':
      need('node', 'spelling');
      break;
  }
  return body;
}

export interface ReplayReport {
  applied: number;
  orphaned: number;
}

export interface ImportItem {
  id: string;
  payload: CorrectionInput;
  author: string;
  createdAt: string;
}

export interface CorrectionEngine {
  list(): Promise<CorrectionRecord[]>;
  /** Applies and stores one correction; CorrectionError when it cannot be made. */
  create(input: CorrectionInput, author: string): Promise<CorrectionRecord>;
  /**
   * Removes one correction and its effect (not_found for an unknown id); `touched` says which
   * elements it gave back or took away, for the client to redraw.
   */
  undo(id: string): Promise<{ undone: CorrectionRecord; touched: Touched }>;
  /** The graph as it is now for some touched ids. */
  touchedNow(touched: Touched): Promise<TouchedNow>;
  /** Applies every correction not in effect, in order; orphans those whose target is gone. */
  replay(): Promise<ReplayReport>;
  /** Reverts every applied correction, newest first: the graph is the extraction again. */
  revert(): Promise<number>;
  /**
   * Reads of the graph as `revert` would leave it, in a transaction rolled back at `close`:
   * nothing changes, and no correction is made until it is closed.
   */
  extractedView(): ExtractedView;
  /** Adds corrections from an export (ids already here are skipped), applying each. */
  import(items: ImportItem[]): Promise<{ created: CorrectionRecord[]; skipped: string[] }>;
}

const engines = new WeakMap<Db, CorrectionEngine>();

/**
 * The one engine of a database handle in this process: the correction routes and the ingest
 * jobs share it, so their writes queue behind each other instead of interleaving.
 */
export function sharedCorrectionEngine(db: Db, cypher: CypherLibrary): CorrectionEngine {
  let engine = engines.get(db);
  if (!engine) engines.set(db, (engine = correctionEngine(db, cypher)));
  return engine;
}

export function correctionEngine(db: Db, cypher: CypherLibrary): CorrectionEngine {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const write = async <T>(work: (tx: ManagedTransaction, ops: GraphOps) => Promise<T>) => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite((tx) => work(tx, new GraphOps(tx, cypher)), {
        timeout: 60_000,
        metadata: { app: 'explorer', statement: 'corrections' },
      });
    } finally {
      await session.close();
    }
  };
  const all = async (): Promise<Stored[]> => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) =>
        runInTransaction(tx, cypher.get('corrections-list')),
      );
      return result.records.map((r) => fromNode(r.get('c')));
    } finally {
      await session.close();
    }
  };
  const touchedNow = async (touched: Touched): Promise<TouchedNow> => {
    const [row] = await readStatement(db, cypher.get('corrections-touched'), touched);
    return {
      nodes: row?.get('nodes') ?? [],
      rels: row?.get('rels') ?? [],
      ends: row?.get('ends') ?? [],
    };
  };
  /** Records with names: one read for all of them (the log's names are resolved when read). */
  const named = async (list: Stored[]): Promise<CorrectionRecord[]> => {
    const nodes = new Set<string>();
    const rels = new Set<string>();
    for (const c of list) {
      const ids = touchedIds(c.payload, c.before);
      ids.nodes.forEach((id) => nodes.add(id));
      ids.rels.forEach((id) => rels.add(id));
    }
    const now = await touchedNow({ nodes: [...nodes], rels: [...rels] });
    const names = new TargetNames(
      now,
      list.map((c) => c.before),
    );
    return list.map((c) => namedRecord(c, names));
  };
  const setState = (tx: ManagedTransaction, c: Stored, before: Before | null, orphaned = false) =>
    tx.run(cypher.get('corrections-update-state').text, {
      id: c.id,
      applied: before !== null,
      orphaned,
      before: before === null ? null : encodeTyped(before),
    });
  const meta = (c: Pick<Stored, 'id' | 'author' | 'createdAt'>): CorrectionMeta => ({
    id: c.id,
    author: c.author,
    createdAt: c.createdAt,
  });
  /** Applies a stored correction in `tx`; a missing or unfit target makes it orphaned. */
  const tryApply = async (tx: ManagedTransaction, ops: GraphOps, c: Stored) => {
    try {
      const before = await applyCorrection(ops, c.payload, meta(c));
      await setState(tx, c, before);
      return true;
    } catch (error) {
      if (!(error instanceof CorrectionError)) throw error;
      await setState(tx, c, null, true);
      return false;
    }
  };
  /**
   * A versioned decision on an element another correction removed meanwhile is a conflict,
   * not a missing id: the analyst saw it, and the answer says who removed it and how.
   */
  const conflictIfRemoved = async (input: CorrectionInput, error: unknown): Promise<unknown> => {
    if (!(error instanceof CorrectionError) || error.code !== 'not_found') return error;
    if (input.version === undefined || typeof error.details.value !== 'string') return error;
    const id = error.details.value;
    const by = removedBy(await all(), id);
    if (!by) return error;
    return new CorrectionError(
      'conflict',
      `correction: "${id}" was removed by another correction since you saw it (${by.summary}, by ${by.author}); undo that one in the corrections log to decide again`,
      {
        id,
        version: null,
        current: null,
        removedBy: { id: by.id, action: by.action, author: by.author, createdAt: by.createdAt },
      },
    );
  };
  const store = async (
    tx: ManagedTransaction,
    c: ImportItem,
    before: Before | null,
  ): Promise<Stored> => {
    const result = await runInTransaction(tx, cypher.get('corrections-create'), {
      id: c.id,
      action: c.payload.action,
      targets: correctionTargets(c.payload),
      payload: JSON.stringify(payloadOf(c.payload)),
      author: c.author,
      createdAt: c.createdAt,
      applied: before !== null,
      orphaned: before === null,
      before: before === null ? null : encodeTyped(before),
    });
    return fromNode(result.records[0]!.get('n'));
  };

  return {
    list: async () => named((await all()).reverse()),
    touchedNow,

    create: (input, author) =>
      serial(async () => {
        const c = {
          id: newCorrectionId(),
          payload: input,
          author,
          createdAt: new Date().toISOString(),
        };
        try {
          const stored = await write(async (tx, ops) =>
            store(tx, c, await applyCorrection(ops, input, meta(c))),
          );
          return (await named([stored]))[0]!;
        } catch (error) {
          throw await conflictIfRemoved(input, error);
        }
      }),

    undo: (id) =>
      serial(async () => {
        const list = await all();
        const target = list.find((c) => c.id === id);
        if (!target)
          throw new CorrectionError(
            'not_found',
            `correction "${id}" does not exist (it may have been undone already)`,
            {
              parameter: 'id',
              value: id,
            },
          );
        const newer = list.filter((c) => c.seq > target.seq && c.applied);
        await write(async (tx, ops) => {
          for (const c of [...newer].reverse()) {
            await revertCorrection(ops, c.before!);
            await setState(tx, c, null);
          }
          if (target.applied) await revertCorrection(ops, target.before!);
          await tx.run(cypher.get('corrections-delete').text, { id });
          for (const c of newer) await tryApply(tx, ops, c);
        });
        const [undone] = await named([{ ...target, applied: false }]);
        return { undone: undone!, touched: touchedIds(target.payload, target.before) };
      }),

    replay: () =>
      serial(async () => {
        const report = { applied: 0, orphaned: 0 };
        for (const c of await all()) {
          if (c.applied) continue;
          const ok = await write((tx, ops) => tryApply(tx, ops, c));
          if (ok) report.applied += 1;
          else report.orphaned += 1;
        }
        return report;
      }),

    revert: () =>
      serial(async () => {
        const applied = (await all()).filter((c) => c.applied).reverse();
        for (const c of applied)
          await write(async (tx, ops) => {
            await revertCorrection(ops, c.before!);
            await setState(tx, c, null, c.orphaned);
          });
        return applied.length;
      }),

    extractedView: () =>
      extractedView(db, cypher, serial, async () =>
        (await all())
          .filter((c) => c.applied)
          .reverse()
          .map((c) => c.before!),
      ),

    import: (items) =>
      serial(async () => {
        const known = new Set((await all()).map((c) => c.id));
        const created: Stored[] = [];
        const skipped: string[] = [];
        for (const item of items) {
          if (known.has(item.id)) {
            skipped.push(item.id);
            continue;
          }
          known.add(item.id);
          const payload = checkCorrectionInput(payloadOf(item.payload));
          created.push(
            await write(async (tx, ops) => {
              let before: Before | null = null;
              try {
                before = await applyCorrection(ops, payload, meta(item));
              } catch (error) {
                if (!(error instanceof CorrectionError)) throw error;
              }
              return store(tx, { ...item, payload }, before);
            }),
          );
        }
        return { created: await named(created), skipped };
      }),
  };
}
