/**
 * Runs each explorer request once right after start-up, so that an analyst's first clicks do not
 * pay for Neo4j planning every statement and compiling its code paths. Measured on a fresh start
 * of the seeded corpus: the first overview took 3.1 s, the first node details 3.4 s, the first
 * search 1.6 s, against 0.05–0.25 s for the same calls right after.
 *
 * It goes through the same functions the routes call, with ids taken from the graph itself (the
 * first view's events, people and organizations), so it warms whatever the database holds. It
 * runs in the background while the server already answers, one call at a time, and never
 * fails the start: a call that fails is logged and the rest go on.
 */
import type { CypherLibrary } from '../platform/cypher/loader';
import type { Logger } from '../platform/logger';
import { readStatement, type Db } from '../platform/neo4j/db';
import { overview } from './explorer/overview';
import { search } from './explorer/search';
import { nodeDetails } from './explorer/node-details';
import { neighbors } from './explorer/neighbors';
import { timeline } from './explorer/timeline';
import { coSpeakers } from './explorer/co-speakers';
import { shortestPaths } from './explorer/paths';
import { articleText } from './explorer/article';
import { DEFAULT_CYPHER_LIMITS, runUserQuery } from './cypher/run-user-query';

export interface WarmUpReport {
  calls: number;
  failed: number;
  ms: number;
}

export async function warmUp(db: Db, cypher: CypherLibrary, log: Logger): Promise<WarmUpReport> {
  const started = performance.now();
  let calls = 0;
  let failed = 0;
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T | undefined> => {
    calls += 1;
    try {
      return await run();
    } catch (error) {
      failed += 1;
      log.debug('warm-up call failed', { what, error: String(error) });
      return undefined;
    }
  };

  const finish = () => {
    const report = { calls, failed, ms: Math.round(performance.now() - started) };
    log.info('warmed up the explorer queries', { ...report });
    return report;
  };
  const first = await call('overview', () => overview(db, cypher, {}));
  // Without the first view there is nothing to pick ids from, and Neo4j is most likely away.
  if (!first) return finish();
  const nodes = first.elements.nodes.map((n) => n.data);
  const byLabel = (label: string) => nodes.find((n) => n.label === label);
  const people = nodes.filter((n) => n.label === 'Person');
  const picked = [byLabel('Event'), people[0], byLabel('Organization'), byLabel('Place')].filter(
    (n) => n !== undefined,
  );

  await call('timeline', () => timeline(db, cypher, {}));
  await call('co-speakers', () => coSpeakers(db, cypher, {}));
  await call('schema', () => readStatement(db, cypher.get('workbench-schema')));
  await call('cypher', () =>
    runUserQuery('MATCH (n) RETURN n LIMIT 1', {}, { db, cypher, limits: DEFAULT_CYPHER_LIMITS }),
  );
  for (const node of picked) {
    await call('search', () => search(db, cypher, { q: node.name }));
    await call('node details', () => nodeDetails(db, cypher, node.id));
    const around = await call('neighbours', () => neighbors(db, cypher, node.id, {}));
    const article = around?.elements.nodes.find((n) => n.data.label === 'Article');
    if (article) await call('article', () => articleText(db, cypher, article.data.id));
  }
  if (people[0]) {
    const person = people[0].id;
    await call('co-speakers of', () => coSpeakers(db, cypher, { person }));
    if (people[1])
      await call('paths', () => shortestPaths(db, cypher, { from: person, to: people[1]!.id }));
  }
  return finish();
}
