// @name explorer-article-spans
// @title Explorer: evidence spans sourced from an article
// @description Every relationship whose provenance `source` is the article, with its evidence
// @description offsets and both end nodes, by start offset, for highlighting in the article text.
// @description Scans relationships by property (there is no relationship index on `source`).
// @param id string - the Article id
// @param limit integer = 5000 - most spans returned
// @returns start integer?
// @returns end integer?
// @returns relationship string
// @returns type string
// @returns fromNode map
// @returns fromLabels string[]
// @returns toNode map
// @returns toLabels string[]
MATCH (a)-[r]->(b)
WHERE r.source = $id AND r.evidenceStart IS NOT NULL AND r.evidenceEnd IS NOT NULL
RETURN
  r.evidenceStart AS start,
  r.evidenceEnd AS end,
  coalesce(r.id, type(r) + ':' + a.id + '->' + b.id) AS relationship,
  type(r) AS type,
  a {.id, .name, .title, text: CASE WHEN a:Article THEN null ELSE a.text END} AS fromNode,
  labels(a) AS fromLabels,
  b {.id, .name, .title, text: CASE WHEN b:Article THEN null ELSE b.text END} AS toNode,
  labels(b) AS toLabels
ORDER BY start, end, relationship
LIMIT $limit
