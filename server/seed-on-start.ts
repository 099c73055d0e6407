/**
 * Loads the bundled corpus when the database has no articles yet, so a fresh `npm start`
 * shows a graph. An existing graph is never touched (use `npm run seed` to refresh it). It reads
 * the prebuilt corpus document (platform/load/corpus-document.ts): no extraction runs here.
 * Either way, analysts' corrections not in effect (after a reset, or a load cut short) are
 * replayed over the graph (docs/corrections.md).
 */
import type { Db } from '../platform/neo4j/db';
import { readStatement } from '../platform/neo4j/db';
import type { CypherLibrary } from '../platform/cypher/loader';
import type { Logger } from '../platform/logger';
import { startStep } from '../platform/progress';
import { readCorpusGraph } from '../platform/load/corpus-document';
import { loadGraphDocument } from '../platform/load/load-graph';
import { correctionEngine } from '../platform/corrections/engine';

export async function seedIfEmpty(db: Db, cypher: CypherLibrary, log: Logger): Promise<void> {
  await loadCorpusIfEmpty(db, cypher, log);
  const replayed = await correctionEngine(db, cypher).replay();
  if (replayed.applied + replayed.orphaned > 0) log.info('corrections replayed', { ...replayed });
}

async function loadCorpusIfEmpty(db: Db, cypher: CypherLibrary, log: Logger): Promise<void> {
  const [record] = await readStatement(db, cypher.get('seed-count-articles'));
  const count = Number(record?.get('articles') ?? 0);
  if (count > 0) {
    log.info('graph already seeded', { articles: count });
    return;
  }
  const step = startStep('Loading the bundled corpus into the empty graph');
  try {
    const summary = await loadGraphDocument(db, cypher, await readCorpusGraph(), {
      onProgress: ({ done, total }) => step.update(`${done}/${total} elements`),
    });
    const created = (t: Record<string, { created: number }>) =>
      Object.values(t).reduce((sum, x) => sum + x.created, 0);
    step.done(
      `${summary.articles} articles, ${created(summary.nodes)} nodes, ${created(summary.relationships)} relationships`,
    );
  } catch (error) {
    step.fail();
    throw error;
  }
}
