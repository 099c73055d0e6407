// @name correction-delete-node
// @title Delete a node and its relationships
// @description Correction template: __LABEL__ is replaced by a label of the graph model (never by user input). A rejected or merged-away node (kept by the correction first, with its relationships).
// @param id string - the node's id
MATCH (n:__LABEL__ {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
