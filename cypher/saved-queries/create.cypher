// @name saved-query-create
// @title Save a query
// @description Creates a saved query at version 1. `params` is the JSON text of the parameter
// @description list (a node property cannot hold a list of maps).
// @param id string - new id
// @param title string
// @param description string
// @param cypher string
// @param params string - JSON list of {name, type, default, description}
// @param tags list - tag strings
// @returns q node
CREATE (q:SavedQuery {
  id: $id,
  title: $title,
  description: $description,
  cypher: $cypher,
  params: $params,
  tags: $tags,
  createdAt: datetime(),
  updatedAt: datetime(),
  version: 1
})
RETURN q
