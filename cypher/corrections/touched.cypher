// @name corrections-touched
// @title The elements corrections touch, as they are now
// @description The graph-model nodes with these ids and the relationships with these ids (with both ends), as they are in the graph now: read to name what each correction in the log touched, and after an undo to redraw what it gave back. An id not found is not in the graph (orphaned, or removed).
// @param nodes list - node ids
// @param rels list - relationship ids
// @returns nodes node[]
// @returns rels relationship[]
// @returns ends node[]
CALL () {
  OPTIONAL MATCH (n:Person|Organization|Event|Claim|Assertion|Article|Place|Topic)
  WHERE n.id IN $nodes
  RETURN collect(n) AS nodes
}
CALL () {
  OPTIONAL MATCH (a)-[r]->(b)
  WHERE r.id IN $rels
  RETURN collect(r) AS rels, collect(DISTINCT a) + collect(DISTINCT b) AS ends
}
RETURN nodes, rels, ends
