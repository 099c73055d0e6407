// @name seed-taken-ids
// @title Ids an ingest must not reuse
// @description Of a new document's article, event and claim ids, those the graph already gives to other content: an article id holding another text, an event or a claim reported by another article. The ingest mints other ids for its own, so separately ingested reports never merge by accident; ids that hold the same content (the same file ingested again) are not returned.
// @param articles list - [{id, text}] the document's articles
// @param events list - [{id, source}] the document's events and the article reporting each
// @param claims list - [{id, source}] the document's claims and their source article
// @returns id string
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
WHERE a.text IS NULL OR a.text <> row.text
RETURN a.id AS id
UNION
UNWIND $events AS row
MATCH (e:Event {id: row.id})
WHERE NOT EXISTS { (e)-[:REPORTED_IN]->(:Article {id: row.source}) }
RETURN e.id AS id
UNION
UNWIND $claims AS row
MATCH (c:Claim {id: row.id})
WHERE c.source IS NULL OR c.source <> row.source
RETURN c.id AS id
