// @name saved-query-get
// @title One saved query
// @description A saved query by its id.
// @param id string - the saved query's id
// @returns q node
MATCH (q:SavedQuery {id: $id})
RETURN q
