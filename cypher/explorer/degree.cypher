// @name explorer-degree
// @title Explorer: degree of a node by relationship type and direction
// @description Relationship counts of one node, by type and by whether the node is the start
// @description (`out`) or the end (`in`). Uses the node's degree store, no expansion.
// @param eid string - element id of the node (found by explorer-node-by-id)
// @returns type string
// @returns direction "out" | "in"
// @returns count integer
MATCH (n)
WHERE elementId(n) = $eid
MATCH (n)-[r]-()
WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
RETURN type, direction, count(*) AS count
ORDER BY count DESC, type, direction
