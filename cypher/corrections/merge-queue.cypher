// @name corrections-merge-queue
// @title People and organizations the resolver made of several spellings
// @description Every Person or Organization with merge records (`merges`, one JSON text per spelling, see model/merge-records.ts), with its curationVersion and curation status and the articles its relationships come from (each with its title and the sentence that mentions the node there, where one does): the review queue lists the unsure merges from them, with the two names and their articles as evidence.
// @returns id string
// @returns label string
// @returns name string?
// @returns merges string[]
// @returns version integer
// @returns curation string?
// @returns articles {id: string, title: string?, evidence: string?}[]
MATCH (n:Person|Organization)
WHERE n.merges IS NOT NULL AND size(n.merges) > 0
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WITH DISTINCT r.source AS source
  WHERE source IS NOT NULL
  MATCH (a:Article {id: source})
  OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
  RETURN collect({id: a.id, title: a.title, evidence: m.evidence}) AS articles
}
RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Organization' END AS label,
       n.name AS name, n.merges AS merges, coalesce(n.curationVersion, 0) AS version,
       n.curation AS curation, articles
ORDER BY id
