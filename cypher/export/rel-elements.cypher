// @name export-rel-elements
// @title Export: relationships among nodes, by the ids the canvas gives them
// @description Element ids of the relationships among the nodes whose id is in the list: the
// @description `id` property, else TYPE:startId->endId as the API names a relationship without
// @description one. So an export of the canvas holds the relationships drawn, not every one
// @description between the nodes drawn.
// @param eids list - Element ids of the exported nodes
// @param ids list - Relationship ids, as the canvas has them
// @returns reid string
UNWIND $eids AS eid
MATCH (a)-[r]->(b)
WHERE elementId(a) = eid AND elementId(b) IN $eids
  AND coalesce(r.id, type(r) + ':' + a.id + '->' + b.id) IN $ids
RETURN elementId(r) AS reid
