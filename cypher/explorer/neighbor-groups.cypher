// @name explorer-neighbor-groups
// @title Explorer: a node's relationships counted by type, direction and neighbour label
// @description For "N more" in the client: how many relationships of each type, direction and
// @description neighbour label touch the node, whatever filters a neighbours request used.
// @param eid string - element id of the node
// @param modelLabels list - model labels, most specific first
// @returns type string
// @returns direction "out" | "in"
// @returns label string
// @returns total integer
MATCH (n)
WHERE elementId(n) = $eid
MATCH (n)-[r]-(m)
WITH DISTINCT n, r, m
RETURN
  type(r) AS type,
  CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
  coalesce([l IN $modelLabels WHERE l IN labels(m)][0], labels(m)[0], 'Node') AS label,
  count(*) AS total
ORDER BY type, direction, label
