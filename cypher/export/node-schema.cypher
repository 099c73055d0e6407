// @name export-node-schema
// @title Export: property keys, types and labels of nodes
// @description What the typed formats must declare before the first node: every key with the
// @description types of its values, and every label.
// @param eids list - Element ids of the exported nodes
// @returns keyTypes [string?, string?][]
// @returns labels string[]
UNWIND $eids AS eid
MATCH (n)
WHERE elementId(n) = eid
CALL (n) {
  UNWIND keys(n) AS key
  RETURN collect([key, valueType(n[key])]) AS pairs
}
UNWIND (pairs + [[null, null]]) AS pair
WITH pair, labels(n) AS ls
UNWIND (ls + [null]) AS label
RETURN collect(DISTINCT pair) AS keyTypes, collect(DISTINCT label) AS labels
