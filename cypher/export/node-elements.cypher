// @name export-node-elements
// @title Export: element ids of nodes by model id
// @description The nodes whose `id` is in the list, as element ids, for the export to expand and read.
// @param ids list - Model ids (e.g. "person:rama-yade")
// @returns eid string
MATCH (n)
WHERE n.id IN $ids
RETURN elementId(n) AS eid
