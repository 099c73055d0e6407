/**
 * Reads of the graph as extracted, without the analysts' corrections, that write nothing: one
 * transaction reverts every applied correction (newest first, exactly as `revert` does, with
 * the same before-states), the reads run inside it, and it is rolled back. Other sessions never
 * see the reverted state. The preview of an ingest batch reads its lookups here, so it is
 * prepared against the same graph the job is prepared against (the job reverts the corrections
 * for real around its write, docs/corrections.md). Not for writing: whatever runs here is
 * undone. The engine opens it inside its queue, so no correction is made while it is open.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { CypherStatement } from '../cypher/loader';
import type { CypherLibrary } from '../cypher/loader';
import type { Db } from '../neo4j/db';
import { revertCorrection, type Before } from './actions';
import { GraphOps } from './graph-ops';

export interface ExtractedView {
  /** Runs a read statement against the extracted graph; the view opens at the first read. */
  read: (
    statement: CypherStatement,
    params: Record<string, unknown>,
  ) => Promise<Record<string, unknown>[]>;
  /** Rolls the transaction back (nothing was written) and lets the next correction through. */
  close: () => Promise<void>;
}

/** Thrown inside the transaction's work to end it by rolling back; never leaves this module. */
class Rollback extends Error {}

/** Long enough for a batch's lookups, short enough that a forgotten view frees its locks. */
const VIEW_TIMEOUT_MS = 120_000;

/**
 * `enter` runs the view's whole life as one item of the correction engine's queue; `applied`
 * answers the before-states of the corrections in effect, newest first.
 */
export function extractedView(
  db: Db,
  cypher: CypherLibrary,
  enter: (work: () => Promise<void>) => Promise<void>,
  applied: () => Promise<Before[]>,
): ExtractedView {
  let opened: Promise<ManagedTransaction> | undefined;
  let lived: Promise<void> = Promise.resolve();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));

  const open = () =>
    (opened ??= new Promise<ManagedTransaction>((resolve, reject) => {
      lived = enter(async () => {
        const session = db.driver.session({
          database: db.database,
          defaultAccessMode: neo4j.session.WRITE,
        });
        try {
          await session.executeWrite(
            async (tx) => {
              const ops = new GraphOps(tx, cypher);
              for (const before of await applied()) await revertCorrection(ops, before);
              resolve(tx);
              await released;
              throw new Rollback('roll back the extracted view');
            },
            {
              timeout: VIEW_TIMEOUT_MS,
              metadata: { app: 'explorer', statement: 'extracted-view' },
            },
          );
        } catch (error) {
          if (!(error instanceof Rollback))
            reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          await session.close();
        }
      });
    }));

  return {
    read: async (statement, params) => {
      const tx = await open();
      const result = await tx.run(statement.text, params);
      return result.records.map((r) => r.toObject() as Record<string, unknown>);
    },
    close: async () => {
      release();
      await lived;
    },
  };
}
