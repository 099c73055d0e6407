// @name export-rel-schema
// @title Export: property keys, types and count of relationships
// @description Every key with the types of its values, every type, and the count.
// @param reids list - Element ids of the exported relationships
// @returns keyTypes [string?, string?][]
// @returns types string[]
// @returns count integer
UNWIND $reids AS reid
MATCH ()-[r]->()
WHERE elementId(r) = reid
CALL (r) {
  UNWIND keys(r) AS key
  RETURN collect([key, valueType(r[key])]) AS pairs
}
WITH r, pairs
UNWIND (pairs + [[null, null]]) AS pair
RETURN collect(DISTINCT pair) AS keyTypes, collect(DISTINCT type(r)) AS types, count(DISTINCT r) AS count
