// @name explorer-overview
// @title Explorer: events with their speakers, organizers and places
// @description The first view: every event by date, with its SPOKE_AT, ORGANIZED and HELD_IN
// @description relationships and the nodes at their other end (the caller caps the node count).
// @returns e node
// @returns links [relationship?, node?][]
MATCH (e:Event)
OPTIONAL MATCH (e)-[r:SPOKE_AT|ORGANIZED|HELD_IN]-(m)
WITH e, r, m
ORDER BY type(r), coalesce(m.name, m.id)
RETURN e, collect([r, m]) AS links
ORDER BY e.date, e.id
