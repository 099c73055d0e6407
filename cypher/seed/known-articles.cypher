// @name seed-known-articles
// @title Articles an ingest already holds
// @description Of the ids a new document's articles could have been given before, those whose article in the graph holds one of the given texts: the ingest gives such a text the same id again, whatever order its batch comes in.
// @param ids list - the candidate article ids
// @returns id string
// @returns text string
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.text IS NOT NULL
RETURN a.id AS id, a.text AS text
