// @name explorer-links
// @title Explorer: relationships of some nodes, with the node at the other end
// @description Every relationship touching the given nodes (optionally only some types), the
// @description other node as a small projection (no Article text), and the title of the article
// @description named by the relationship's provenance `source`. The details panel is assembled
// @description from these rows.
// @param eids list - element ids of the nodes to describe
// @param types list = [] - relationship types to keep; empty keeps all
// @param limit integer = 100000 - most rows returned (the caller asks one more to detect a cut)
// @returns center string?
// @returns type string
// @returns out boolean
// @returns rel map
// @returns otherEid string
// @returns otherLabels string[]
// @returns other map
// @returns articleTitle string?
MATCH (n)
WHERE elementId(n) IN $eids
MATCH (n)-[r]-(m)
WHERE size($types) = 0 OR type(r) IN $types
OPTIONAL MATCH (article:Article {id: r.source})
RETURN
  n.id AS center,
  type(r) AS type,
  startNode(r) = n AS out,
  properties(r) AS rel,
  elementId(m) AS otherEid,
  labels(m) AS otherLabels,
  m {
    .id, .name, .title, .kind, .date, .city, .venue, .published, .country, .quote, .topics,
    .aliases, .titles,
    text: CASE WHEN m:Article THEN null ELSE m.text END
  } AS other,
  article.title AS articleTitle
ORDER BY center, type, otherEid
LIMIT $limit
