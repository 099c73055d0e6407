// @name explorer-co-speakers-of
// @title Explorer: one person's co-speakers
// @description People who spoke at (SPOKE_AT) an event the given person also spoke at, with the
// @description shared events by date; most shared events first.
// @param eid string - element id of the Person
// @returns person {id: string, name: string?}
// @returns events map[]
MATCH (p:Person)-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(o:Person)
WHERE elementId(p) = $eid AND o <> p
WITH o, e
ORDER BY e.date, e.id
WITH o, collect(DISTINCT e {.id, .name, .kind, .date, .city}) AS events
RETURN o {.id, .name} AS person, events
ORDER BY size(events) DESC, person.name, person.id
