// @name multi-city-speakers
// @title People who spoke in several cities
// @description People reported speaking at events held in at least `minPlaces` different places
// @description (cities; a place's country is used when the graph has it), with the trail of talks.
// @param minPlaces integer = 2 - how many different places at least
// @tags people, events, places
MATCH talk = (person:Person)-[:SPOKE_AT]->(event:Event)-[:HELD_IN]->(place:Place)
WITH person, collect(DISTINCT place.name) AS places, collect(talk) AS talks,
     collect(DISTINCT coalesce(place.country, place.name)) AS regions
WHERE size(regions) >= $minPlaces
RETURN person.name AS person, size(regions) AS placeCount, places, talks
ORDER BY placeCount DESC, person
