/**
 * A generated graph for the large-graph tests (docs/large-graphs.md), owned by the test that
 * creates it: 2,000 people and 400 events dated 1990 (the corpus is 2017), 14 speakers each,
 * held in one place; over 6,000 events and relationships, above the overview's summary
 * threshold. Ids start with `t17-`, so removing it leaves the seeded corpus as it was. Person 0
 * speaks at every other event, the most active of all; events 2, 86, 170, 254 and 338 fall on
 * 3 March.
 */
import type { Driver } from 'neo4j-driver';
import { testNeo4j } from './neo4j';

export const LARGE = { people: 2000, events: 400, speakers: 14 };

const run = (driver: Driver, query: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(query, params, { database: testNeo4j().database });

export async function createLargeGraph(driver: Driver): Promise<void> {
  await run(
    driver,
    `UNWIND range(0, $people - 1) AS i
     CREATE (:Person {id: 'person:t17-' + i, name: 'Delegate ' + i + ' Testfield'})`,
    { people: LARGE.people },
  );
  await run(driver, `CREATE (:Place {id: 'place:t17-city', name: 'Testville'})`);
  // Event i is in month i % 12 + 1 on day i % 28 + 1; its speakers are people
  // (i * 7 + k * 131) % people. (Numbers from JavaScript arrive as floats: toInteger keeps the
  // ids whole.)
  await run(
    driver,
    `MATCH (place:Place {id: 'place:t17-city'})
     UNWIND range(0, $events - 1) AS i
     CREATE (e:Event {id: 'event:t17-' + i, name: 'Hearing ' + i,
                      kind: CASE WHEN i % 4 = 0 THEN 'panel' ELSE 'conference' END,
                      date: date({year: 1990, month: i % 12 + 1, day: i % 28 + 1})})
     CREATE (e)-[:HELD_IN {source: 'article:t17', evidence: 'test', method: 'pattern', confidence: 1}]->(place)
     WITH e, i
     UNWIND range(0, $speakers - 1) AS k
     MATCH (p:Person {id: 'person:t17-' + CASE WHEN k = 0 AND i % 2 = 0 THEN 0 ELSE (i * 7 + k * 131) % toInteger($people) END})
     MERGE (p)-[:SPOKE_AT {source: 'article:t17', evidence: 'test', method: 'pattern', confidence: 1, role: 'speaker'}]->(e)`,
    { events: LARGE.events, speakers: LARGE.speakers, people: LARGE.people },
  );
}

export async function removeLargeGraph(driver: Driver): Promise<void> {
  await run(
    driver,
    `MATCH (n)
     WHERE n.id STARTS WITH 'person:t17-' OR n.id STARTS WITH 'event:t17-' OR n.id = 'place:t17-city'
     DETACH DELETE n`,
  );
}
