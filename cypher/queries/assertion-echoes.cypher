// @name assertion-echoes
// @title Who repeats an assertion, where and first
// @description Claims that assert the same thing (e.g. a casualty figure or a call for an inquiry),
// @description by event date, so the first to say it and those who echo it stand out.
// @param assertionId string = "assertion:international-commission-of-inquiry" - the assertion's id
// @tags claims, assertions, timeline
MATCH (assertion:Assertion {id: $assertionId})<-[asserts:ASSERTS]-(claim:Claim)
OPTIONAL MATCH claimed = (person:Person)-[:CLAIMED]->(claim)
OPTIONAL MATCH madeAt = (claim)-[:MADE_AT]->(event:Event)
RETURN event.date AS date, person.name AS claimedBy, event.name AS event, claim.quote AS quote,
       asserts, claimed, madeAt
ORDER BY date, claimedBy
