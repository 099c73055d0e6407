// @name explorer-co-speaker-network
// @title Explorer: who spoke alongside whom
// @description Pairs of people (smaller id first) who spoke at the same events, with those events
// @description by date, optionally only events dated within [$from, $to] and only among some
// @description people ($ids). Heaviest pairs first;
// @description $limit caps the pairs.
// @param from string = null - ISO date, events on or after it
// @param to string = null - ISO date, events on or before it
// @param minShared integer = 1 - fewest shared events for a pair
// @param ids list = null - only pairs of these people (null: everyone)
// @param limit integer = 5001 - most pairs returned
// @returns a node
// @returns b node
// @returns events map[]
MATCH (a:Person)-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(b:Person)
WHERE a.id < b.id
  AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
WITH a, b, e
ORDER BY e.date, e.id
WITH a, b, collect(DISTINCT e {.id, .name, .date, .city}) AS events
WHERE size(events) >= $minShared
RETURN a, b, events
ORDER BY size(events) DESC, a.id, b.id
LIMIT $limit
