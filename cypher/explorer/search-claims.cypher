// @name explorer-search-claims
// @title Explorer: full-text search over claims
// @description Claims whose text or verbatim quote matches, best first, each with who claimed
// @description it, the event it was made at and the article that reports it.
// @param query string - Lucene query (built and escaped by server/explorer/lucene.ts)
// @param limit integer = 8 - claims returned
// @returns id string
// @returns text string?
// @returns quote string?
// @returns score float
// @returns speaker map?
// @returns event map?
// @returns article map?
CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit})
YIELD node, score
OPTIONAL MATCH (speaker:Person)-[:CLAIMED]->(node)
OPTIONAL MATCH (node)-[:MADE_AT]->(event:Event)
OPTIONAL MATCH (node)-[:REPORTED_IN]->(article:Article)
WITH node, score,
  collect(DISTINCT speaker {.id, .name}) AS speakers,
  collect(DISTINCT event {.id, .name, .date}) AS events,
  collect(DISTINCT article {.id, .title}) AS articles
ORDER BY score DESC, node.id
RETURN node.id AS id, node.text AS text, node.quote AS quote, score,
  speakers[0] AS speaker, events[0] AS event, articles[0] AS article
