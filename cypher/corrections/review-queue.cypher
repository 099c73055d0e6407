// @name corrections-review-queue
// @title The review queue
// @description Extracted facts an analyst has not yet confirmed or changed, lowest extraction confidence first: speaker edges (SPOKE_AT), claims (CLAIMED) and articles marked needsReview (confidence 0, their reasons as evidence), each with its evidence, the article it comes from and its curationVersion (sent back with the decision, so one made meanwhile answers 409).
// @param limit integer = 50 - most items returned
// @returns total integer
// @returns item map?
// @returns sourceTitle string?
CALL () {
  MATCH (p:Person)-[r:SPOKE_AT]->(e:Event)
  WHERE r.curation IS NULL
  RETURN 'speaker' AS kind, r.id AS id, 'relationship' AS target,
         toFloat(coalesce(r.confidence, 0)) AS confidence,
         p.name + ' spoke at ' + coalesce(e.name, e.id) + ' as ' + coalesce(r.role, 'speaker') AS title,
         coalesce(r.evidence, '') AS evidence, r.source AS source,
         r.evidenceStart AS evidenceStart, r.evidenceEnd AS evidenceEnd,
         coalesce(r.curationVersion, 0) AS version
  UNION ALL
  MATCH (p:Person)-[r:CLAIMED]->(c:Claim)
  WHERE r.curation IS NULL
  RETURN 'claim' AS kind, r.id AS id, 'relationship' AS target,
         toFloat(coalesce(r.confidence, 0)) AS confidence,
         p.name + ' claimed: ' + left(coalesce(c.text, ''), 160) AS title,
         coalesce(r.evidence, '') AS evidence, r.source AS source,
         r.evidenceStart AS evidenceStart, r.evidenceEnd AS evidenceEnd,
         coalesce(r.curationVersion, 0) AS version
  UNION ALL
  MATCH (a:Article)
  WHERE a.needsReview = true AND a.curation IS NULL
  RETURN 'article' AS kind, a.id AS id, 'node' AS target, 0.0 AS confidence,
         'Article needs review: ' + coalesce(a.title, a.id) AS title,
         reduce(s = '', x IN coalesce(a.reviewReasons, []) | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x) AS evidence,
         a.id AS source, null AS evidenceStart, null AS evidenceEnd,
         coalesce(a.curationVersion, 0) AS version
}
WITH kind, id, target, confidence, title, evidence, source, evidenceStart, evidenceEnd, version
ORDER BY confidence, kind, id
WITH collect({kind: kind, id: id, target: target, confidence: confidence, title: title,
  evidence: evidence, source: source, evidenceStart: evidenceStart, evidenceEnd: evidenceEnd,
  version: version}) AS queue
UNWIND CASE WHEN size(queue) = 0 THEN [null] ELSE queue[0..toInteger($limit)] END AS item
OPTIONAL MATCH (a:Article {id: item.source})
RETURN size(queue) AS total, item, a.title AS sourceTitle
