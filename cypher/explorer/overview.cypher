// @name explorer-overview
// @title Explorer: events with their speakers, organizers and places
// @description The first view: every event by date, with its SPOKE_AT, ORGANIZED and HELD_IN
// @description relationships and the nodes at their other end (the caller caps the node count).
// @description Events are taken first, so no more than $limit events can be shown: the others
// @description are not read, and the work no longer grows with the whole graph.
// @param limit integer = 500 - the caller's node cap
// @returns e node
// @returns links [relationship?, node?][]
MATCH (e:Event)
WITH e
ORDER BY e.date, e.id
LIMIT $limit
OPTIONAL MATCH (e)-[r:SPOKE_AT|ORGANIZED|HELD_IN]-(m)
WITH e, r, m
ORDER BY type(r), coalesce(m.name, m.id)
RETURN e, collect([r, m]) AS links
ORDER BY e.date, e.id
