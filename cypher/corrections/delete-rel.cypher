// @name correction-delete-rel
// @title Delete a relationship by its id
// @description A rejected or moved relationship (its properties were kept by the correction first).
// @param id string - the relationship's id
MATCH ()-[r]->()
WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
