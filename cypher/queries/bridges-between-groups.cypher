// @name bridges-between-groups
// @title Bridges between two groups of speakers
// @description Who or what connects the speakers of one event with the speakers of another: people
// @description who spoke at both, and the people, events and organizations on the shortest paths
// @description (over SPOKE_AT, AFFILIATED_WITH, ORGANIZED) between the two groups.
// @param eventA string = "event:2017-09-14-geneva-side-event-7a5ab7ba" - the first group: speakers of this event
// @param eventB string = "event:2017-11-28-paris-conference-5bb85181" - the second group: speakers of this event
// @param maxHops integer = 4 - longest path considered
// @tags people, events, network
MATCH (a:Person)-[:SPOKE_AT]->(:Event {id: $eventA})
WITH collect(DISTINCT a) AS groupA
MATCH (b:Person)-[:SPOKE_AT]->(:Event {id: $eventB})
WITH groupA, collect(DISTINCT b) AS groupB
UNWIND groupA AS a
UNWIND groupB AS b
WITH a, b
WHERE a <> b
MATCH path = shortestPath((a)-[:SPOKE_AT|AFFILIATED_WITH|ORGANIZED*..10]-(b))
WHERE length(path) <= $maxHops
UNWIND nodes(path)[1..-1] AS bridge
WITH bridge, collect(DISTINCT a.name) AS fromGroupA, collect(DISTINCT b.name) AS toGroupB,
     collect(path) AS paths
WHERE NOT bridge:Event OR NOT bridge.id IN [$eventA, $eventB]
RETURN bridge.name AS bridge, labels(bridge)[0] AS kind,
       size(fromGroupA) * size(toGroupB) AS pairsConnected, fromGroupA, toGroupB, paths[..25] AS paths
ORDER BY pairsConnected DESC, bridge
