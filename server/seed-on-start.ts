/**
 * Loads the bundled corpus when the database has no articles yet, so a fresh `npm start`
 * shows a graph. An existing graph is never touched.
 */
import type { Db } from './neo4j/db';
import type { Logger } from './logger';

export async function seedIfEmpty(db: Db, log: Logger): Promise<void> {
  const { records } = await db.driver.executeQuery(
    'MATCH (a:Article) RETURN count(a) AS n',
    {},
    { database: db.database },
  );
  const count = Number(records[0]?.get('n') ?? 0);
  if (count > 0) {
    log.info('graph already seeded', { articles: count });
    return;
  }
  log.info('graph is empty; the corpus loader is not wired in yet');
}
