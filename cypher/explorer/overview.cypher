// @name explorer-overview
// @title Explorer: events with their speakers, organizers and places
// @description The first view: every event by date (optionally only those dated within
// @description [$from, $to]), with its SPOKE_AT, ORGANIZED and HELD_IN relationships and the
// @description nodes at their other end (the caller caps the node count). Events are taken
// @description first, so no more than $limit events can be shown: the others are not read, and
// @description the work no longer grows with the whole graph.
// @param limit integer = 500 - the caller's node cap
// @param from string = null - ISO date, events on or after it
// @param to string = null - ISO date, events on or before it
// @returns e node
// @returns links [relationship?, node?][]
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
WITH e
ORDER BY e.date, e.id
LIMIT $limit
OPTIONAL MATCH (e)-[r:SPOKE_AT|ORGANIZED|HELD_IN]-(m)
WITH e, r, m
ORDER BY type(r), coalesce(m.name, m.id)
RETURN e, collect([r, m]) AS links
ORDER BY e.date, e.id
