// @name correction-set-rel
// @title Replace a relationship's properties
// @description Correction template: __TYPE__ is the relationship's type (from its id; the graph model's list only), for the type's id index. Sets every property of the relationship with this id at once (a correction computes them; undo restores the ones it kept).
// @param id string - the relationship's id
// @param properties map - the relationship's new properties
MATCH ()-[r:__TYPE__]->()
WHERE r.id = $id
SET r = $properties
RETURN count(r) AS changed
