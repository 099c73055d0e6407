// @name correction-rel-state
// @title A relationship by its id, with its endpoints
// @description Correction template: __TYPE__ is replaced by the relationship type its id starts with (a type of the graph model, never user input), so the lookup seeks the type's id index. What a correction reads before it changes a relationship: its type, properties and the ids and labels of both ends.
// @param id string - the relationship's id
// @returns type string
// @returns from string?
// @returns fromLabels string[]
// @returns to string?
// @returns toLabels string[]
// @returns properties map
MATCH (a)-[r:__TYPE__]->(b)
WHERE r.id = $id
RETURN type(r) AS type, a.id AS from, labels(a) AS fromLabels, b.id AS to, labels(b) AS toLabels,
       properties(r) AS properties
LIMIT 1
