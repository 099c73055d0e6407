// @name export-rel-schema-among
// @title Export: property keys, types and count of relationships among nodes
// @description Every key with the types of its values, every type, and the count, of the
// @description relationships whose both ends are in the list.
// @param eids list - Element ids of the exported nodes
// @returns keyTypes [string?, string?][]
// @returns types string[]
// @returns count integer
UNWIND $eids AS eid
MATCH (a)-[r]->(b)
WHERE elementId(a) = eid AND elementId(b) IN $eids
CALL (r) {
  UNWIND keys(r) AS key
  RETURN collect([key, valueType(r[key])]) AS pairs
}
WITH r, pairs
UNWIND (pairs + [[null, null]]) AS pair
RETURN collect(DISTINCT pair) AS keyTypes, collect(DISTINCT type(r)) AS types, count(DISTINCT r) AS count
