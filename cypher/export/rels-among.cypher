// @name export-rels-among
// @title Export: relationships among nodes
// @description Every relationship whose start and end nodes are both in the list, with the end
// @description nodes' ids and labels (not their properties).
// @param eids list - Element ids of the exported nodes
// @returns r relationship
// @returns startId string?
// @returns startLabels string[]
// @returns endId string?
// @returns endLabels string[]
UNWIND $eids AS eid
MATCH (a)-[r]->(b)
WHERE elementId(a) = eid AND elementId(b) IN $eids
RETURN r, a.id AS startId, labels(a) AS startLabels, b.id AS endId, labels(b) AS endLabels
