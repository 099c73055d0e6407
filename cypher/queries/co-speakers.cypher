// @name co-speakers
// @title Co-speakers of a person
// @description People who spoke at the same events as a given person, with the events they shared.
// @description "Alongside whom" is derived: two people with a SPOKE_AT edge to one event.
// @param personId string = "person:rama-yade" - the person's id (e.g. person:rama-yade)
// @tags people, events
MATCH path = (person:Person {id: $personId})-[:SPOKE_AT]->(event:Event)<-[:SPOKE_AT]-(other:Person)
WHERE other <> person
RETURN other.name AS coSpeaker, event.name AS event, event.date AS date, path
ORDER BY date, coSpeaker
