// @name correction-create-node
// @title Create (or restore) a node
// @description Correction template: __LABEL__ is replaced by a label of the graph model (never by user input). Restores a node an undo brings back, or creates one an analyst added; MERGE on the id so a node already there is only updated.
// @param id string - the node's id
// @param properties map - all its properties (including id)
MERGE (n:__LABEL__ {id: $id})
SET n = $properties
RETURN count(n) AS created
