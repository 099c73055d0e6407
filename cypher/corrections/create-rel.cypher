// @name correction-create-rel
// @title Create (or restore) a relationship between two nodes
// @description Correction template: __TYPE__, __FROM__ and __TO__ are replaced by a relationship type and labels of the graph model (never by user input). Returns 0 when an end is missing.
// @param from string - id of the start node
// @param to string - id of the end node
// @param properties map - all its properties (including id)
MATCH (a:__FROM__ {id: $from})
MATCH (b:__TO__ {id: $to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = $properties
RETURN count(r) AS created
