// @name corrections-delete
// @title Delete a correction
// @description The last step of an undo (the graph change is reverted first).
// @param id string - the correction's id
MATCH (c:Correction {id: $id})
DELETE c
RETURN count(*) AS deleted
