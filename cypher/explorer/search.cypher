// @name explorer-search
// @title Explorer: full-text search over names and aliases (and events by city)
// @description Ranked hits from the `entity_names` full-text index for a Lucene query the server
// @description builds from the user's words (escaped), keeping only the requested labels, with
// @description what the result list shows beside each name.
// @param query string - Lucene query (built and escaped by server/explorer/lucene.ts)
// @param words list - the query's words, lower-cased (for Assertion text)
// @param labels list - labels to keep
// @param candidates integer = 200 - hits read from the index before filtering by label
// @param limit integer = 10 - hits returned
// @returns id string
// @returns labels string[]
// @returns name string
// @returns aliases string[]?
// @returns score float
// @returns context map
// @returns claims integer
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates})
  YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score
  UNION
  // Assertions have only `text`, which entity_names does not index: they are few, so scan.
  MATCH (node:Assertion)
  WHERE 'Assertion' IN $labels AND any(w IN $words WHERE toLower(node.text) CONTAINS w)
  RETURN node, toFloat(size([w IN $words WHERE toLower(node.text) CONTAINS w])) AS score
  UNION
  // Events by the city they were held in ("Geneva"): few, and the city is not indexed.
  MATCH (node:Event)
  WHERE 'Event' IN $labels AND toLower(node.city) IN $words
  RETURN node, 2.0 AS score
}
// A node found twice (an event by its name and by its city) keeps its better score, once.
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN
  node.id AS id,
  labels(node) AS labels,
  coalesce(node.name, node.title, node.text, node.id) AS name,
  node.aliases AS aliases,
  score,
  node {.titles, .kind, .date, .city, .published, .country} AS context,
  COUNT { (node)<-[:ABOUT|ASSERTS]-(:Claim) } AS claims
