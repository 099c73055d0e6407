// @name correction-delete-rel
// @title Delete a relationship by its id
// @description Correction template: __TYPE__ is the relationship's type (from its id; the graph model's list only), for the type's id index. A rejected or moved relationship (its properties were kept by the correction first).
// @param id string - the relationship's id
MATCH ()-[r:__TYPE__]->()
WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
