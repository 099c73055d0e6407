// @name explorer-co-speaker-circle
// @title Explorer: one person and the people who spoke alongside them
// @description The person's id and the ids of everyone who spoke at (SPOKE_AT) at least $minShared
// @description of the same events, optionally only events dated within [$from, $to]: the node set
// @description of the co-speaker network around that person.
// @param eid string - element id of the Person
// @param from string = null - ISO date, events on or after it
// @param to string = null - ISO date, events on or before it
// @param minShared integer = 1 - fewest shared events
// @returns person string
// @returns others string[]
MATCH (p:Person)
WHERE elementId(p) = $eid
OPTIONAL MATCH (p)-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(o:Person)
WHERE o <> p
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
WITH p, o, count(DISTINCT e) AS shared
WHERE o IS NULL OR shared >= $minShared
RETURN p.id AS person, [id IN collect(o.id) WHERE id IS NOT NULL] AS others
