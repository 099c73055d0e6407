// @name export-rels
// @title Export: relationships by element id
// @description The relationships, with their end nodes' ids and labels (not their properties).
// @param reids list - Element ids of relationships
// @returns r relationship
// @returns startId string?
// @returns startLabels string[]
// @returns endId string?
// @returns endLabels string[]
UNWIND $reids AS reid
MATCH (a)-[r]->(b)
WHERE elementId(r) = reid
RETURN r, a.id AS startId, labels(a) AS startLabels, b.id AS endId, labels(b) AS endLabels
