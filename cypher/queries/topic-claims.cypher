// @name topic-claims
// @title Claims about a topic and who made them
// @description Every claim the articles attribute to someone about a topic: who claimed it, where,
// @description and the article it comes from. A claim is what someone said, not a fact.
// @param topicId string = "topic:international-justice" - the topic's id
// @tags claims, topics, people
MATCH (topic:Topic {id: $topicId})<-[about:ABOUT]-(claim:Claim)
OPTIONAL MATCH claimed = (person:Person)-[:CLAIMED]->(claim)
OPTIONAL MATCH madeAt = (claim)-[:MADE_AT]->(event:Event)
RETURN person.name AS claimedBy, claim.text AS claim, event.name AS event,
       about.source AS article, topic, about, claimed, madeAt
ORDER BY claimedBy, event
