// @name organizers-sharing-speakers
// @title Organizers who share speakers
// @description Pairs of organizers (organizations, or people reported as organizers) whose events
// @description had at least `minShared` speakers in common, with who those speakers are. Two
// @description co-sponsors of one event share all its speakers.
// @param minShared integer = 1 - how many shared speakers at least
// @tags organizations, people, events
MATCH (first)-[:ORGANIZED]->(:Event)<-[:SPOKE_AT]-(speaker:Person)
MATCH (speaker)-[:SPOKE_AT]->(:Event)<-[:ORGANIZED]-(second)
WHERE elementId(first) < elementId(second)
WITH first, second, collect(DISTINCT speaker) AS speakers
WHERE size(speakers) >= $minShared
MATCH talk = (speaker:Person)-[:SPOKE_AT]->(:Event)<-[:ORGANIZED]-(organizer)
WHERE speaker IN speakers AND organizer IN [first, second]
RETURN first.name AS organizer, second.name AS otherOrganizer, size(speakers) AS sharedSpeakers,
       [s IN speakers | s.name] AS speakers, collect(DISTINCT talk) AS talks
ORDER BY sharedSpeakers DESC, organizer, otherOrganizer
