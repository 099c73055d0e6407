// @name explorer-speaker-event-counts
// @title Explorer: events each person spoke at, within a date range
// @description Number of distinct events per person (SPOKE_AT), optionally only events dated
// @description within [$from, $to].
// @param ids list - Person ids
// @param from string = null - ISO date, events on or after it
// @param to string = null - ISO date, events on or before it
// @returns id string
// @returns events integer
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:SPOKE_AT]->(e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
RETURN p.id AS id, count(DISTINCT e) AS events
