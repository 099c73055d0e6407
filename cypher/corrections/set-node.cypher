// @name correction-set-node
// @title Replace a node's properties
// @description Correction template: __LABEL__ is replaced by a label of the graph model (never by user input). Sets every property of the node at once (a correction computes them; undo restores the ones it kept).
// @param id string - the node's id
// @param properties map - the node's new properties
MATCH (n:__LABEL__ {id: $id})
SET n = $properties
RETURN count(n) AS changed
