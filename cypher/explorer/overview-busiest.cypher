// @name explorer-overview-busiest
// @title Explorer: the busiest events and the most active people, for the summary
// @description The $events events with the most speakers and the $people people who spoke at
// @description the most events, optionally only events dated within [$from, $to]; with the
// @description SPOKE_AT relationships among them and the events' HELD_IN places. Degrees come
// @description from Neo4j's degree store (COUNT of one node's relationships), not a traversal.
// @param events integer = 20 - busiest events returned
// @param people integer = 30 - most active people returned
// @param from string = null - ISO date, events on or after it
// @param to string = null - ISO date, events on or before it
// @returns events node[]
// @returns people node[]
// @returns links [relationship, node, node][]
CALL () {
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH e, COUNT { (e)<-[:SPOKE_AT]-(:Person) } AS speakers
  ORDER BY speakers DESC, e.date, e.id
  LIMIT $events
  RETURN collect(e) AS events
}
CALL () {
  MATCH (p:Person)-[:SPOKE_AT]->(e:Event)
  WHERE ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH p, count(DISTINCT e) AS spoke
  ORDER BY spoke DESC, p.id
  LIMIT $people
  RETURN collect(p) AS people
}
CALL (events, people) {
  UNWIND events AS e
  OPTIONAL MATCH (e)-[r:HELD_IN]->(place:Place)
  WITH e, r, place
  WHERE r IS NOT NULL
  RETURN collect([r, e, place]) AS places
}
CALL (events, people) {
  UNWIND people AS p
  MATCH (p)-[r:SPOKE_AT]->(e:Event)
  WHERE e IN events
  RETURN collect([r, p, e]) AS spoke
}
RETURN events, people, places + spoke AS links
