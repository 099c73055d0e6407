// @name saved-query-delete
// @title Delete a saved query
// @description Deletes a saved query, only if its version is `$version` when one is given (null
// @description deletes whatever the version). Returns whether it was deleted and the version seen.
// @param id string
// @param version any = null - expected version, or null
// @returns seen integer
// @returns applied boolean
MATCH (q:SavedQuery {id: $id})
SET q._lock = true
WITH q, q.version AS seen, ($version IS NULL OR q.version = $version) AS applied
REMOVE q._lock
WITH q, seen, applied
CALL (q, applied) {
  WITH q WHERE applied
  DETACH DELETE q
}
RETURN seen, applied
