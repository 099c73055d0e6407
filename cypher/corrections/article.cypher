// @name correction-article
// @title An article's text and the events it reports
// @description For corrections that take a span of an article as evidence: the text to check the offsets against and cut the span from, and the events reported in it.
// @param id string - the article's id
// @returns text string?
// @returns events string[]
MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
RETURN a.text AS text, collect(e.id) AS events
